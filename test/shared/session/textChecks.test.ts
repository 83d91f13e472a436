// The passes over the raw text before parsing: its UTF-8 size and its nesting.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanJson } from '@shared/session/jsonScan'
import { utf8Length } from '@shared/session/sessionSize'

describe('utf8Length', () => {
  it('is the length TextEncoder writes, for any text (lone surrogates included)', () => {
    const encoder = new TextEncoder()
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Length(text)).toBe(encoder.encode(text).length)
      }),
      { numRuns: 2000 }
    )
    expect(utf8Length('a가😀\ud800')).toBe(1 + 3 + 4 + 3)
  })
})

describe('scanJson', () => {
  it('measures nesting, skipping brackets in strings (escaped quotes and backslashes too)', () => {
    expect(scanJson('[[{"a": [1]}]]', 8)).toEqual({ maxDepth: 4, endsOpen: false })
    expect(scanJson('["[[[\\"[[", "\\\\", {"b": "}}}"}]', 8)).toEqual({
      maxDepth: 2,
      endsOpen: false
    })
    expect(scanJson('1', 8)).toEqual({ maxDepth: 0, endsOpen: false })
  })

  it('says a text ends open when cut inside a string or with brackets open', () => {
    expect(scanJson('{"a": [1, 2', 8).endsOpen).toBe(true)
    expect(scanJson('{"a": "text\\"', 8).endsOpen).toBe(true)
    expect(scanJson('{"a": 1}', 8).endsOpen).toBe(false)
    // Crossed brackets are not a cut-off file, whatever is open at the end.
    expect(scanJson('{"a": ] [', 8).endsOpen).toBe(false)
    expect(scanJson('[} {', 8).endsOpen).toBe(false)
  })

  it('counts depth past the tracked depth without tracking the kinds', () => {
    expect(scanJson('['.repeat(50) + ']'.repeat(50), 8)).toEqual({ maxDepth: 50, endsOpen: false })
  })
})
