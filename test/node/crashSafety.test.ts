// Crash safety, the CI-sized run of `npm run bench -- --crash-safety`: a child saving a session
// through writeFileAtomic is SIGKILLed 20 times at random moments; after each kill the file holds
// exactly the old or the new save, and the app's sweep leaves the file alone in its folder.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { encodeSession } from '@shared/session'
import { CRASH_FILE, judgeFile, runCrashSafety } from '../../bench/crashSafety'
import { CRASH_META, CRASH_TITLES, crashSessions, type CrashTitle } from '../../bench/crashSessions'
import { useTempDir } from '../support/tempDir'

const temp = useTempDir('crash-safety')
// 5,000 rows (a 0.8 MB file, about 20 ms a save): 20 child starts fit in the time on a loaded
// 2-core machine; the bench's default is 50,000.
const ROWS = 5000

describe('crash safety', () => {
  it('leaves the old or the new save after each of 20 kills, and no temp file', async () => {
    const folder = temp.path('stress')
    mkdirSync(folder)
    const outcomes: string[] = []
    const counts = await runCrashSafety({
      folder,
      runs: 20,
      rows: ROWS,
      onKill: (_kill, outcome) => outcomes.push(outcome)
    })
    expect(counts.failures).toEqual([])
    expect(counts.kills).toBe(20)
    expect(counts.old + counts.new).toBe(20)
    expect(outcomes.filter((outcome) => outcome === 'failed')).toEqual([])
    // About 35 s on the loaded 2-core machine; the margin is for a slower CI host.
  }, 120_000)

  it('tells a cut-short file from the old and new saves (the check can fail)', async () => {
    const sessions = crashSessions(50)
    const texts = Object.fromEntries(
      CRASH_TITLES.map((title) => [title, encodeSession(sessions[title], CRASH_META)])
    ) as Record<CrashTitle, string>
    const path = join(temp.path(''), CRASH_FILE)
    const [a, b] = CRASH_TITLES
    writeFileSync(path, texts[a])
    expect(await judgeFile(path, a, texts)).toEqual({ outcome: 'old' })
    expect(await judgeFile(path, b, texts)).toEqual({ outcome: 'new' })
    writeFileSync(path, texts[a].slice(0, texts[a].length >> 1))
    expect(await judgeFile(path, a, texts)).toHaveProperty('problem')
    writeFileSync(path, texts[a].replace(a, 'Someone else'))
    expect(await judgeFile(path, a, texts)).toEqual({ problem: "an unknown title 'Someone else'" })
  })
})
