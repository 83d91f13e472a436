// A LabApi for tests: records every call, answers like the real ones, and lets a test push frames
// and menu commands as the trainer and the desktop menu would.
import type {
  ApiResult,
  LabApi,
  MenuCommand,
  DocumentEvent,
  DocumentState,
  ExportFile,
  ReportRequest,
  RunCommand,
  Session,
  ShellPreferences,
  TrainRequest,
  TrainingFrame
} from '@shared/contract'

export interface RecordedCall {
  method: string
  args: unknown[]
}

const ok: ApiResult<null> = { ok: true, value: null }

export class FakeLabApi implements LabApi {
  readonly platform = 'web' as const
  readonly calls: RecordedCall[] = []
  readonly trainRequests: TrainRequest[] = []
  private readonly frameListeners = new Set<(frame: TrainingFrame) => void>()
  private readonly menuListeners = new Set<(command: MenuCommand) => void>()
  private readonly documentListeners = new Set<(event: DocumentEvent) => void>()
  private runCount = 0
  /** When set, train() waits for this promise before answering (to test early frames). */
  trainGate: Promise<void> | null = null
  /** When set, train() answers with this instead of a new run id. */
  trainFailure: ApiResult<{ runId: string }> | null = null

  callsTo(method: string): unknown[][] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args)
  }

  async train(request: TrainRequest): Promise<ApiResult<{ runId: string }>> {
    this.calls.push({ method: 'train', args: [request] })
    this.trainRequests.push(request)
    if (this.trainGate) await this.trainGate
    if (this.trainFailure) return this.trainFailure
    this.runCount++
    return { ok: true, value: { runId: `run-${this.runCount}` } }
  }

  private record(method: string, ...args: unknown[]): Promise<ApiResult<null>> {
    this.calls.push({ method, args })
    return Promise.resolve(ok)
  }

  /**
   * Recorded under the command's kind, with the run id and the command's own fields after it:
   * `callsTo('step')` is `[['run-1', 10]]`, `callsTo('setSpeed')` is `[['run-1', speed]]`.
   */
  command(runId: string, command: RunCommand): Promise<ApiResult<null>> {
    const { kind, ...fields } = command
    return this.record(kind, runId, ...Object.values(fields))
  }

  setPreferences(preferences: ShellPreferences): Promise<ApiResult<null>> {
    return this.record('setPreferences', preferences)
  }

  openExternal(url: string): Promise<ApiResult<null>> {
    return this.record('openExternal', url)
  }

  onFrame(listener: (frame: TrainingFrame) => void): () => void {
    this.frameListeners.add(listener)
    return () => this.frameListeners.delete(listener)
  }

  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    this.menuListeners.add(listener)
    return () => this.menuListeners.delete(listener)
  }

  // The document requests, recorded; each answers as a user who cancelled would (null).
  saveSession(session: Session, options: { as: boolean }): Promise<ApiResult<null>> {
    return this.record('saveSession', session, options)
  }

  openDocument(): Promise<ApiResult<null>> {
    return this.record('openDocument')
  }

  answerOpen(token: string, accept: boolean): Promise<ApiResult<null>> {
    return this.record('answerOpen', token, accept)
  }

  openDroppedFile(file: File): Promise<ApiResult<null>> {
    return this.record('openDroppedFile', file)
  }

  newDocument(): Promise<ApiResult<null>> {
    return this.record('newDocument')
  }

  backupSession(session: Session): Promise<ApiResult<null>> {
    return this.record('backupSession', session)
  }

  setDocumentState(state: DocumentState): Promise<ApiResult<null>> {
    return this.record('setDocumentState', state)
  }

  answerClose(token: string, close: boolean): Promise<ApiResult<null>> {
    return this.record('answerClose', token, close)
  }

  answerRecovery(restore: boolean): Promise<ApiResult<null>> {
    return this.record('answerRecovery', restore)
  }

  exportFile(file: ExportFile): Promise<ApiResult<null>> {
    return this.record('exportFile', file)
  }

  printReport(request: ReportRequest): Promise<ApiResult<null>> {
    return this.record('printReport', request)
  }

  onDocumentEvent(listener: (event: DocumentEvent) => void): () => void {
    this.documentListeners.add(listener)
    return () => this.documentListeners.delete(listener)
  }

  emitDocument(event: DocumentEvent): void {
    for (const listener of this.documentListeners) listener(event)
  }

  get frameListenerCount(): number {
    return this.frameListeners.size
  }

  emitFrame(frame: TrainingFrame): void {
    for (const listener of this.frameListeners) listener(frame)
  }

  emitMenu(command: MenuCommand): void {
    for (const listener of this.menuListeners) listener(command)
  }
}

/** A frame of run `runId` covering `epochs` (cost falling, accuracy rising), like the runner's. */
export function makeFrame(
  runId: string,
  seq: number,
  epochs: number[],
  overrides: Partial<TrainingFrame> = {}
): TrainingFrame {
  const last = epochs.length > 0 ? epochs[epochs.length - 1] : -1
  return {
    runId,
    seq,
    state: 'running',
    epoch: last,
    totalEpochs: 1000,
    points: {
      epochs: Float64Array.from(epochs),
      cost: Float64Array.from(epochs, (e) => 1 / (e + 2)),
      accuracy: Float64Array.from(epochs, (e) => Math.min(1, e / 100))
    },
    downsampled: false,
    logLines: epochs
      .filter((e) => e % 100 === 0)
      .map((e) => ({ epoch: e, cost: 1 / (e + 2), accuracy: 0, text: `line ${e}` })),
    weights: [last, -last],
    bias: -last,
    epochsPerSecond: 1234,
    ...overrides
  }
}
