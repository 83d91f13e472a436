// CSV files into the renderer without any platform API, so the same code works in the web edition
// and in Electron's sandboxed renderer: File objects from an <input type="file"> or a drop. (Files
// out go through a Blob URL on an <a download>: platform/download.) The bytes are decoded as the
// CLI decodes them (core/textBytes: UTF-16 by its BOM, UTF-8, else EUC-KR).
import { decodeTextBytes } from '@core/textBytes'

/** Larger files are refused before reading: the table is for data a class can look at. */
export const MAX_CSV_BYTES = 64 * 1024 * 1024

export type CsvFileResult =
  | { ok: true; text: string; fileName: string }
  | { ok: false; reason: 'tooLarge' | 'unreadable'; fileName: string }

export async function readCsvFile(file: File): Promise<CsvFileResult> {
  const fileName = file.name
  if (file.size > MAX_CSV_BYTES) return { ok: false, reason: 'tooLarge', fileName }
  try {
    return { ok: true, text: decodeTextBytes(new Uint8Array(await file.arrayBuffer())), fileName }
  } catch (error) {
    // The file vanished or could not be read; the panel says so and the data stays as it was.
    console.warn('Reading the CSV file failed', error)
    return { ok: false, reason: 'unreadable', fileName }
  }
}
