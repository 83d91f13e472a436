// builtInData(id, request): a built-in set's rows, with the request checked against what the set
// takes (errors as data: the CLI and the UI each say them in their own words).
import type { Dataset } from '../dataset'
import { toyDataset } from '../toy'
import { generatePoints } from './generators'
import { IRIS4_PAIR, IRIS_PAIR, irisRows } from './iris'
import { withPolynomialFeatures } from './polynomial'
import {
  BUILT_IN_DATASETS,
  type BuiltInDatasetId,
  type BuiltInParamName,
  type NumberRange
} from './registry'

/** What may be asked of a set; anything left out takes the set's default. */
export interface BuiltInDataRequest {
  rows?: number
  noise?: number
  seed?: number
  polynomial?: boolean
}

/** A request with every default filled in; rows, noise and seed are null for fixed sets. */
export interface BuiltInParams {
  rows: number | null
  noise: number | null
  seed: number | null
  polynomial: boolean
}

export type BuiltInIssue =
  /** The set takes no such parameter (e.g. rows of the lab, polynomial features of iris4). */
  | { code: 'notApplicable'; id: BuiltInDatasetId; param: BuiltInParamName }
  /** Outside [min, max], or not a whole number where one is needed (rows, seed). */
  | {
      code: 'outOfRange'
      id: BuiltInDatasetId
      param: Exclude<BuiltInParamName, 'polynomial'>
      value: number
      min: number
      max: number
      whole: boolean
    }

export interface BuiltInData {
  id: BuiltInDatasetId
  params: BuiltInParams
  dataset: Dataset
  labelName: string
}

export type BuiltInResult = { ok: true; data: BuiltInData } | { ok: false; issue: BuiltInIssue }

type NumericParam = Exclude<BuiltInParamName, 'polynomial'>

/** The value to use, or the issue with it. */
function numeric(
  id: BuiltInDatasetId,
  param: NumericParam,
  range: NumberRange | null,
  value: number | undefined,
  whole: boolean
): { value: number | null } | { issue: BuiltInIssue } {
  if (range === null) {
    return value === undefined ? { value: null } : { issue: { code: 'notApplicable', id, param } }
  }
  if (value === undefined) return { value: range.default }
  const fits =
    Number.isFinite(value) &&
    value >= range.min &&
    value <= range.max &&
    (!whole || Number.isInteger(value))
  if (fits) return { value }
  return {
    issue: { code: 'outOfRange', id, param, value, min: range.min, max: range.max, whole }
  }
}

/** The request checked against the set, with its defaults filled in. */
export function resolveBuiltInParams(
  id: BuiltInDatasetId,
  request: BuiltInDataRequest = {}
): { ok: true; params: BuiltInParams } | { ok: false; issue: BuiltInIssue } {
  const info = BUILT_IN_DATASETS[id]
  const rows = numeric(id, 'rows', info.rows, request.rows, true)
  if ('issue' in rows) return { ok: false, issue: rows.issue }
  const noise = numeric(id, 'noise', info.noise, request.noise, false)
  if ('issue' in noise) return { ok: false, issue: noise.issue }
  const seed = numeric(id, 'seed', info.seed, request.seed, true)
  if ('issue' in seed) return { ok: false, issue: seed.issue }
  if (request.polynomial === true && !info.polynomial) {
    return { ok: false, issue: { code: 'notApplicable', id, param: 'polynomial' } }
  }
  return {
    ok: true,
    params: {
      rows: rows.value,
      noise: noise.value,
      seed: seed.value,
      polynomial: request.polynomial === true
    }
  }
}

function baseDataset(id: BuiltInDatasetId, params: BuiltInParams): Dataset {
  const info = BUILT_IN_DATASETS[id]
  switch (id) {
    case 'lab':
      return toyDataset()
    case 'iris':
    case 'iris4': {
      const { x, y, featureNames } = irisRows(id === 'iris' ? IRIS_PAIR : IRIS4_PAIR)
      return { rows: y.length, cols: featureNames.length, x, y, featureNames }
    }
    case 'blobs':
    case 'separable':
    case 'xor': {
      const rows = params.rows as number
      const { x, y } = generatePoints(id, {
        rows,
        noise: params.noise as number,
        seed: params.seed as number
      })
      return { rows, cols: 2, x, y, featureNames: [...info.featureNames] }
    }
  }
}

/** A built-in set's rows: the same request gives the same rows on every machine. */
export function builtInData(id: BuiltInDatasetId, request: BuiltInDataRequest = {}): BuiltInResult {
  const resolved = resolveBuiltInParams(id, request)
  if (!resolved.ok) return resolved
  const { params } = resolved
  const base = baseDataset(id, params)
  // resolveBuiltInParams allowed polynomial features only for two-feature sets
  const dataset = params.polynomial ? (withPolynomialFeatures(base) as Dataset) : base
  return { ok: true, data: { id, params, dataset, labelName: BUILT_IN_DATASETS[id].labelName } }
}
