// Why a training worker was lost, carried in a run's `workerCrashed` problem as its `detail`.
// The reasons our own code knows are sent as codes, so the renderer can say them in the UI's
// language; an exception thrown in the worker keeps its own words (its message), shown as is.
export type WorkerLoss =
  | { kind: 'unknownMessage' }
  | { kind: 'unreadableMessage' }
  | { kind: 'stopped' }
  | { kind: 'exited'; exitCode: number }
  | { kind: 'failed'; message: string }

const PREFIX = 'worker-loss:'

/** The problem's detail for `loss`. */
export function workerLossDetail(loss: WorkerLoss): string {
  switch (loss.kind) {
    case 'failed':
      return loss.message
    case 'exited':
      return `${PREFIX}exited:${loss.exitCode}`
    default:
      return `${PREFIX}${loss.kind}`
  }
}

/** The loss a detail stands for; a detail that is no code is an exception's message. */
export function parseWorkerLossDetail(detail: string): WorkerLoss {
  if (!detail.startsWith(PREFIX)) return { kind: 'failed', message: detail }
  const code = detail.slice(PREFIX.length)
  if (code === 'unknownMessage' || code === 'unreadableMessage' || code === 'stopped') {
    return { kind: code }
  }
  const exited = /^exited:(-?\d+)$/.exec(code)
  if (exited) return { kind: 'exited', exitCode: Number(exited[1]) }
  return { kind: 'failed', message: detail }
}
