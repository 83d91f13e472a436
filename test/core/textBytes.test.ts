// CSV files as spreadsheet programs save them: UTF-8 with or without a BOM, UTF-16 with its BOM
// (either byte order), and EUC-KR from Korean systems; the BOM is never part of the text.
import { describe, expect, it } from 'vitest'
import { decodeTextBytes, detectTextEncoding } from '@core/textBytes'

const text = '공부시간,실습시간,합격\n1,2,0\n'

function utf16(value: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + value.length * 2)
  const view = new DataView(bytes.buffer)
  view.setUint16(0, 0xfeff, littleEndian)
  for (let i = 0; i < value.length; i++)
    view.setUint16(2 + i * 2, value.charCodeAt(i), littleEndian)
  return bytes
}

describe('decodeTextBytes', () => {
  it('reads UTF-8, with or without its BOM', () => {
    const plain = new TextEncoder().encode(text)
    expect(decodeTextBytes(plain)).toBe(text)
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain])
    expect(decodeTextBytes(withBom)).toBe(text)
  })

  it('reads UTF-16 by its byte-order mark, little- and big-endian', () => {
    expect(detectTextEncoding(utf16(text, true))).toBe('utf-16le')
    expect(decodeTextBytes(utf16(text, true))).toBe(text)
    expect(detectTextEncoding(utf16(text, false))).toBe('utf-16be')
    expect(decodeTextBytes(utf16(text, false))).toBe(text)
  })

  it('falls back to EUC-KR when the bytes are not UTF-8', () => {
    // "합격" in EUC-KR (CP949)
    const bytes = new Uint8Array([0x61, 0x2c, 0xc7, 0xd5, 0xb0, 0xdd, 0x0a])
    expect(detectTextEncoding(bytes)).toBe('euc-kr')
    expect(decodeTextBytes(bytes)).toBe('a,합격\n')
  })
})
