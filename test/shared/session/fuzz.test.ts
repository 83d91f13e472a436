// 10,000 malformed session files, mutations of valid ones: decodeSession never throws, never
// fails on its own account ('internal'), and whatever it accepts is a session whose shape holds
// (checked here independently of the decoder) and that saves and reads back unchanged.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decodeSession,
  encodeSession,
  SESSION_ERROR_CODES,
  type Session,
  type SessionError
} from '@shared/session'
import { meta, seedTexts, type Json } from './documents'

const seeds = seedTexts()
const seedDocs = seeds.map((text) => JSON.parse(text) as Json)

/** Every path to a value in `doc`, the root excluded. */
function pathsOf(doc: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (doc === null || typeof doc !== 'object') return []
  const entries: [string | number, Json][] = Array.isArray(doc)
    ? doc.map((value, i) => [i, value])
    : Object.entries(doc)
  return entries.flatMap(([key, value]) => [[...prefix, key], ...pathsOf(value, [...prefix, key])])
}
const seedPaths = seedDocs.map((doc) => pathsOf(doc))

const seed = fc.nat({ max: seeds.length - 1 })
/** Spellings JSON.stringify cannot produce, swapped in for a marker after stringifying. */
const RAW = [
  '1e999',
  '-1e999',
  '1e308',
  '-0',
  '1.5',
  '-1',
  '9007199254740993',
  '1e-400',
  '00',
  '+1',
  'NaN',
  'Infinity'
]
const MARKER_VALUE = '\u0000raw\u0000'
const MARKER = JSON.stringify(MARKER_VALUE)
const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    'NaN',
    'Infinity',
    '-Infinity',
    '1',
    '',
    null,
    true,
    [],
    {},
    [null],
    2 ** 53,
    -1,
    0.5,
    1e300
  ),
  fc
    .integer({ min: 1, max: 40 })
    .map((depth): Json => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as Json)
)

/** The array or object at `path` (a path of a seed document, so it is there). */
function containerAt(doc: Json, path: (string | number)[]): Json[] | { [key: string]: Json } {
  let node = doc
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key]
    else if (node !== null && typeof node === 'object' && !Array.isArray(node)) node = node[key]
  }
  if (node === null || typeof node !== 'object')
    throw new Error(`no container at ${path.join('.')}`)
  return node
}

/** The text of `doc` with the value at `path` set to `value` (or removed), `doc` left as it was. */
function textWith(doc: Json, path: (string | number)[], value: Json | undefined): string {
  const parent = containerAt(doc, path.slice(0, -1))
  const key = path[path.length - 1]
  if (Array.isArray(parent)) {
    const at = Number(key)
    const before = parent[at]
    if (value === undefined) parent.splice(at, 1)
    else parent[at] = value
    const text = JSON.stringify(doc)
    if (value === undefined) parent.splice(at, 0, before)
    else parent[at] = before
    return text
  }
  const before = parent[key]
  if (value === undefined) delete parent[key]
  else parent[key] = value
  const text = JSON.stringify(doc)
  parent[key] = before
  return text
}

/** The text of seed `s` with the value at one of its paths replaced, raw spellings included. */
const replaced = fc
  .tuple(seed, fc.nat(), oddValue, fc.option(fc.constantFrom(...RAW), { freq: 3 }))
  .map(([s, at, value, raw]) => {
    const path = seedPaths[s][at % seedPaths[s].length]
    const text = textWith(seedDocs[s], path, raw === null ? value : MARKER_VALUE)
    return raw === null ? text : text.replace(MARKER, raw)
  })

const deleted = fc
  .tuple(seed, fc.nat())
  .map(([s, at]) => textWith(seedDocs[s], seedPaths[s][at % seedPaths[s].length], undefined))

const truncated = fc.tuple(seed, fc.nat()).map(([s, at]) => seeds[s].slice(0, at % seeds[s].length))

/** A number token of the text swapped for a huge, negative, fractional or non-JSON one. */
const renumbered = fc.tuple(seed, fc.nat(), fc.constantFrom(...RAW)).map(([s, at, raw]) => {
  const numbers = [...seeds[s].matchAll(/-?\d+(\.\d+)?(e[-+]?\d+)?/g)]
  const token = numbers[at % numbers.length]
  const start = token.index ?? 0
  return seeds[s].slice(0, start) + raw + seeds[s].slice(start + token[0].length)
})

