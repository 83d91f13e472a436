// Big sessions are encoded and decoded on the codec worker, not on main's thread, with the same
// bytes and session as main would make; a worker that dies leaves the job to main, not lost.
import { describe, expect, it } from 'vitest'
import { labConfig } from '@core'
import { runCodecJob, type CodecJob } from '../../../src/main/files/codecJobs'
import { INLINE_LIMIT_BYTES, sessionCodec } from '../../../src/main/files/sessionCodec'
import { WorkerCodec } from '../../../src/main/files/workerCodec'
import { tsSourceWorker } from '../../../src/node/tsSourceWorker'
import { sessionOf } from '../../shared/session/sessionFixtures'
import { syntheticDataset } from '../../support/syntheticData'

const codecEntry = new URL('../../../src/main/files/codecWorker.ts', import.meta.url)

function bigJob(): Extract<CodecJob, { kind: 'encode' }> {
  const session = sessionOf(syntheticDataset(20_000, 8, 7), labConfig)
  return { kind: 'encode', session, appVersion: '0.1.0', savedAt: Date.UTC(2025, 2, 1) }
}

describe('the codec worker', () => {
  it('encodes and decodes a big session exactly as main would', async () => {
    let started = 0
    const worker = new WorkerCodec(() => (started++, tsSourceWorker(codecEntry)))
    const codec = sessionCodec(worker)
    try {
      const job = bigJob()
      const encoded = await codec.run(job)
      expect(started).toBe(1)
      const inline = runCodecJob(job)
      if (encoded.kind !== 'encoded' || inline.kind !== 'encoded') throw new Error('not encoded')
      expect(encoded.bytes.byteLength).toBeGreaterThan(INLINE_LIMIT_BYTES)
      expect(Buffer.from(encoded.bytes).equals(Buffer.from(inline.bytes))).toBe(true)
      const decoded = await codec.run({ kind: 'decodeSession', bytes: encoded.bytes.slice() })
      expect(decoded).toMatchObject({ kind: 'decoded', result: { ok: true } })
      if (decoded.kind === 'decoded' && decoded.result.ok) {
        expect(decoded.result.session).toEqual(job.session)
      }
    } finally {
      await worker.dispose()
    }
  })

  it('keeps small jobs on main: a worker costs more than they do', async () => {
    let started = 0
    const codec = sessionCodec(new WorkerCodec(() => (started++, tsSourceWorker(codecEntry))))
    const small = { ...bigJob(), session: sessionOf(syntheticDataset(10, 2, 1), labConfig) }
    expect((await codec.run(small)).kind).toBe('encoded')
    expect(started).toBe(0)
  })

  it('does the job on main when the worker dies, and starts a new one next time', async () => {
    let started = 0
    const broken = new URL('./exitingCodecWorker.ts', import.meta.url)
    const worker = new WorkerCodec(() => tsSourceWorker(started++ === 0 ? broken : codecEntry))
    const codec = sessionCodec(worker)
    try {
      const job = bigJob()
      expect((await codec.run(job)).kind).toBe('encoded')
      expect((await codec.run(job)).kind).toBe('encoded')
      expect(started).toBe(2)
    } finally {
      await worker.dispose()
    }
  })
})
