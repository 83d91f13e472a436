// Where the codec runs: small jobs on main, where they take a few milliseconds (less than a
// worker's start), big ones on the codec worker, so main's event loop never waits long for
// them. Measured (bench --documents): encoding runs at ~110 MB/s and decoding at ~230 MB/s here,
// so 1 MiB costs main at most ~10 ms, under one frame.
import { jobBytes, runCodecJob, type CodecJob, type CodecOutcome } from './codecJobs'
import { CodecWorkerLost, type WorkerCodec } from './workerCodec'

export const INLINE_LIMIT_BYTES = 1 << 20

export interface SessionCodec {
  run(job: CodecJob): Promise<CodecOutcome>
}

/** `worker` null: every job on the calling thread (the CLI, tests of small files). */
export function sessionCodec(worker: WorkerCodec | null): SessionCodec {
  return {
    async run(job) {
      if (worker === null || jobBytes(job) <= INLINE_LIMIT_BYTES) return runCodecJob(job)
      try {
        return await worker.run(job)
      } catch (error) {
        if (!(error instanceof CodecWorkerLost)) throw error
        // The work is still owed to the user: slower here than lost.
        console.error('The codec worker was lost; doing its job on the main thread', error)
        return runCodecJob(job)
      }
    }
  }
}
