// The size check that comes before reading: file readers call checkSessionSize with the file's
// size (a 2 GB file is refused unread); decodeSession applies the same limit to a text.
import { MAX_SESSION_BYTES } from '../limits'
import type { SessionError } from './sessionErrors'

/** The refusal of a file of `bytes` bytes, or null when a session may be that large. */
export function checkSessionSize(bytes: number): SessionError | null {
  return bytes > MAX_SESSION_BYTES
    ? { code: 'tooLarge', limit: MAX_SESSION_BYTES, actual: bytes }
    : null
}

/** The same limit for a text, measured in the bytes of its UTF-8 encoding. */
export function checkTextSize(text: string): SessionError | null {
  // Each UTF-16 unit takes 1 to 3 bytes in UTF-8: count exactly only where it could matter.
  if (text.length * 3 <= MAX_SESSION_BYTES) return null
  return checkSessionSize(utf8Length(text))
}

/** The UTF-8 size of `text` (a lone surrogate counts as U+FFFD, as TextEncoder writes it). */
export function utf8Length(text: string): number {
  let bytes = text.length
  // The regular expression skips ASCII natively, far faster than a loop over every unit.
  const nonAscii = /[\u0080-\uffff]/g
  while (nonAscii.test(text)) {
    const at = nonAscii.lastIndex - 1
    const unit = text.charCodeAt(at)
    if (unit < 0x800) bytes += 1
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(at + 1))) {
      bytes += 2 // two units, four bytes
      nonAscii.lastIndex++
    } else bytes += 2
  }
  return bytes
}

const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff
