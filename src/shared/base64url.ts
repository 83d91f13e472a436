// Bytes as base64url text (RFC 4648 §5: A-Z a-z 0-9 - _, no padding), the alphabet a URL
// carries unchanged, and back. atob and btoa are in every browser and in Node.

/** Decoding refuses any other character, so a mangled link is refused rather than misread. */
const BASE64URL = /^[A-Za-z0-9_-]*$/

/** btoa takes a "binary string" (one char per byte): built in chunks, not one char at a time. */
const CHUNK = 0x8000

export function toBase64url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The bytes, or null for text that is not base64url (a length of 4k + 1 is never valid). */
export function fromBase64url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
