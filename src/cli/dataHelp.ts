// --help's list of the built-in data sets, each with its one-line story. The CLI speaks English;
// the app's texts are the renderer's (i18n/en/datasets.ts), and a test keeps the two the same.
import { BUILT_IN_DATASETS, BUILT_IN_DATASET_IDS, type BuiltInDatasetId } from '../core'

export const DATASET_STORIES: Record<BuiltInDatasetId, string> = {
  lab: 'Six students: hours of lecture and hours of lab, and who passed. The data of the lab itself.',
  iris: "Fisher's irises (1936): tell setosa from versicolor by the sepal's length and width. A straight line can, but only just.",
  iris4:
    'Versicolor or virginica, from all four measurements: these two overlap, so no straight line gets every flower right.',
  blobs: 'Two clouds of points, one per class: the more noise, the more they overlap.',
  separable: 'Two classes with an empty strip between them: a straight line can always split them.',
  xor: 'Class 1 in two opposite corners, class 0 in the other two: what a straight line cannot do. Polynomial features can.'
}

/** '  blobs      Two clouds ... (100 rows, --rows --noise --data-seed --poly)' */
export function datasetHelpLines(wrap: (text: string, indent: number) => string[]): string[] {
  const column = 2 + Math.max(...BUILT_IN_DATASET_IDS.map((id) => id.length)) + 2
  return BUILT_IN_DATASET_IDS.flatMap((id) => {
    const info = BUILT_IN_DATASETS[id]
    const shape = info.generated
      ? `(${info.rows?.default} rows by default; --rows, --noise, --data-seed${info.polynomial ? ', --poly' : ''})`
      : `(${info.fixedRows} rows, ${info.featureNames.length} features${info.polynomial ? '; --poly' : ''})`
    const name = id === 'lab' ? 'lab, toy' : id
    const [first, ...rest] = wrap(`${DATASET_STORIES[id]} ${shape}`, column + 2)
    return [
      `  ${name.padEnd(column)}${first}`,
      ...rest.map((line) => ' '.repeat(column + 2) + line)
    ]
  })
}
