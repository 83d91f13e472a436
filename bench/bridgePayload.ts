// The desktop backup's cost on the page's thread, for `npm run bench -- --sessions`: what the page
// spends before a session is on its way to main, the session sent as it is (the cell texts as
// [row, text] pairs) against its texts packed (shared/session/packedTexts.ts). Electron's IPC
// serializes with V8's ValueSerializer on the sender's thread, as node:v8's serialize does; the
// preload checks the payload's size first (isWithinPayloadSize). contextBridge's copy into the
// preload's world, a walk of the same objects, is not measured here. Also the way back (a
// session main opened): V8's deserializer, and unpacking. Reported, never asserted.
import { deserialize, serialize } from 'node:v8'
import { isWithinPayloadSize } from '@shared/payloadSize'
import type { Session } from '@shared/session/index'
import { packSession, unpackSession } from '@shared/session/packedTexts'
import { median, timed } from './stats'

export interface BridgeResult {
  /** Backup, the session as it is: the size check, then V8's serializer. */
  plain: { checkMs: number; serializeMs: number }
  /** Backup, texts packed: packing, the size check, then V8's serializer. */
  packed: { packMs: number; checkMs: number; serializeMs: number }
  /** Opening, the way back: V8's deserializer (and, packed, unpacking) on the page's thread. */
  open: { plainMs: number; packedMs: number; unpackMs: number }
  plainBytes: number
  packedBytes: number
}

/** Medians of `repeat` rounds, plain and packed in turn in each; one untimed round first. */
export function measureBridge(session: Session, repeat: number): BridgeResult {
  const laps: number[][] = Array.from({ length: 8 }, () => [])
  let plainBytes = 0
  let packedBytes = 0
  for (let round = 0; round <= repeat; round++) {
    const [, plainCheck] = timed(() => isWithinPayloadSize({ session }))
    const [plain, plainSerialize] = timed(() => serialize({ session }))
    const [wire, pack] = timed(() => packSession(session))
    const [, packedCheck] = timed(() => isWithinPayloadSize({ session: wire }))
    const [packed, packedSerialize] = timed(() => serialize({ session: wire }))
    const [, plainOpen] = timed(() => deserialize(plain))
    const [back, packedOpen] = timed(() => deserialize(packed) as { session: typeof wire })
    const [, unpack] = timed(() => unpackSession(back.session))
    plainBytes = plain.byteLength
    packedBytes = packed.byteLength
    const lap = [
      plainCheck,
      plainSerialize,
      pack,
      packedCheck,
      packedSerialize,
      plainOpen,
      packedOpen,
      unpack
    ]
    if (round > 0) lap.forEach((ms, i) => laps[i].push(ms))
  }
  const [plainCheck, plainSerialize, pack, packedCheck, packedSerialize, ...open] = laps.map(median)
  return {
    plain: { checkMs: plainCheck, serializeMs: plainSerialize },
    packed: { packMs: pack, checkMs: packedCheck, serializeMs: packedSerialize },
    open: { plainMs: open[0], packedMs: open[1], unpackMs: open[2] },
    plainBytes,
    packedBytes
  }
}

/** The report's lines. */
export function bridgeLines(name: string, rows: number, result: BridgeResult): string[] {
  const ms = (value: number): string => `${value.toFixed(1)} ms`
  const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`
  const { plain, packed, open } = result
  const plainTotal = plain.checkMs + plain.serializeMs
  const packedTotal = packed.packMs + packed.checkMs + packed.serializeMs
  return [
    `Desktop backup on the page's thread ('${name}', ${rows.toLocaleString('en-US')} x 8):`,
    `  plain session  ${ms(plainTotal).padStart(9)}: size check ${ms(plain.checkMs)}, ` +
      `V8 serialize ${ms(plain.serializeMs)} (${mb(result.plainBytes)})`,
    `  texts packed   ${ms(packedTotal).padStart(9)}: pack ${ms(packed.packMs)}, ` +
      `size check ${ms(packed.checkMs)}, V8 serialize ${ms(packed.serializeMs)} ` +
      `(${mb(result.packedBytes)})`,
    `  the way back (open): V8 deserialize ${ms(open.plainMs)} plain; ` +
      `${ms(open.packedMs + open.unpackMs)} packed (deserialize ${ms(open.packedMs)}, ` +
      `unpack ${ms(open.unpackMs)})`
  ]
}
