// A structurally valid document into a Session: the lengths checked against the limits first,
// then the big arrays' elements checked for their JSON type in one plain loop each and copied
// into typed arrays. Ranges, order and consistency are checked afterwards on the Session itself
// (checkSession.ts), by the same rules as for encoding.
import { isTextPair } from './checkSession'
import type { SessionDocument } from './documentSchema'
import type { SessionError } from './sessionErrors'
import { shapeProblem } from './sessionShape'
import type { Session, SessionRun, SessionSeries } from './sessionTypes'

type Converted<T> = { ok: true; value: T } | { ok: false; error: SessionError }

interface DocumentSeries {
  epochs: unknown[]
  cost: unknown[]
  accuracy: unknown[]
}

/** The session a document holds, or the first count past a limit or element of the wrong type. */
export function sessionFromDocument(doc: SessionDocument): Converted<Session> {
  const { featureNames, labelName, columns, texts } = doc.data
  const nested = arrays(columns, 'data.columns')
  if (!nested.ok) return nested
  const textColumns = arrays(texts, 'data.texts')
  if (!textColumns.ok) return textColumns
  // Rows are not stored: every column holds one value per row (shapeProblem checks they agree).
  const rows = nested.value[0]?.length ?? 0
  const { run } = doc
  const problem = shapeProblem({
    features: featureNames.length,
    rows,
    columns: nested.value.map((column) => column.length),
    textColumns: texts.length,
    history: run && [
      run.history.epochs.length,
      run.history.cost.length,
      run.history.accuracy.length
    ],
    log: run && [
      run.log.epochs.length,
      run.log.cost.length,
      run.log.accuracy.length,
      run.log.texts.length
    ]
  })
  if (problem) return { ok: false, error: problem }

  if (!featureNames.every(isString)) return typeError('data.featureNames', featureNames, isString)
  const values: Float64Array[] = []
  for (let j = 0; j < nested.value.length; j++) {
    const column = numbers(nested.value[j], `data.columns[${j}]`, true)
    if (!column.ok) return column
    values.push(column.value)
  }
  const pairs: [number, string][][] = []
  for (let j = 0; j < textColumns.value.length; j++) {
    const column = textColumns.value[j]
    if (!column.every(isTextPair)) return typeError(`data.texts[${j}]`, column, isTextPair)
    pairs.push(column)
  }
  const savedRun = run && runFromDocument(run)
  if (savedRun && !savedRun.ok) return savedRun
  return {
    ok: true,
    value: {
      title: doc.title,
      notes: doc.notes,
      data: { featureNames, labelName, rows, columns: values, texts: pairs },
      settings: doc.settings,
      run: savedRun ? savedRun.value : null,
      // Absent when there are none, as in a session that never kept one.
      ...(doc.keptRuns.length > 0 ? { keptRuns: doc.keptRuns } : {})
    }
  }
}

function runFromDocument(run: NonNullable<SessionDocument['run']>): Converted<SessionRun> {
  const history = series(run.history, 'run.history')
  if (!history.ok) return history
  const log = series(run.log, 'run.log')
  if (!log.ok) return log
  const texts = run.log.texts
  if (!texts.every(isString)) return typeError('run.log.texts', texts, isString)
  const { config, state, epoch, totalEpochs, weights, bias, trainer, problem, notice } = run
  return {
    ok: true,
    value: {
      config,
      state,
      epoch,
      totalEpochs,
      weights,
      bias,
      trainer,
      problem,
      notice,
      history: { ...history.value, downsampled: run.history.downsampled },
      log: { ...log.value, texts }
    }
  }
}

function series(raw: DocumentSeries, field: string): Converted<SessionSeries> {
  const epochs = numbers(raw.epochs, `${field}.epochs`, false)
  if (!epochs.ok) return epochs
  const cost = numbers(raw.cost, `${field}.cost`, false)
  if (!cost.ok) return cost
  const accuracy = numbers(raw.accuracy, `${field}.accuracy`, false)
  if (!accuracy.ok) return accuracy
  return { ok: true, value: { epochs: epochs.value, cost: cost.value, accuracy: accuracy.value } }
}

/** Numbers as float64; null is NaN where `nullIsNaN` (the table's cells), refused elsewhere. */
function numbers(values: unknown[], field: string, nullIsNaN: boolean): Converted<Float64Array> {
  // The common case, all numbers: one look at each, then the engine's own copy (several times
  // faster than storing them one by one).
  if (allNumbers(values)) return { ok: true, value: Float64Array.from(values) }
  const out = new Float64Array(values.length)
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    if (typeof value === 'number') out[i] = value
    else if (value === null && nullIsNaN) out[i] = Number.NaN
    else return typeErrorAt(field, i)
  }
  return { ok: true, value: out }
}

function allNumbers(values: unknown[]): values is number[] {
  for (let i = 0; i < values.length; i++) if (typeof values[i] !== 'number') return false
  return true
}

/** `values` when each of its elements is an array. */
function arrays(values: unknown[], field: string): Converted<unknown[][]> {
  const nested: unknown[][] = []
  for (let i = 0; i < values.length; i++) {
    const value: unknown = values[i]
    if (!Array.isArray(value)) return typeErrorAt(field, i)
    nested.push(value)
  }
  return { ok: true, value: nested }
}

const isString = (value: unknown): value is string => typeof value === 'string'

/** An error about the first element of `values` that fails `is`. */
function typeError(
  field: string,
  values: unknown[],
  is: (value: unknown) => boolean
): Converted<never> {
  return typeErrorAt(
    field,
    values.findIndex((value) => !is(value))
  )
}

function typeErrorAt(field: string, at: number): Converted<never> {
  return { ok: false, error: { code: 'invalidField', field: `${field}[${at}]`, reason: 'type' } }
}
