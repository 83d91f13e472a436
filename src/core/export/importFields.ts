// The checks both importers share: numbers, feature names and the threshold, each naming its
// field. Every function returns either the value or the first problem with it.
import type { ImportError } from './importError'
import { MAX_IMPORT_FEATURES, MAX_IMPORT_FEATURE_NAME_LENGTH } from './limits'

export type Checked<T> = { ok: true; value: T } | { ok: false; error: ImportError }

const fail = (error: ImportError): { ok: false; error: ImportError } => ({ ok: false, error })

/** A short text of any JSON value, for error messages (never more than 40 characters). */
export function shortText(value: unknown): string {
  let text: string
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value) // a BigInt, say
  }
  return text.length > 40 ? text.slice(0, 39) + '…' : text
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function checkNumber(value: unknown, field: string): Checked<number> {
  if (typeof value !== 'number') {
    return fail({ code: 'notANumber', field, value: shortText(value) })
  }
  if (!Number.isFinite(value)) return fail({ code: 'nonFinite', field })
  return { ok: true, value }
}

export function checkWeightCount(count: number, field: string): ImportError | null {
  if (count === 0) return { code: 'noWeights', field }
  if (count > MAX_IMPORT_FEATURES) {
    return { code: 'tooManyWeights', field, actual: count, limit: MAX_IMPORT_FEATURES }
  }
  return null
}

/** A list of 1..MAX_IMPORT_FEATURES finite numbers. */
export function checkWeightList(value: unknown, field: string): Checked<number[]> {
  if (!Array.isArray(value)) return fail({ code: 'notAList', field })
  const countError = checkWeightCount(value.length, field)
  if (countError !== null) return fail(countError)
  const weights: number[] = []
  for (let j = 0; j < value.length; j++) {
    const checked = checkNumber(value[j], `${field}[${j}]`)
    if (!checked.ok) return checked
    weights.push(checked.value)
  }
  return { ok: true, value: weights }
}

/** One name per weight, each a string of at most MAX_IMPORT_FEATURE_NAME_LENGTH characters. */
export function checkFeatureNames(value: unknown, field: string, d: number): Checked<string[]> {
  if (!Array.isArray(value)) return fail({ code: 'notAList', field })
  if (value.length !== d) return fail({ code: 'count', field, actual: value.length, expected: d })
  const names: string[] = []
  for (let j = 0; j < value.length; j++) {
    const name: unknown = value[j]
    if (typeof name !== 'string') return fail({ code: 'notAString', field: `${field}[${j}]` })
    if (name.length > MAX_IMPORT_FEATURE_NAME_LENGTH) {
      return fail({
        code: 'nameLength',
        field: `${field}[${j}]`,
        actual: name.length,
        limit: MAX_IMPORT_FEATURE_NAME_LENGTH
      })
    }
    names.push(name)
  }
  return { ok: true, value: names }
}

/** A number in [0, 1]. */
export function checkThreshold(value: unknown, field: string): Checked<number> {
  const checked = checkNumber(value, field)
  if (!checked.ok) return checked
  if (checked.value < 0 || checked.value > 1) {
    return fail({ code: 'threshold', field, value: String(checked.value) })
  }
  return checked
}