/** A key given twice (JSON.parse keeps the last), or deep brackets, at a random '{' or ','. */
const inserted = fc
  .tuple(
    seed,
    fc.nat(),
    fc.constantFrom('"title": 5,', '"version": 2,', '"format": "x",', '"run": null,', '"rows": 9,'),
    fc.boolean(),
    fc.constantFrom(50, 50, 1000, 1000, 100_000)
  )
  .map(([s, at, duplicate, asKey, depth]) => {
    const text = seeds[s]
    const marks = [...text.matchAll(/[{,]/g)]
    const i = (marks[at % marks.length].index ?? 0) + 1
    const nested = `"deep": ${'['.repeat(depth)}${']'.repeat(depth)},`
    return text.slice(0, i) + (asKey ? duplicate : nested) + text.slice(i)
  })

/** One character of a seed replaced by another (a flipped byte, as far as a text can show it). */
const flipped = fc
  .tuple(seed, fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }))
  .map(([s, at, char]) => {
    const i = at % seeds[s].length
    return seeds[s].slice(0, i) + char + seeds[s].slice(i + 1)
  })

const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder().decode(bytes)),
  fc.jsonValue().map((value) => JSON.stringify(value))
)

const withBom = fc
  .tuple(seed, fc.constantFrom('\ufeff', '\ufeff\ufeff', ' \ufeff', '\n'))
  .map(([s, prefix]) => prefix + seeds[s])

const malformed = fc.oneof(
  { arbitrary: replaced, weight: 5 },
  { arbitrary: deleted, weight: 2 },
  { arbitrary: truncated, weight: 2 },
  { arbitrary: renumbered, weight: 2 },
  { arbitrary: inserted, weight: 2 },
  { arbitrary: flipped, weight: 2 },
  { arbitrary: randomText, weight: 2 },
  { arbitrary: withBom, weight: 1 }
)

function expectTypedError(error: SessionError): void {
  expect(SESSION_ERROR_CODES).toContain(error.code)
  expect(error.code).not.toBe('internal')
  if ('field' in error && error.field !== undefined) expect(error.field).toMatch(/^[A-Za-z_]/)
  if ('limit' in error)
    expect(Number.isSafeInteger(error.limit) && Number.isSafeInteger(error.actual)).toBe(true)
}

/** The shape the UI relies on, checked without the decoder's own code. */
function expectShape({ data, run }: Session): void {
  const d = data.featureNames.length
  expect(data.columns).toHaveLength(d + 1)
  expect(data.texts).toHaveLength(d + 1)
  for (const column of data.columns) {
    expect(column).toBeInstanceOf(Float64Array)
    expect(column).toHaveLength(data.rows)
  }
  for (const pairs of data.texts) {
    pairs.forEach(([row, text], k) => {
      expect(Number.isInteger(row) && row >= 0 && row < data.rows).toBe(true)
      expect(typeof text).toBe('string')
      if (k > 0) expect(row).toBeGreaterThan(pairs[k - 1][0])
    })
  }
  if (run === null) return
  for (const series of [run.history, run.log]) {
    expect(series.cost).toHaveLength(series.epochs.length)
    expect(series.accuracy).toHaveLength(series.epochs.length)
    expect([...series.cost, ...series.accuracy, ...series.epochs].every(Number.isFinite)).toBe(true)
    expect(series.epochs.every((epoch, i) => i === 0 || epoch > series.epochs[i - 1])).toBe(true)
  }
  expect(run.log.texts).toHaveLength(run.log.epochs.length)
  expect(run.totalEpochs).toBe(run.config.epochs)
  if (run.trainer) {
    expect(run.trainer.params).toEqual([...run.weights, run.bias])
    expect(run.trainer.epoch).toBe(run.epoch + 1)
  }
}

describe('decodeSession on malformed files', () => {
  it('never throws: a typed error, or a sound session that round-trips (10,000 files)', () => {
    let accepted = 0
    const start = performance.now()
    fc.assert(
      fc.property(malformed, (text) => {
        const decoded = decodeSession(text)
        if (!decoded.ok) return expectTypedError(decoded.error)
        accepted++
        expectShape(decoded.session)
        const again = decodeSession(encodeSession(decoded.session, meta))
        expect(again.ok && again.session).toEqual(decoded.session)
      }),
      { numRuns: 10_000 }
    )
    const seconds = ((performance.now() - start) / 1000).toFixed(1)
    console.log(`fuzz: 10,000 malformed files in ${seconds} s, ${accepted} of them still sessions`)
    // Some mutations leave a valid session (a BOM, a changed text, a duplicate key overridden).
    expect(accepted).toBeGreaterThan(0)
    expect(accepted).toBeLessThan(10_000)
  })
})
