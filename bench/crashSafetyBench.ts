// `npm run bench -- --crash-safety [--runs N] [--rows N]`: the crash-safety stress
// (crashSafety.ts) in a temporary folder, removed afterwards. Prints a letter per kill (o: the old
// save was on disk, n: the new one, x: anything else), then the counts. Unlike the other
// benchmarks this one is a check: the exit code is 1 when any file was not the old or new save.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCrashSafety, type KillOutcome } from './crashSafety'
import { option } from './sessions'

const MARKS: Record<KillOutcome, string> = { old: 'o', new: 'n', failed: 'x' }

export async function runCrashSafetyBench(argv: string[]): Promise<void> {
  const runs = option(argv, '--runs', 200)
  const rows = option(argv, '--rows', 50_000)
  const folder = await mkdtemp(join(tmpdir(), 'logit-lab-crash-'))
  console.log(
    `Crash safety: ${runs} SIGKILLs of a child saving a ${rows.toLocaleString('en-US')} x 8 ` +
      `session over one file (in ${folder})`
  )
  try {
    const counts = await runCrashSafety({
      folder,
      runs,
      rows,
      onKill: (kill, outcome) =>
        process.stdout.write(MARKS[outcome] + (kill % 50 === 0 || kill === runs ? '\n' : ''))
    })
    for (const failure of counts.failures) console.log(`  ${failure}`)
    console.log(
      `kills ${counts.kills}, old ${counts.old}, new ${counts.new}, ` +
        `corrupt ${counts.kills - counts.old - counts.new}, leftovers swept ${counts.swept} ` +
        `(a save took ${counts.saveMs.toFixed(0)} ms, median)`
    )
    if (counts.failures.length > 0) process.exitCode = 1
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
