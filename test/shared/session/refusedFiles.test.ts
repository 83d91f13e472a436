// Refusals of a file as a whole: its size, its JSON, its format and version. One test per code.
import { describe, expect, it, vi } from 'vitest'
import { MAX_SESSION_BYTES, MAX_SESSION_DEPTH } from '@shared/limits'
import { checkSessionSize, decodeSession } from '@shared/session'
import {
  documentOf,
  refusal,
  refusalWith,
  textOf,
  trainedToySession,
  withValue,
  type Json
} from './documents'

describe('tooLarge: the size is checked before anything is read', () => {
  it('refuses a 2 GB file from its size alone, naming the limit and the size', () => {
    expect(checkSessionSize(2 * 1024 ** 3)).toEqual({
      code: 'tooLarge',
      limit: MAX_SESSION_BYTES,
      actual: 2 * 1024 ** 3
    })
    expect(checkSessionSize(MAX_SESSION_BYTES)).toBeNull()
    expect(checkSessionSize(0)).toBeNull()
  })

  it('refuses a text one byte past the limit without parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse')
    const text = ' '.repeat(MAX_SESSION_BYTES + 1)
    expect(refusal(text)).toEqual({
      code: 'tooLarge',
      limit: MAX_SESSION_BYTES,
      actual: MAX_SESSION_BYTES + 1
    })
    expect(parse).not.toHaveBeenCalled()
    parse.mockRestore()
  })
})

describe('empty, notJson, truncated', () => {
  it('empty: nothing but white space (or a byte-order mark)', () => {
    for (const text of ['', '  \n\t', '\ufeff', '\ufeff \r\n']) {
      expect(refusal(text)).toEqual({ code: 'empty' })
    }
  })

  it('notJson: text that is not JSON, or JSON with its brackets crossed', () => {
    for (const text of [
      'hello',
      '{"format": nope}',
      '{} {}',
      '{"a": [1}',
      ']',
      '{"a":1}}',
      '\ufeff\ufeff{}'
    ]) {
      expect(refusal(text), text).toEqual({ code: 'notJson' })
    }
  })

  it('truncated: a session file cut off anywhere before its end', () => {
    const text = textOf(trainedToySession())
    for (const fraction of [0.01, 0.1, 0.5, 0.9, 0.999]) {
      const cut = text.slice(0, Math.floor(text.length * fraction))
      expect(refusal(cut), `cut at ${cut.length}`).toEqual({ code: 'truncated' })
    }
    expect(refusal('{"title": "abc\\"')).toEqual({ code: 'truncated' })
  })
})

describe('tooDeep: nesting is measured before parsing', () => {
  it('refuses 100,000 nested arrays with the limit and the depth, quickly', () => {
    const parse = vi.spyOn(JSON, 'parse')
    const start = performance.now()
    expect(refusal('['.repeat(100_000) + ']'.repeat(100_000))).toEqual({
      code: 'tooDeep',
      limit: MAX_SESSION_DEPTH,
      actual: 100_000
    })
    expect(refusal('{"a":'.repeat(100_000))).toMatchObject({ code: 'tooDeep', actual: 100_000 })
    expect(parse).not.toHaveBeenCalled()
    parse.mockRestore()
    expect(performance.now() - start).toBeLessThan(2000)
  })

  it('counts brackets inside strings as text, not nesting', () => {
    const text = JSON.stringify(withValue(documentOf(), ['title'], '['.repeat(100)))
    expect(decodeSession(text).ok).toBe(true)
  })

  it('refuses deep nesting inside an otherwise valid session', () => {
    const deep = JSON.parse('['.repeat(40) + ']'.repeat(40)) as Json
    expect(refusalWith(['notes'], deep)).toEqual({
      code: 'tooDeep',
      limit: MAX_SESSION_DEPTH,
      actual: 41
    })
  })
})

describe('notSession and the versions', () => {
  it('notSession: JSON that is not an object', () => {
    for (const text of ['[]', '42', 'null', '"logit-lab/session"', 'true']) {
      expect(refusal(text), text).toEqual({ code: 'notSession' })
    }
  })

  it('notSession (format): an object without our "format"', () => {
    expect(refusal('{}')).toEqual({ code: 'notSession', field: 'format' })
    expect(refusalWith(['format'], 'logit-lab/dataset')).toEqual({
      code: 'notSession',
      field: 'format'
    })
    expect(refusalWith(['format'], null)).toEqual({ code: 'notSession', field: 'format' })
  })

  it('futureVersion: a session from a newer app, with its version', () => {
    expect(refusalWith(['version'], 7)).toEqual({ code: 'futureVersion', version: 7, newest: 2 })
  })

  it('unknownVersion: a version that was never released (no migration from it)', () => {
    expect(refusalWith(['version'], 0)).toEqual({ code: 'unknownVersion', version: 0 })
  })

  it('invalidField (version): not a whole number >= 0', () => {
    expect(refusalWith(['version'], '1')).toEqual({
      code: 'invalidField',
      field: 'version',
      reason: 'type'
    })
    expect(refusalWith(['version'], 1.5)).toEqual({
      code: 'invalidField',
      field: 'version',
      reason: 'value'
    })
    expect(refusalWith(['version'], -1)).toEqual({
      code: 'invalidField',
      field: 'version',
      reason: 'value'
    })
  })
})
