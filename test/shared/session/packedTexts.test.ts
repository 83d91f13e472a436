// Cell texts packed to cross a thread or process boundary (two Float64Arrays and one string per
// column), and back; and the packing's own rules, which main checks before it unpacks.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  packedTextsProblem,
  packSession,
  packTexts,
  unpackSession,
  unpackTexts,
  type PackedTexts
} from '@shared/session/packedTexts'
import { sessionWithTexts } from './sessionFixtures'

const packed = (rows: number[], ends: number[], joined: string): PackedTexts => ({
  rows: Float64Array.from(rows),
  ends: Float64Array.from(ends),
  joined
})

describe('packTexts and unpackTexts', () => {
  it('packs no pairs as empty arrays and an empty string, and back', () => {
    const none = packTexts([])
    expect(none).toEqual({ rows: new Float64Array(0), ends: new Float64Array(0), joined: '' })
    expect(unpackTexts(none)).toEqual([])
  })

  it('keeps empty texts, Korean, emoji (two UTF-16 units) and NUL apart, in order', () => {
    const pairs: [number, string][] = [
      [0, ''],
      [3, '1.0'],
      [7, 'a\u0000b'],
      [9, '한국어 🙂'],
      [12, ''],
      [13, '삼점오']
    ]
    const packedPairs = packTexts(pairs)
    expect(packedPairs.joined).toBe('1.0a\u0000b한국어 🙂삼점오')
    expect(Array.from(packedPairs.ends)).toEqual([0, 3, 6, 12, 12, 15])
    expect(unpackTexts(packedPairs)).toEqual(pairs)
    expect(packedTextsProblem(packedPairs)).toBeNull()
  })

  it('round-trips 100,000 pairs, as a label column read from "1.0"s', () => {
    const pairs = Array.from({ length: 100_000 }, (_, i): [number, string] => [i, `${i % 2}.0`])
    const packedPairs = packTexts(pairs)
    expect(packedPairs.rows.length).toBe(100_000)
    expect(packedPairs.joined.length).toBe(300_000)
    const back = unpackTexts(packedPairs)
    expect(back.length).toBe(pairs.length)
    const differs = ([row, text]: [number, string], i: number): boolean =>
      row !== pairs[i][0] || text !== pairs[i][1]
    expect(back.findIndex(differs)).toBe(-1)
  })

  it('round-trips any pairs, and any packing of them passes the packing’s rules', () => {
    const pair = fc.tuple(fc.nat(), fc.string({ unit: 'binary' }))
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 50 }), (pairs) => {
        const packedPairs = packTexts(pairs)
        expect(packedTextsProblem(packedPairs)).toBeNull()
        expect(unpackTexts(packedPairs)).toEqual(pairs)
      })
    )
  })
})

describe('packSession and unpackSession', () => {
  it('pack only the texts: the columns and the run are the session’s own', () => {
    const session = sessionWithTexts()
    const texts = session.data.texts
    const wire = packSession(session)
    expect(wire.data.texts.map(({ joined }) => joined)).toEqual(['', '삼점오', '1.00.0'])
    expect(wire.data.columns).toBe(session.data.columns)
    expect(wire.run).toBe(session.run)
    expect(session.data.texts).toBe(texts) // the caller's session is left as it was
    expect(unpackSession(wire)).toEqual(session)
  })
})

describe('packedTextsProblem', () => {
  it.each([
    ['more rows than ends', packed([0, 1], [1], 'ab'), { field: 'ends', reason: 'length' }],
    ['more ends than rows', packed([0], [1, 2], 'ab'), { field: 'ends', reason: 'length' }],
    ['a fractional row', packed([0, 1.5], [1, 2], 'ab'), { field: 'rows', index: 1 }],
    ['a NaN row', packed([NaN], [1], 'a'), { field: 'rows', index: 0 }],
    ['an infinite row', packed([Infinity], [1], 'a'), { field: 'rows', index: 0 }],
    ['ends that go back', packed([0, 1, 2], [2, 1, 3], 'abc'), { field: 'ends', index: 1 }],
    ['a negative end', packed([0], [-1], ''), { field: 'ends', index: 0, reason: 'order' }],
    ['a fractional end', packed([0, 1], [0.5, 1], 'a'), { field: 'ends', index: 0 }],
    ['a NaN end', packed([0], [NaN], 'a'), { field: 'ends', index: 0, reason: 'order' }],
    ['an end past the text', packed([0, 1], [1, 3], 'ab'), { field: 'ends', index: 1 }],
    ['characters no pair owns', packed([0], [1], 'ab'), { field: 'joined', reason: 'length' }],
    ['text without pairs', packed([], [], 'a'), { field: 'joined', reason: 'length' }]
  ])('names %s', (_name, texts, expected) => {
    expect(packedTextsProblem(texts)).toMatchObject(expected)
  })
})
