// The crash-safety stress: a child process (crashSaver.ts) saves a large session over one file
// again and again, the app's way, and is SIGKILLed at a random moment, `runs` times, each time a
// fresh child. After every kill the file must be there and hold exactly the old save (the last
// one the child reported) or the new one (the save in flight, renamed before the kill); its temp
// file, if the kill came before the rename, is swept by the app's own start-up sweep, after
// which the folder must hold the file alone.
//
//   const counts = await runCrashSafety({ folder, runs: 200, rows: 50_000 })
//   // { kills: 200, old: 131, new: 69, swept: 118, failures: [] }
import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { decodeSession, encodeSession } from '@shared/session/index'
import { nodeFileSystem } from '../src/main/files/fileSystem'
import { sweepTempFiles } from '../src/main/files/tempFiles'
import {
  CRASH_META,
  CRASH_TITLES,
  crashSessions,
  isCrashTitle,
  otherTitle,
  type CrashTitle
} from './crashSessions'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SAVER = fileURLToPath(new URL('./crashSaver.ts', import.meta.url))
export const CRASH_FILE = 'stress.logitlab'
/** Longest wait for a child's first save: a start-up under tsx on a loaded machine, with margin. */
const FIRST_SAVE_MS = 60_000

export interface CrashOptions {
  /** An empty folder to save in. */
  folder: string
  runs: number
  /** The sessions' rows (x 8 features). */
  rows: number
  /** In [0, 1): where in the kill window each kill lands (Math.random unless told). */
  random?: () => number
  /** Told after each kill, e.g. to show progress. */
  onKill?: (kill: number, outcome: KillOutcome) => void
}

export type KillOutcome = 'old' | 'new' | 'failed'

export interface CrashCounts {
  kills: number
  old: number
  new: number
  /** Temp files the sweep removed: kills that came before a save's rename. */
  swept: number
  /** What was wrong after a kill: a missing, unreadable, undecodable or unexpected file. */
  failures: string[]
  /** The median ms of the first save of each child, the window the kills are spread over. */
  saveMs: number
}

interface Child {
  /** Resolves with the first save's ms. */
  firstSave: Promise<number>
  /** The title of the last save the child reported, null before its first. */
  lastSaved: () => CrashTitle | null
  kill: () => Promise<void>
}

/** Starts a saver child under tsx (the project's root as its folder, for tsx's tsconfig). */
function startSaver(path: string, rows: number, first: CrashTitle): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', SAVER, path, String(rows), first], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let lastSaved: CrashTitle | null = null
  let pending = ''
  let errors = ''
  // 'close', not 'exit': by then its stdout has ended, so every line it wrote has been read.
  const exited = new Promise<NodeJS.Signals | null>((resolve) => {
    child.on('close', (_code, signal) => resolve(signal))
  })
  const firstSave = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no save within a minute')), FIRST_SAVE_MS)
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        const match = /^saved (.+) ([\d.]+)$/.exec(line)
        if (!match || !isCrashTitle(match[1])) continue
        if (lastSaved === null) resolve(Number(match[2]))
        lastSaved = match[1]
        clearTimeout(timer)
      }
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk))
    void exited.then(() => reject(new Error(`the saver stopped by itself: ${errors.trim()}`)))
  })
  return {
    firstSave,
    lastSaved: () => lastSaved,
    async kill() {
      child.kill('SIGKILL')
      const signal = await exited
      if (signal !== 'SIGKILL') throw new Error(`the saver ended by ${signal ?? 'exiting'}`)
    }
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** What the file holds after a kill: the old save, the new one (exact bytes), or a problem. */
export async function judgeFile(
  path: string,
  old: CrashTitle,
  texts: Record<CrashTitle, string>
): Promise<{ outcome: 'old' | 'new' } | { problem: string }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    return { problem: `cannot read the file: ${String(error)}` }
  }
  const decoded = decodeSession(text)
  if (!decoded.ok) return { problem: `does not decode: ${decoded.error.code}` }
  const title = decoded.session.title
  if (!isCrashTitle(title)) return { problem: `an unknown title '${title}'` }
  if (text !== texts[title]) return { problem: `'${title}' but not its bytes` }
  return { outcome: title === old ? 'old' : 'new' }
}

export async function runCrashSafety(options: CrashOptions): Promise<CrashCounts> {
  const { folder, runs, rows } = options
  const random = options.random ?? Math.random
  const path = join(folder, CRASH_FILE)
  const sessions = crashSessions(rows)
  const texts = {
    [CRASH_TITLES[0]]: encodeSession(sessions[CRASH_TITLES[0]], CRASH_META),
    [CRASH_TITLES[1]]: encodeSession(sessions[CRASH_TITLES[1]], CRASH_META)
  } as Record<CrashTitle, string>
  const counts: CrashCounts = { kills: 0, old: 0, new: 0, swept: 0, failures: [], saveMs: 0 }
  const saveTimes: number[] = []
  let onDisk: CrashTitle | null = null
  for (let kill = 1; kill <= runs; kill++) {
    // Each child starts with the save that changes the file.
    const child = startSaver(path, rows, onDisk === null ? CRASH_TITLES[0] : otherTitle(onDisk))
    const saveMs = await child.firstSave.catch(async (error: unknown) => {
      await child.kill().catch(() => undefined)
      throw error
    })
    saveTimes.push(saveMs)
    // Anywhere in the next two saves: in the open, the writes, the fsync, the rename, the
    // folder's fsync, or between two saves.
    await sleep(random() * 2 * saveMs)
    await child.kill()
    counts.kills++
    const old = child.lastSaved() as CrashTitle // set by the first save
    const verdict = await judgeFile(path, old, texts)
    if ('problem' in verdict) {
      counts.failures.push(`kill ${kill}: ${verdict.problem}`)
      onDisk = null
    } else {
      counts[verdict.outcome]++
      onDisk = verdict.outcome === 'old' ? old : otherTitle(old)
    }
    counts.swept += await sweepTempFiles(nodeFileSystem, folder, {
      fileNames: [CRASH_FILE],
      olderThanMs: 0,
      now: Date.now()
    })
    const left = (await readdir(folder)).filter((entry) => entry !== CRASH_FILE)
    if (left.length > 0)
      counts.failures.push(`kill ${kill}: left after the sweep: ${left.join(', ')}`)
    options.onKill?.(kill, 'problem' in verdict ? 'failed' : verdict.outcome)
  }
  saveTimes.sort((a, b) => a - b)
  counts.saveMs = saveTimes[saveTimes.length >> 1] ?? 0
  return counts
}
