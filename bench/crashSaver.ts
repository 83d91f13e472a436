// The child of the crash-safety stress (crashSafety.ts): saves its two sessions over one file in
// turn, for ever, the way the app saves (encodeSession, then writeFileAtomic), until the parent
// kills it. After each completed save it prints `saved <title> <ms>`; a pipe's writes are
// synchronous on Linux, so a line the parent reads is a save that finished.
//
//   node --import tsx bench/crashSaver.ts FILE ROWS FIRST_TITLE
import { encodeSession } from '@shared/session/index'
import { writeFileAtomic } from '../src/node/atomicWrite'
import {
  CRASH_META,
  crashSessions,
  isCrashTitle,
  otherTitle,
  type CrashTitle
} from './crashSessions'

async function saveForEver(path: string, rows: number, first: CrashTitle): Promise<never> {
  const sessions = crashSessions(rows)
  // Encoded once each: the kills are meant to land in the writes, which a fresh encoding of
  // every save (several times longer than the write) would mostly shield.
  const texts = {
    [first]: encodeSession(sessions[first], CRASH_META),
    [otherTitle(first)]: encodeSession(sessions[otherTitle(first)], CRASH_META)
  }
  for (let title = first; ; title = otherTitle(title)) {
    const start = performance.now()
    const result = await writeFileAtomic(path, texts[title])
    if (!result.ok)
      throw new Error(`${result.error.step}: ${result.error.code} ${result.error.message}`)
    console.log(`saved ${title} ${(performance.now() - start).toFixed(1)}`)
  }
}

const [path, rowsText, first] = process.argv.slice(2)
const rows = Number(rowsText)
if (path === undefined || !Number.isSafeInteger(rows) || rows < 1 || !isCrashTitle(first ?? '')) {
  console.error('usage: crashSaver.ts FILE ROWS FIRST_TITLE')
  process.exit(2)
}
saveForEver(path, rows, first as CrashTitle).catch((error: unknown) => {
  console.error(`crashSaver: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
