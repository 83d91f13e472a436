// What main and the codec worker say to each other: one job per request, numbered.
import type { CodecJob, CodecOutcome } from './codecJobs'

export interface CodecRequest {
  id: number
  job: CodecJob
}

export type CodecReply = { id: number; outcome: CodecOutcome } | { id: number; failure: string }
