// Refusals of a field: its type or value, a count past a limit, a text too long, two lengths or
// values that disagree, and a fault of the decoder itself. One test per code, each naming the
// field and the limit.
import { describe, expect, it, vi } from 'vitest'
import {
  MAX_CELLS,
  MAX_COLS,
  MAX_FEATURE_NAME_LENGTH,
  MAX_HISTORY_POINTS,
  MAX_LOG_LINES,
  MAX_NOTES_LENGTH,
  MAX_ROWS,
  MAX_TITLE_LENGTH
} from '@shared/limits'
import { decodeSession } from '@shared/session'
import { documentSchema } from '@shared/session/documentSchema'
import { shapeProblem } from '@shared/session/sessionShape'
import {
  documentOf,
  refusal,
  refusalWith,
  textOf,
  trainedToySession,
  withValue,
  type Json
} from './documents'
import { toySession } from './sessionFixtures'

/** `[0,0,...]` of `length` zeros, without building an array of them. */
const zeros = (length: number): string => (length === 0 ? '[]' : `[${'0,'.repeat(length - 1)}0]`)

describe('invalidField: the field and what is wrong with it', () => {
  const cases: [string, (string | number)[], Json, string, string][] = [
    [
      'a string where a number belongs',
      ['data', 'columns', 2, 3],
      '1',
      'data.columns[2][3]',
      'type'
    ],
    [
      'NaN spelled as a string',
      ['run', 'history', 'cost', 4],
      'NaN',
      'run.history.cost[4]',
      'type'
    ],
    ['Infinity spelled as a string', ['run', 'weights', 1], 'Infinity', 'run.weights[1]', 'type'],
    ['null (NaN) outside the table', ['run', 'log', 'cost', 0], null, 'run.log.cost[0]', 'type'],
    ['a negative count', ['settings', 'config', 'epochs'], -5, 'settings.config.epochs', 'value'],
    ['a fractional count', ['run', 'epoch'], 10.5, 'run.epoch', 'value'],
    [
      'an unknown optimizer',
      ['settings', 'config', 'optimizer', 'kind'],
      'rmsprop',
      'settings.config.optimizer.kind',
      'value'
    ],
    [
      'a learning rate of 0',
      ['run', 'config', 'optimizer', 'lr'],
      0,
      'run.config.optimizer.lr',
      'value'
    ],
    [
      'a step unit that does not exist',
      ['settings', 'stepUnit'],
      'week',
      'settings.stepUnit',
      'value'
    ],
    [
      'an accuracy above 1',
      ['run', 'history', 'accuracy', 2],
      1.5,
      'run.history.accuracy[2]',
      'value'
    ],
    [
      'a history epoch past the run',
      ['run', 'history', 'epochs', 20],
      25,
      'run.history.epochs[20]',
      'value'
    ],
    [
      'history epochs out of order',
      ['run', 'history', 'epochs', 3],
      1,
      'run.history.epochs[3]',
      'order'
    ],
    ['a text row past the table', ['data', 'texts', 0], [[6, 'x']], 'data.texts[0][0][0]', 'value'],
    [
      'text rows out of order',
      ['data', 'texts', 1],
      [
        [3, 'a'],
        [2, 'b']
      ],
      'data.texts[1][1][0]',
      'order'
    ],
    ['a text pair that is not one', ['data', 'texts', 2], [[1, 2]], 'data.texts[2][0]', 'type'],
    [
      'a feature name that is a number',
      ['data', 'featureNames', 1],
      7,
      'data.featureNames[1]',
      'type'
    ],
    ['a save time that is not one', ['savedAt'], 'yesterday', 'savedAt', 'value'],
    ['a run state that cannot be saved', ['run', 'state'], 'running', 'run.state', 'value'],
    ['a log text that is not text', ['run', 'log', 'texts', 1], 12, 'run.log.texts[1]', 'type'],
    [
      'an mt19937 word past 32 bits',
      ['run', 'trainer', 'rng', 'state', 5],
      2 ** 32,
      'run.trainer.rng.state[5]',
      'value'
    ]
  ]
  it.each(cases)('%s', (_, path, value, field, reason) => {
    expect(refusalWith(path, value)).toEqual({ code: 'invalidField', field, reason })
  })

  it('a missing field, and a key the format does not have', () => {
    const doc = documentOf()
    delete doc.notes
    expect(refusal(JSON.stringify(doc))).toEqual({
      code: 'invalidField',
      field: 'notes',
      reason: 'type'
    })
    expect(refusalWith(['settings', 'colour'], 'red')).toEqual({
      code: 'invalidField',
      field: 'settings.colour',
      reason: 'unknownKey'
    })
    const proto = textOf(toySession()).replace('"title"', '"__proto__": {"title": 1}, "title"')
    expect(refusal(proto)).toEqual({
      code: 'invalidField',
      field: '__proto__',
      reason: 'unknownKey'
    })
  })

  it('a number too large for a float64 (1e999) where the value must be finite', () => {
    const text = textOf(trainedToySession()).replace(/"bias": [^,]+,/, '"bias": 1e999,')
    expect(refusal(text)).toEqual({ code: 'invalidField', field: 'run.bias', reason: 'value' })
    const huge = JSON.stringify(documentOf()).replace(/"cost":\[[^,]+/, '"cost":[1e999')
    expect(refusal(huge)).toEqual({
      code: 'invalidField',
      field: 'run.history.cost[0]',
      reason: 'value'
    })
  })
})

describe('tooMany: absurd sizes are refused by the limits, with the limit and the count', () => {
  it('10,000 features', () => {
    const doc = documentOf(toySession())
    const names = Array.from({ length: 10_000 }, (_, j) => `x${j}`)
    const text = JSON.stringify({ ...doc, data: { ...(doc.data as object), featureNames: names } })
    expect(refusal(text)).toEqual({
      code: 'tooMany',
      what: 'features',
      field: 'data.featureNames',
      limit: MAX_COLS,
      actual: 10_000
    })
  })

  it('10 million rows of two features: 20 million cells, refused before the other columns are read', () => {
    const rows = 10_000_000
    const text = textOf(toySession()).replace('[1,2,3,4,5,6]', zeros(rows))
    expect(refusal(text)).toEqual({
      code: 'tooMany',
      what: 'cells',
      field: 'data.columns',
      limit: MAX_CELLS,
      actual: 2 * rows
    })
  })

  it('more rows than MAX_ROWS (reachable only with no feature: any feature crosses MAX_CELLS first)', () => {
    const shape = { features: 0, rows: MAX_ROWS + 1, textColumns: 1, history: null, log: null }
    expect(shapeProblem({ ...shape, columns: [MAX_ROWS + 1] })).toEqual({
      code: 'tooMany',
      what: 'rows',
      field: 'data.columns',
      limit: MAX_ROWS,
      actual: MAX_ROWS + 1
    })
    expect(shapeProblem({ ...shape, rows: MAX_ROWS, columns: [MAX_ROWS] })).toBeNull()
  })

  it('more history points than MAX_HISTORY_POINTS, more log lines than MAX_LOG_LINES', () => {
    const points = JSON.stringify(documentOf()).replace(
      /"epochs":\[[^\]]*\]/,
      `"epochs":${zeros(MAX_HISTORY_POINTS + 1)}`
    )
    expect(refusal(points)).toEqual({
      code: 'tooMany',
      what: 'historyPoints',
      field: 'run.history.epochs',
      limit: MAX_HISTORY_POINTS,
      actual: MAX_HISTORY_POINTS + 1
    })
    const lines = refusalWith(
      ['run', 'log', 'texts'],
      Array.from({ length: MAX_LOG_LINES + 1 }, () => '')
    )
    expect(lines).toMatchObject({ code: 'mismatch', field: 'run.log.texts' })
    const doc = documentOf()
    const log = { epochs: 'E', cost: 'E', accuracy: 'E', texts: 'T' }
    const text = JSON.stringify(withValue(doc, ['run', 'log'], log))
      .replaceAll('"E"', zeros(MAX_LOG_LINES + 1))
      .replace('"T"', zeros(MAX_LOG_LINES + 1))
    expect(refusal(text)).toEqual({
      code: 'tooMany',
      what: 'logLines',
      field: 'run.log.epochs',
      limit: MAX_LOG_LINES,
      actual: MAX_LOG_LINES + 1
    })
  })
})

