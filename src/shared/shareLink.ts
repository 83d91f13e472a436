// A lesson in a link (issue 12 §5): the table and the settings (with the title and notes) as a
// session file without a run, deflated (fflate) and written base64url into the URL's fragment,
// which browsers never send to a server: `https://…/#lesson=1.<payload>`. Opening a link reads it
// back through decodeSession, so a link is checked by exactly the rules a session file is (zod's
// schemas, then every rule of the format), and is refused with a named reason, never misread.
// A link past MAX_SHARE_LINK_LENGTH is not made: the caller offers the session file instead,
// which carries any size.
import { deflateSync, Inflate } from 'fflate'
import { fromBase64url, toBase64url } from './base64url'
import {
  decodeSession,
  encodeSession,
  type EncodeMeta,
  type SessionData,
  type SessionError,
  type SessionSettings
} from './session'

/** What a link carries: what a class opens to start the same lesson. */
export interface Lesson {
  title: string
  notes: string
  data: SessionData
  settings: SessionSettings
}

/**
 * The longest link made or read: within what browsers, chat programs and mail keep intact
 * (older browsers and some servers cut URLs near 8 KB; the fragment stays in the browser, but
 * the link is pasted through programs that may cut it).
 */
export const MAX_SHARE_LINK_LENGTH = 8_000

/** The most a link's payload may inflate to: far above any lesson that fits in a link. */
export const MAX_LESSON_BYTES = 4 * 1024 * 1024

const FRAGMENT_KEY = '#lesson='
/** The link format's version, before the payload: a later format can tell old links apart. */
const LINK_VERSION = '1'

export type ShareLinkResult =
  | { ok: true; link: string }
  /** Too long to share as a link: offer the session file instead (`offer: 'file'`). */
  | { ok: false; reason: 'tooLong'; length: number; limit: number; offer: 'file' }

/** Every ShareLinkRefusal's code: the UI's messages (i18n `share.refused.<code>`) cover each. */
export const SHARE_LINK_REFUSAL_CODES = [
  'notALink',
  'unknownVersion',
  'tooLong',
  'corrupt',
  'tooLarge',
  'invalid'
] as const satisfies readonly ShareLinkRefusal['code'][]

/** Why a pasted or opened link was not read as a lesson. */
export type ShareLinkRefusal =
  /** No `#lesson=` in the text: not a lesson link. */
  | { code: 'notALink' }
  /** A lesson link of a format this version does not read (made by a newer app). */
  | { code: 'unknownVersion'; version: string }
  /** Longer than any link this app makes. */
  | { code: 'tooLong'; length: number; limit: number }
  /** Not base64url, not deflate data, or not UTF-8 text: typically a link cut short. */
  | { code: 'corrupt' }
  /** Inflates past MAX_LESSON_BYTES. */
  | { code: 'tooLarge'; limit: number }
  /** Reads, but is not a valid lesson: the session format's own error (field, reason). */
  | { code: 'invalid'; error: SessionError }

export type ShareLinkReadResult =
  { ok: true; lesson: Lesson } | { ok: false; reason: ShareLinkRefusal }

/**
 * `baseUrl` (the web edition's address, any fragment dropped) with the lesson in its fragment,
 * or 'tooLong' when that would be longer than `limit`. Throws SessionEncodeError for a lesson the
 * session format refuses (a caller's bug, as for encodeSession).
 */
export function makeShareLink(
  baseUrl: string,
  lesson: Lesson,
  meta: EncodeMeta,
  limit = MAX_SHARE_LINK_LENGTH
): ShareLinkResult {
  const text = encodeSession({ ...lesson, run: null }, meta)
  const payload = toBase64url(deflateSync(new TextEncoder().encode(text), { level: 9 }))
  const hash = baseUrl.indexOf('#')
  const base = hash < 0 ? baseUrl : baseUrl.slice(0, hash)
  const link = `${base}${FRAGMENT_KEY}${LINK_VERSION}.${payload}`
  if (link.length > limit)
    return { ok: false, reason: 'tooLong', length: link.length, limit, offer: 'file' }
  return { ok: true, link }
}

/** Whether `text` (a URL, or its fragment) holds a lesson, e.g. to act on a paste or a load. */
export function isShareLink(text: string): boolean {
  return text.includes(FRAGMENT_KEY)
}

/**
 * The lesson in a link (a whole URL, or just its fragment, as pasted: surrounding whitespace
 * is ignored), or why it is not one. Never throws: a link is untrusted input.
 */
export function readShareLink(text: string, limit = MAX_SHARE_LINK_LENGTH): ShareLinkReadResult {
  const link = text.trim()
  if (link.length > limit) return refuse({ code: 'tooLong', length: link.length, limit })
  const at = link.indexOf(FRAGMENT_KEY)
  if (at < 0) return refuse({ code: 'notALink' })
  const body = link.slice(at + FRAGMENT_KEY.length)
  const dot = body.indexOf('.')
  const version = dot < 0 ? body : body.slice(0, dot)
  if (dot < 0 || version !== LINK_VERSION) return refuse({ code: 'unknownVersion', version })
  const bytes = fromBase64url(body.slice(dot + 1))
  if (bytes === null) return refuse({ code: 'corrupt' })
  const inflated = inflateCapped(bytes, MAX_LESSON_BYTES)
  if (inflated === 'tooLarge') return refuse({ code: 'tooLarge', limit: MAX_LESSON_BYTES })
  if (inflated === 'corrupt') return refuse({ code: 'corrupt' })
  let json: string
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated)
  } catch {
    return refuse({ code: 'corrupt' })
  }
  const decoded = decodeSession(json)
  if (!decoded.ok) return refuse({ code: 'invalid', error: decoded.error })
  const { title, notes, data, settings } = decoded.session
  // A lesson has no run; a link made by hand with one opens its data and settings alone.
  return { ok: true, lesson: { title, notes, data, settings } }
}

/** Bytes pushed per step: each step inflates to at most ~1,000 times this, checked between. */
const INFLATE_STEP = 1024

/** Raw deflate data inflated, stopping as soon as the output passes `cap`. */
function inflateCapped(bytes: Uint8Array, cap: number): Uint8Array | 'tooLarge' | 'corrupt' {
  const chunks: Uint8Array[] = []
  let total = 0
  let ended = false
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length
    chunks.push(chunk)
    if (final) ended = true
  })
  try {
    for (let at = 0; at < bytes.length && total <= cap; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, bytes.length)
      inflate.push(bytes.subarray(at, end), end === bytes.length)
    }
  } catch {
    return 'corrupt'
  }
  if (total > cap) return 'tooLarge'
  // fflate accepts a stream that stops early; a link cut short must not read as a shorter lesson
  if (!ended) return 'corrupt'
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

function refuse(reason: ShareLinkRefusal): ShareLinkReadResult {
  return { ok: false, reason }
}
