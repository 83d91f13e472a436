// `npm run bench -- --sessions`: saving and opening a session file. Encodes and decodes a trained
// 100,000 x 8 session (a 200,000-point history, 2,000 log lines) and reports the median ms of
// each, the file's size, and JSON.parse / JSON.stringify alone on the same document (the floor a
// JSON format has); and, for the session keeping label texts, what the desktop app's backup
// costs the page's thread before it reaches main (./bridgePayload.ts). Reported, never asserted.
import { cpus, loadavg } from 'node:os'
import { decodeSession, encodeSession, type Session } from '@shared/session/index'
import { bridgeLines, measureBridge } from './bridgePayload'
import { syntheticDataset } from './data'
import { benchSession, type SessionSize } from './sessionData'
import { median, timed } from './stats'

interface Case {
  name: string
  size: SessionSize
  /** Also measure the desktop backup's payload (the case whose texts make it slow). */
  bridge?: true
}

interface SessionResult {
  name: string
  bytes: number
  encodeMs: number
  decodeMs: number
  parseMs: number
  stringifyMs: number
}

const CASES: Case[] = [
  { name: 'trained', size: { historyPoints: 200_000, logEvery: 100, labelTexts: false } },
  {
    name: 'trained, label texts',
    size: { historyPoints: 200_000, logEvery: 100, labelTexts: true },
    bridge: true
  }
]

/** A whole-number option >= 1 (`--runs N`), or `fallback` when not given. */
export function option(argv: string[], flag: string, fallback: number): number {
  const at = argv.indexOf(flag)
  const value = at >= 0 ? Number(argv[at + 1]) : fallback
  if (!Number.isSafeInteger(value) || value < 1)
    throw new Error(`${flag} needs a whole number >= 1`)
  return value
}

/**
 * Medians of `repeat` rounds, each timing all four in turn, so a change of the machine's load
 * weighs on all of them alike; one untimed round first (the JIT).
 */
function measure(name: string, session: Session, repeat: number): SessionResult {
  const meta = { appVersion: '0.1.0', savedAt: new Date() }
  const text = encodeSession(session, meta)
  const decoded = decodeSession(text)
  if (!decoded.ok) throw new Error(`the bench session did not decode: ${decoded.error.code}`)
  const times: number[][] = [[], [], [], []]
  for (let round = 0; round <= repeat; round++) {
    // A freshly parsed document each time: stringifying the same arrays again runs faster than
    // any first time does (V8 caches recent numbers' spellings).
    const plain = JSON.parse(text) as unknown
    const lap = [
      timed(() => encodeSession(session, meta))[1],
      timed(() => decodeSession(text))[1],
      timed(() => JSON.stringify(plain))[1],
      timed(() => JSON.parse(text))[1]
    ]
    if (round > 0) lap.forEach((ms, i) => times[i].push(ms))
  }
  const [encodeMs, decodeMs, stringifyMs, parseMs] = times.map(median)
  // The document is ASCII: one byte per character.
  return { name, bytes: text.length, encodeMs, decodeMs, stringifyMs, parseMs }
}

export function runSessionBench(argv: string[]): void {
  const repeat = option(argv, '--repeat', 5)
  const rows = option(argv, '--rows', 100_000)
  const json = argv.includes('--json')
  if (!json) {
    console.log(`Session files: a trained ${rows.toLocaleString('en-US')} x 8 session`)
    console.log(
      `median of ${repeat} rounds, each timing the four in turn (after one untimed round)\n`
    )
    console.log(
      `${'session'.padEnd(22)}${'size'.padStart(10)}${'encode'.padStart(10)}${'decode'.padStart(10)}` +
        `${'JSON.stringify'.padStart(16)}${'JSON.parse'.padStart(12)}`
    )
  }
  const bridged: string[] = []
  for (const { name, size, bridge } of CASES) {
    const session = benchSession(syntheticDataset(rows, 8), size)
    const result = measure(name, session, repeat)
    const bridgeResult = bridge ? measureBridge(session, repeat) : null
    if (json) {
      console.log(JSON.stringify(bridgeResult ? { ...result, bridge: bridgeResult } : result))
      continue
    }
    if (bridgeResult) bridged.push(...bridgeLines(name, rows, bridgeResult))
    const ms = (value: number): string => `${value.toFixed(0)} ms`
    console.log(
      `${name.padEnd(22)}${`${(result.bytes / 1e6).toFixed(1)} MB`.padStart(10)}` +
        `${ms(result.encodeMs).padStart(10)}${ms(result.decodeMs).padStart(10)}` +
        `${ms(result.stringifyMs).padStart(16)}${ms(result.parseMs).padStart(12)}`
    )
  }
  if (json) return
  console.log(`\n${bridged.join('\n')}`)
  const [one, five] = loadavg()
  console.log(
    '\nThe session: synthetic features (bench/data.ts, full-precision doubles), labels 0/1, a\n' +
      '200,000-point history and 2,000 log lines (synthesised: full-precision costs, accuracies\n' +
      'k / rows), weights and trainer state from 10 real epochs. "label texts": every label also\n' +
      'keeps the text "1.0" or "0.0", as a CSV written by pandas spells them. JSON.stringify and\n' +
      'JSON.parse: the same document as plain JSON, without the codec (the floor of a JSON format).\n' +
      'Target (reported, not asserted): encode and decode each well under 300 ms.\n' +
      "The backup's cost on the page (its longest task; target: none over 50 ms) is measured in\n" +
      'the web edition: npm run bench:ui -- -g backups. The desktop lines above time what the\n' +
      "page's thread does before IPC takes the backup (the preload's size check and V8's\n" +
      "serializer, as Electron's IPC uses it), not contextBridge's copy, which walks the same\n" +
      "objects; and, the way back, V8's deserializer and unpacking, for a session main opened."
  )
  console.log(
    `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ` +
      `load average ${one.toFixed(2)} (1 min) ${five.toFixed(2)} (5 min)`
  )
}
