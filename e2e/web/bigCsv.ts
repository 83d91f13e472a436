// Large CSV files for the import tests and the benchmark, written at test time into a temporary
// folder (never committed). Rows are written in batches, so a 64 MiB file never sits in memory.
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'

export interface BigCsvOptions {
  rows: number
  features: number
  /** Decimals of the first half of the features (the rest get one fewer): tunes the file size. */
  decimals?: number
  /** Labels spelled "0.0" and "1.0", as pandas writes a float column (the app keeps such texts). */
  floatLabels?: boolean
}

/** A temporary folder, removed by the returned function. */
export async function tempFolder(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'logit-lab-csv-'))
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}

/**
 * `rows` rows of `features` numbers in [-1, 1] and a 0/1 label, no header, spelled as numbers
 * print ("-0.12345", "0.5"), from a fixed-seed generator: the same file every time.
 * 1,000,000 x 8 with the default decimals is about 63 MiB.
 */
export async function writeBigCsv(path: string, options: BigCsvOptions): Promise<void> {
  const { rows, features, decimals = 5, floatLabels = false } = options
  const labels = floatLabels ? ['0.0', '1.0'] : ['0', '1']
  const out = createWriteStream(path)
  let seed = 12345
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return seed / 2 ** 32
  }
  let batch: string[] = []
  for (let i = 0; i < rows; i++) {
    const cells: string[] = []
    for (let j = 0; j < features; j++) {
      const scale = 10 ** (j < features / 2 ? decimals : decimals - 1)
      cells.push(String(Math.round((next() * 2 - 1) * scale) / scale))
    }
    cells.push(labels[next() < 0.5 ? 0 : 1])
    batch.push(cells.join(','))
    if (batch.length === 10_000 || i === rows - 1) {
      if (!out.write(batch.join('\n') + '\n')) await once(out, 'drain')
      batch = []
    }
  }
  out.end()
  await once(out, 'finish')
}

/** `rows` rows of `columns` zeros (the last one the label): 1,000,000 columns is 2 MB a row. */
export async function writeWideCsv(path: string, columns: number, rows = 2): Promise<void> {
  const out = createWriteStream(path)
  const row = new Array<string>(columns).fill('0').join(',') + '\n'
  for (let i = 0; i < rows; i++) if (!out.write(row)) await once(out, 'drain')
  out.end()
  await once(out, 'finish')
}
