// The built-in data sets: their ids, what can be set for each (with defaults and ranges), and
// the keys of their names and one-line stories, which the renderer translates
// (src/renderer/src/i18n/{en,ko}/datasets.ts: no user-visible text lives in core).
import { MAX_GENERATED_ROWS } from './limits'

export const BUILT_IN_DATASET_IDS = ['lab', 'iris', 'iris4', 'blobs', 'separable', 'xor'] as const

export type BuiltInDatasetId = (typeof BUILT_IN_DATASET_IDS)[number]

export function isBuiltInDatasetId(value: unknown): value is BuiltInDatasetId {
  return (BUILT_IN_DATASET_IDS as readonly unknown[]).includes(value)
}

/** A number a control sets: a slider's range, its step and where it starts. */
export interface NumberRange {
  min: number
  max: number
  default: number
  step: number
}

/** The parameters a built-in set may take: rows, noise and seed for the generated ones. */
export type BuiltInParamName = 'rows' | 'noise' | 'seed' | 'polynomial'

export interface BuiltInDatasetInfo {
  id: BuiltInDatasetId
  /** i18n keys of the set's name and its one-line story, in the renderer's `datasets` namespace. */
  nameKey: string
  storyKey: string
  /** Generated from a seed: rows, noise and seed apply (else the set is fixed data). */
  generated: boolean
  /** Rows of a generated set (fixed sets have `fixedRows`). */
  rows: NumberRange | null
  fixedRows: number | null
  /** The standard deviation of each cloud (a generated set), and the i18n key saying what it does. */
  noise: NumberRange | null
  noiseKey: string | null
  /** The data seed: a whole number, default 1 (as the training seed's). */
  seed: NumberRange | null
  /** Whether polynomial features apply: the set has two features. */
  polynomial: boolean
  /** The features before any polynomial ones, and the label column's name. */
  featureNames: readonly string[]
  labelName: string
}

const ROWS: NumberRange = { min: 4, max: MAX_GENERATED_ROWS, default: 100, step: 1 }
const SEED: NumberRange = { min: 0, max: Number.MAX_SAFE_INTEGER, default: 1, step: 1 }
const noise = (initial: number): NumberRange => ({ min: 0, max: 3, default: initial, step: 0.05 })

function fixed(
  id: BuiltInDatasetId,
  rows: number,
  featureNames: readonly string[],
  labelName: string
): BuiltInDatasetInfo {
  return {
    id,
    nameKey: `datasets.sets.${id}.name`,
    storyKey: `datasets.sets.${id}.story`,
    generated: false,
    rows: null,
    fixedRows: rows,
    noise: null,
    noiseKey: null,
    seed: null,
    polynomial: featureNames.length === 2,
    featureNames,
    labelName
  }
}

function generated(id: BuiltInDatasetId, initialNoise: number): BuiltInDatasetInfo {
  return {
    ...fixed(id, 0, ['x1', 'x2'], 'y'),
    generated: true,
    rows: ROWS,
    fixedRows: null,
    noise: noise(initialNoise),
    noiseKey: `datasets.sets.${id}.noise`,
    seed: SEED
  }
}

/** In the order a picker lists them: the lab first (the default), then real data, then made-up. */
export const BUILT_IN_DATASETS: Readonly<Record<BuiltInDatasetId, BuiltInDatasetInfo>> = {
  lab: fixed('lab', 6, ['x1', 'x2'], 'y'),
  iris: fixed('iris', 100, ['sepal length', 'sepal width'], 'versicolor'),
  iris4: fixed(
    'iris4',
    100,
    ['sepal length', 'sepal width', 'petal length', 'petal width'],
    'virginica'
  ),
  // At noise 1 the clouds overlap a little (a line gets ~92% right); at 2 a lot.
  blobs: generated('blobs', 1),
  // Noise only spreads the points: the empty strip between the classes stays.
  separable: generated('separable', 0.8),
  // At 0.4 the corners are distinct; past ~1 they blur into each other.
  xor: generated('xor', 0.4)
}

/** The default set: the lab's six students. */
export const DEFAULT_DATASET_ID: BuiltInDatasetId = 'lab'
