// --data's built-in sets and the generators' options: --rows, --noise, --data-seed, --poly.
// Each is refused (exit 2, one line) where it does not apply: --rows with a CSV file or a fixed
// set, --poly with data that has other than two features.
import {
  BUILT_IN_DATASETS,
  BUILT_IN_DATASET_IDS,
  isBuiltInDatasetId,
  type BuiltInDataRequest,
  type BuiltInDatasetId,
  type BuiltInIssue
} from '../core'
import { CliError } from './errors'
import type { OptionInfo } from './optionTable'

/** 'toy' is the lab's name for its six students, which the app calls 'lab'. */
const ALIASES: Record<string, BuiltInDatasetId> = { toy: 'lab' }

const GENERATED = BUILT_IN_DATASET_IDS.filter((id) => BUILT_IN_DATASETS[id].generated)

export const dataOptions = {
  rows: {
    type: 'string',
    value: 'N',
    help: `rows of a generated set (${GENERATED.join(', ')}): a whole number in [4, ${BUILT_IN_DATASETS.blobs.rows?.max}] (default: 100)`
  },
  noise: {
    type: 'string',
    value: 'X',
    help: 'a generated set: the spread of each cloud of points (the more, the more blobs overlap), in [0, 3] (default: blobs 1, separable 0.8, xor 0.4)'
  },
  'data-seed': {
    type: 'string',
    value: 'S',
    help: 'the seed a generated set is drawn from (default: --seed)'
  },
  poly: {
    type: 'boolean',
    help: 'add polynomial features x1^2, x2^2 and x1*x2 (data with two features) so the boundary can bend'
  }
} satisfies Record<string, OptionInfo>

/** How a built-in set is asked for, or a file's polynomial features. */
export interface DataOptions {
  /** For a generated set; undefined: the set's defaults. */
  builtIn: BuiltInDataRequest
  polynomial: boolean
}

export const NO_DATA_OPTIONS: DataOptions = { builtIn: {}, polynomial: false }

/** The built-in set --data names, or null for a file path. */
export function builtInId(data: string): BuiltInDatasetId | null {
  const name = data.trim().toLowerCase()
  const id = ALIASES[name] ?? name
  return isBuiltInDatasetId(id) ? id : null
}

const OPTION_OF_PARAM: Record<BuiltInIssue['param'], string> = {
  rows: 'rows',
  noise: 'noise',
  seed: 'data-seed',
  polynomial: 'poly'
}

/** One line for a refused request of a built-in set. */
export function describeBuiltInIssue(issue: BuiltInIssue): string {
  const option = `--${OPTION_OF_PARAM[issue.param]}`
  if (issue.code === 'notApplicable') {
    if (issue.param === 'polynomial') {
      const features = BUILT_IN_DATASETS[issue.id].featureNames.length
      return `${option} needs data with two features; ${issue.id} has ${features}`
    }
    return `${option} applies to the generated data sets (${GENERATED.join(', ')}) only, not ${issue.id}`
  }
  const what = issue.whole ? 'a whole number' : 'a number'
  return `${option} must be ${what} in [${issue.min}, ${issue.max}], got ${issue.value}`
}

interface Readers {
  real(name: 'noise'): number | undefined
  whole(name: 'rows' | 'data-seed'): number | undefined
}

/**
 * The data options as given; for a file only --poly applies (checked against its columns when
 * it is read). A generated set's seed defaults to the training seed, so `--data blobs --seed 3`
 * draws the data from seed 3 as well.
 */
export function dataOptionsOf(
  data: string,
  read: Readers,
  polynomial: boolean,
  trainingSeed: number
): DataOptions {
  const id = builtInId(data)
  const given = {
    rows: read.whole('rows'),
    noise: read.real('noise'),
    seed: read.whole('data-seed')
  }
  if (id === null) {
    const stray = (['rows', 'noise', 'seed'] as const).find((param) => given[param] !== undefined)
    if (stray) {
      throw new CliError(
        `--${OPTION_OF_PARAM[stray]} applies to the generated data sets (${GENERATED.join(', ')}) only, not a CSV file`
      )
    }
    return { builtIn: {}, polynomial }
  }
  const generated = BUILT_IN_DATASETS[id].generated
  const builtIn: BuiltInDataRequest = {
    ...given,
    seed: given.seed ?? (generated ? trainingSeed : undefined),
    polynomial
  }
  return { builtIn, polynomial }
}
