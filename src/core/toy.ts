// The lab's six students: (hours of lecture, hours of lab) -> failed (0) or passed (1).
import type { Dataset } from './dataset'

export const toyFeatureNames = ['x1', 'x2']
export const toyX = [
  [1, 2],
  [2, 3],
  [3, 1],
  [4, 3],
  [5, 3],
  [6, 2]
]
export const toyY = [0, 0, 0, 1, 1, 1]

export function toyDataset(): Dataset {
  return {
    rows: toyX.length,
    cols: 2,
    x: Float64Array.from(toyX.flat()),
    y: Float64Array.from(toyY),
    featureNames: toyFeatureNames
  }
}
