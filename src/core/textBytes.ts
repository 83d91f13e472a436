// A text file's bytes as text, the way spreadsheet programs write CSV: UTF-16 when it starts with
// a UTF-16 byte-order mark (FF FE little-endian, FE FF big-endian: Excel's "Unicode text"),
// UTF-8 when the bytes are valid UTF-8 (with or without its BOM), otherwise EUC-KR (CP949), which
// is how spreadsheet programs on Korean systems save CSV. The BOM itself is never part of the text.
// TextDecoder is a web standard that Node has too, so the app and the CLI read files alike.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'euc-kr'

function utf16ByBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/** The bytes as UTF-8, or null when they are not valid UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (error) {
    if (!(error instanceof TypeError)) throw error
    return null
  }
}

/** The encoding `decodeTextBytes` reads these bytes with. */
export function detectTextEncoding(bytes: Uint8Array): TextEncodingName {
  return utf16ByBom(bytes) ?? (decodeUtf8(bytes) === null ? 'euc-kr' : 'utf-8')
}

export function decodeTextBytes(bytes: Uint8Array): string {
  // The decoders drop a leading BOM of their own encoding (ignoreBOM: false).
  const utf16 = utf16ByBom(bytes)
  if (utf16 !== null) return new TextDecoder(utf16).decode(bytes)
  // Checking that the bytes are UTF-8 is decoding them: done once (a large file costs twice).
  return decodeUtf8(bytes) ?? new TextDecoder('euc-kr').decode(bytes)
}
