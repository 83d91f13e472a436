// What each numeric setting accepts, and why a text is not acceptable. Pure functions: the
// settings store applies them, the panel shows the error they return next to the field.
import { cellToNumber } from '@core/dataset'

export type NumericField =
  | 'lr'
  | 'epochs'
  | 'logEvery'
  | 'threshold'
  | 'weightDecay'
  | 'momentum'
  | 'beta1'
  | 'beta2'
  | 'eps'
  | 'seed'
  | 'batchSize'

export type FieldErrorCode =
  | 'empty'
  | 'notANumber'
  | 'notInteger'
  | 'atLeast'
  | 'greaterThan'
  | 'atMost'
  | 'lessThan'
  | 'needsMomentum'
  | 'tooManyLogLines'

export interface FieldError {
  code: FieldErrorCode
  /** The bound that was crossed, for atLeast/greaterThan/atMost/lessThan. */
  limit?: number
}

interface FieldRule {
  integer?: boolean
  min: number
  /** true: the value must be strictly greater than min. */
  minExclusive?: boolean
  max: number
  maxExclusive?: boolean
}

// Bounds follow PyTorch where it has them (Adam's betas in [0, 1), eps > 0, lr > 0, seeds are
// non-negative) and otherwise keep a run finishable on a classroom laptop.
export const fieldRules: Record<NumericField, FieldRule> = {
  lr: { min: 0, minExclusive: true, max: 1e6 },
  epochs: { integer: true, min: 1, max: 100_000_000 },
  logEvery: { integer: true, min: 1, max: 100_000_000 },
  threshold: { min: 0, max: 1 },
  weightDecay: { min: 0, max: 1e6 },
  momentum: { min: 0, max: 1 },
  beta1: { min: 0, max: 1, maxExclusive: true },
  beta2: { min: 0, max: 1, maxExclusive: true },
  eps: { min: 0, minExclusive: true, max: 1 },
  seed: { integer: true, min: 0, max: Number.MAX_SAFE_INTEGER },
  batchSize: { integer: true, min: 1, max: 100_000_000 }
}

/**
 * Log lines one run may print. Every logged epoch is kept exactly for the whole run (the log,
 * its copy, the marks on the charts), at about 230 bytes each in the page: this bound keeps a
 * run's log under ~50 MB, where 100,000,000 epochs logged every epoch would need 23 GB.
 */
export const MAX_LOG_LINES = 200_000

/**
 * The smallest "log every" that keeps a run of `epochs` epochs within MAX_LOG_LINES lines. Epochs
 * 0 to N logged every k print floor(N / k) + 1 lines, at most MAX_LOG_LINES exactly when
 * k > N / MAX_LOG_LINES. (ceil(N / (MAX_LOG_LINES - 1)) refused some runs of exactly the limit.)
 */
export function minimumLogEvery(epochs: number): number {
  return Math.floor(epochs / MAX_LOG_LINES) + 1
}

export type ParsedField = { ok: true; value: number } | { ok: false; error: FieldError }

/** The user's text for a field as a number within its rule, or the reason it is not one. */
export function parseField(field: NumericField, text: string): ParsedField {
  const rule = fieldRules[field]
  if (text.trim() === '') return { ok: false, error: { code: 'empty' } }
  const value = cellToNumber(text)
  if (value === null || !Number.isFinite(value)) return { ok: false, error: { code: 'notANumber' } }
  if (rule.integer && !Number.isInteger(value)) return { ok: false, error: { code: 'notInteger' } }
  if (rule.minExclusive ? value <= rule.min : value < rule.min) {
    return {
      ok: false,
      error: { code: rule.minExclusive ? 'greaterThan' : 'atLeast', limit: rule.min }
    }
  }
  if (rule.maxExclusive ? value >= rule.max : value > rule.max) {
    return {
      ok: false,
      error: { code: rule.maxExclusive ? 'lessThan' : 'atMost', limit: rule.max }
    }
  }
  return { ok: true, value }
}
