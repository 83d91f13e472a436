// The runs issue 11 §4 measured: the lab's toy data with row 3's x1 set to 7 (a failed student
// with 7 hours of lectures), which no line separates, so SGD at lr 1 never settles.
import { toyDataset, type Dataset } from '@core'

export function toyRow3Seven(): Dataset {
  const toy = toyDataset()
  const x = Float64Array.from(toy.x)
  x[2 * toy.cols] = 7 // row 3 (the third row), x1: [3, 1] -> [7, 1]
  return { ...toy, x }
}
