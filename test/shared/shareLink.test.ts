// A lesson in a link: data and settings come back equal, a lesson too big for a link is refused
// with the file to offer instead, and a link that is cut, mangled, forged or a bomb is refused
// with its reason, never misread.
import { deflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { builtInData, defaultAdam, defaultSgd, labConfig, toyDataset, withMistake } from '@core'
import { toBase64url } from '@shared/base64url'
import { encodeSession } from '@shared/session'
import {
  MAX_LESSON_BYTES,
  MAX_SHARE_LINK_LENGTH,
  isShareLink,
  makeShareLink,
  readShareLink,
  type Lesson
} from '@shared/shareLink'
import { sessionOf, sessionWithProblems, toySession } from './session/sessionFixtures'

const BASE = 'https://logit-lab.example/app/'
const meta = { appVersion: '0.1.0', savedAt: new Date('2026-03-01T09:30:00.000Z') }

function lessonOf({ title, notes, data, settings }: Lesson): Lesson {
  return { title, notes, data, settings }
}

function linkOf(lesson: Lesson): string {
  const made = makeShareLink(BASE, lesson, meta)
  if (!made.ok) throw new Error(`not made: ${JSON.stringify(made)}`)
  return made.link
}

/** A link whose payload is `text` deflated, as a forger would make one. */
function forged(text: string): string {
  return `${BASE}#lesson=1.${toBase64url(deflateSync(new TextEncoder().encode(text)))}`
}

describe('a lesson link round trip', () => {
  it('the lab: a short link whose lesson comes back equal', () => {
    const lesson = lessonOf(toySession())
    const link = linkOf(lesson)
    expect(link).toMatch(/^https:\/\/logit-lab\.example\/app\/#lesson=1\.[A-Za-z0-9_-]+$/)
    expect(link.length).toBeLessThan(640)
    expect(isShareLink(link)).toBe(true)
    expect(readShareLink(link)).toEqual({ ok: true, lesson })
  })

  it('work in progress, Korean text and every setting, mistakes included, come back exactly', () => {
    const config = withMistake(
      { ...labConfig, init: 'torch' as const, seed: 7, epochs: 300, logEvery: 20, batchSize: 2 },
      'forgetZeroGrad'
    )
    const lesson: Lesson = {
      ...lessonOf(sessionWithProblems()),
      title: '로지스틱 회귀 실습 — 1주차',
      notes: 'lr을 바꿔 보세요.\nTry lr 10.',
      settings: {
        config: { ...config, optimizer: { ...defaultAdam, lr: 0.05 } },
        speed: { mode: 'paced', epochsPerSecond: 10 },
        stepUnit: 'logInterval',
        otherOptimizer: { ...defaultSgd, momentum: 0.9 },
        batchSize: 2
      }
    }
    const back = readShareLink(`  ${linkOf(lesson)}\n`)
    expect(back).toEqual({ ok: true, lesson })
    // NaN, -0 and Infinity cells as the student left them
    if (back.ok) expect(Object.is(back.lesson.data.columns[1][3], -0)).toBe(true)
  })

  it('reads the fragment alone, and replaces a fragment the base already had', () => {
    const lesson = lessonOf(toySession())
    const made = makeShareLink(`${BASE}#old`, lesson, meta)
    expect(made.ok && made.link.startsWith(`${BASE}#lesson=1.`)).toBe(true)
    const fragment = linkOf(lesson).slice(BASE.length)
    expect(readShareLink(fragment)).toEqual({ ok: true, lesson })
  })

  it('a lesson too big for a link says so and offers the file', () => {
    const blobs = builtInData('blobs', { rows: 5000, seed: 2 })
    if (!blobs.ok) throw new Error('blobs')
    const big = lessonOf(sessionOf(blobs.data.dataset))
    const made = makeShareLink(BASE, big, meta)
    expect(made).toMatchObject({ ok: false, reason: 'tooLong', limit: 8000, offer: 'file' })
    expect(!made.ok && made.length).toBeGreaterThan(MAX_SHARE_LINK_LENGTH)
  })

  it('the limit holds to the character', () => {
    const lesson = lessonOf(toySession())
    const length = linkOf(lesson).length
    expect(makeShareLink(BASE, lesson, meta, length).ok).toBe(true)
    expect(makeShareLink(BASE, lesson, meta, length - 1)).toMatchObject({
      ok: false,
      reason: 'tooLong',
      length
    })
  })
})

describe('a link that is not a lesson', () => {
  const good = linkOf(lessonOf(sessionOf(toyDataset())))

  it.each([
    ['no fragment', BASE, { code: 'notALink' }],
    ['another fragment', `${BASE}#settings`, { code: 'notALink' }],
    [
      'a newer format',
      good.replace('#lesson=1.', '#lesson=2.'),
      { code: 'unknownVersion', version: '2' }
    ],
    ['no version', `${BASE}#lesson=abc`, { code: 'unknownVersion', version: 'abc' }],
    [
      'a character base64url has not',
      `${good.slice(0, -5)}+${good.slice(-4)}`,
      { code: 'corrupt' }
    ],
    ['cut short', good.slice(0, -20), { code: 'corrupt' }],
    ['cut to one character of a group', `${BASE}#lesson=1.A`, { code: 'corrupt' }],
    [
      'bytes that are not deflate',
      `${BASE}#lesson=1.${toBase64url(new Uint8Array([255, 255, 255, 0]))}`,
      { code: 'corrupt' }
    ],
    [
      'not UTF-8 once inflated',
      `${BASE}#lesson=1.${toBase64url(deflateSync(new Uint8Array([0xc3, 0x28])))}`,
      { code: 'corrupt' }
    ],
    [
      'pasted text past the limit',
      `${good}${'A'.repeat(MAX_SHARE_LINK_LENGTH)}`,
      { code: 'tooLong', length: good.length + MAX_SHARE_LINK_LENGTH, limit: MAX_SHARE_LINK_LENGTH }
    ]
  ])('refuses %s', (_, link, reason) => {
    expect(readShareLink(link)).toEqual({ ok: false, reason })
  })

  it('refuses a deflate bomb before it fills memory', () => {
    const bomb = forged(' '.repeat(MAX_LESSON_BYTES + 1024))
    expect(bomb.length).toBeLessThan(MAX_SHARE_LINK_LENGTH)
    expect(readShareLink(bomb)).toEqual({
      ok: false,
      reason: { code: 'tooLarge', limit: MAX_LESSON_BYTES }
    })
  })

  it('refuses what inflates to something other than a session, naming the session error', () => {
    expect(readShareLink(forged('hello'))).toEqual({
      ok: false,
      reason: { code: 'invalid', error: { code: 'notJson' } }
    })
  })

  it('refuses settings the schemas refuse, naming the field (zod, as for a file)', () => {
    const session = { ...toySession(), run: null }
    const text = encodeSession(session, meta).replace('"lr":1,', '"lr":-1,')
    expect(text).toContain('"lr":-1,')
    const read = readShareLink(forged(text))
    expect(read).toMatchObject({
      ok: false,
      reason: {
        code: 'invalid',
        error: { code: 'invalidField', field: 'settings.config.optimizer.lr' }
      }
    })
  })
})