describe('tooLong: texts past their limits', () => {
  const cases: [string, (string | number)[], string, string, number][] = [
    ['title', ['title'], 'title', 'title', MAX_TITLE_LENGTH],
    ['notes', ['notes'], 'notes', 'notes', MAX_NOTES_LENGTH],
    [
      'featureName',
      ['data', 'featureNames', 1],
      'featureName',
      'data.featureNames[1]',
      MAX_FEATURE_NAME_LENGTH
    ],
    ['labelName', ['data', 'labelName'], 'labelName', 'data.labelName', MAX_FEATURE_NAME_LENGTH],
    ['appVersion', ['app', 'version'], 'appVersion', 'app.version', 100]
  ]
  it.each(cases)('%s', (_, path, what, field, limit) => {
    expect(refusalWith(path, '가'.repeat(limit + 1))).toEqual({
      code: 'tooLong',
      what,
      field,
      limit,
      actual: limit + 1
    })
    expect(
      decodeSession(JSON.stringify(withValue(documentOf(), path, '가'.repeat(limit)))).ok
    ).toBe(true)
  })
})

describe('mismatch: lengths and values that must agree', () => {
  const cases: [string, (string | number)[], Json, object][] = [
    [
      'a column shorter than the first',
      ['data', 'columns', 2],
      [0, 0, 0, 1, 1],
      { field: 'data.columns[2]', measure: 'length', expected: 6, actual: 5 }
    ],
    [
      'one column too few for the names',
      ['data', 'featureNames'],
      ['x1', 'x2', 'x3'],
      { field: 'data.columns', measure: 'length', expected: 4, actual: 3 }
    ],
    [
      'texts for a column that is not there',
      ['data', 'texts'],
      [[], [], [], []],
      { field: 'data.texts', measure: 'length', expected: 3, actual: 4 }
    ],
    [
      'a cost missing from the history',
      ['run', 'history', 'cost'],
      [0.5],
      { field: 'run.history.cost', measure: 'length', expected: 21, actual: 1 }
    ],
    [
      'a log line without its text',
      ['run', 'log', 'texts'],
      ['Epoch    0/30 Cost: 0.693147'],
      { field: 'run.log.texts', measure: 'length', expected: 3, actual: 1 }
    ],
    [
      'a trainer state not at the next epoch',
      ['run', 'trainer', 'epoch'],
      5,
      { field: 'run.trainer.epoch', measure: 'value', expected: 21, actual: 5 }
    ],
    [
      'a trainer state for other weights',
      ['run', 'trainer', 'params', 0],
      0.25,
      { field: 'run.trainer.params[0]', measure: 'value', actual: 0.25 }
    ],
    [
      'a trainer state for another data width',
      ['run', 'trainer', 'params'],
      [0, 0, 0, 0],
      { field: 'run.trainer.params', measure: 'length', expected: 3, actual: 4 }
    ],
    [
      "N that is not the config's",
      ['run', 'totalEpochs'],
      31,
      { field: 'run.totalEpochs', measure: 'value', expected: 30, actual: 31 }
    ]
  ]
  it.each(cases)('%s', (_, path, value, expected) => {
    expect(refusalWith(path, value)).toMatchObject({ code: 'mismatch', ...expected })
  })
})

describe('internal: a fault of this code comes back as data too', () => {
  it('never throws, even when a part of the decoder does', () => {
    const parse = vi.spyOn(documentSchema, 'safeParse').mockImplementation(() => {
      throw new TypeError('boom')
    })
    expect(refusal(textOf(toySession()))).toEqual({ code: 'internal', message: 'boom' })
    parse.mockRestore()
  })
})
