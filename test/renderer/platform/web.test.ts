// The web edition's LabApi over the real worker handler, run in-process (see inProcessWorker.ts).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createWebLabApi, WARM_UP_REQUEST } from '@renderer/platform/web'
import { parseRequest } from '@shared/validation'
import type { LabApi, TrainingFrame, TrainRequest } from '@shared/contract'
import { externalLinks } from '@shared/externalLinks'
import { toyRequest } from '../../core/runnerFakes'
import { labLog } from '../../support/labLog'
import { InProcessWorker } from './inProcessWorker'

let workers: InProcessWorker[] = []

afterEach(() => {
  for (const worker of workers) worker.terminate()
  workers = []
})

function webApi(breaksOn?: string[]): { api: LabApi; frames: TrainingFrame[]; opened: string[] } {
  const frames: TrainingFrame[] = []
  const opened: string[] = []
  const api = createWebLabApi({
    createWorker: () => {
      const worker = new InProcessWorker(breaksOn?.[workers.length])
      workers.push(worker)
      return worker
    },
    openWindow: (url) => opened.push(url)
  })
  api.onFrame((frame) => frames.push(frame))
  return { api, frames, opened }
}

async function train(api: LabApi, request: TrainRequest): Promise<string> {
  const result = await api.train(request)
  if (!result.ok) throw new Error(result.error.message)
  return result.value.runId
}

/** Waits (on real timers) until `check` holds. */
async function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

const final = ['done', 'stopped', 'diverged', 'error']
const ended = (frames: TrainingFrame[], runId: string) => (): boolean =>
  frames.some((frame) => frame.runId === runId && final.includes(frame.state))
const lastOf = (frames: TrainingFrame[], runId: string): TrainingFrame =>
  frames.filter((frame) => frame.runId === runId).at(-1) as TrainingFrame
const linesOf = (frames: TrainingFrame[], runId: string): string[] =>
  frames
    .filter((frame) => frame.runId === runId)
    .flatMap((frame) => frame.logLines.map((line) => line.text))

describe('the web edition LabApi', () => {
  it('starts its worker when the page is idle, and the first run trains on that one', async () => {
    const idle: { callback?: () => void } = {}
    const frames: TrainingFrame[] = []
    const api = createWebLabApi({
      createWorker: () => {
        const worker = new InProcessWorker()
        workers.push(worker)
        return worker
      },
      whenIdle: (callback) => (idle.callback = callback)
    })
    api.onFrame((frame) => frames.push(frame))
    expect(workers).toHaveLength(0) // nothing before the page is idle
    expect(idle.callback).toBeTypeOf('function')
    idle.callback?.()
    expect(workers).toHaveLength(1)
    // The request it readies the checks with is one they accept.
    expect(parseRequest('train', WARM_UP_REQUEST).ok).toBe(true)
    const runId = await train(api, toyRequest())
    await until(ended(frames, runId))
    expect(workers).toHaveLength(1)
    expect(linesOf(frames, runId)).toEqual(labLog)
  })

  it('says it is the web platform and trains the lab through its worker', async () => {
    const { api, frames } = webApi()
    expect(api.platform).toBe('web')
    const request = toyRequest()
    const runId = await train(api, request)
    await until(ended(frames, runId))
    expect(lastOf(frames, runId)).toMatchObject({ state: 'done', epoch: 1000 })
    const seqs = frames.map((frame) => frame.seq)
    expect(seqs).toEqual(seqs.map((_, i) => i))
    expect(linesOf(frames, runId)).toEqual(labLog)
    // the page keeps its data, as with the desktop app's IPC
    expect(request.data.x).toHaveLength(12)
    expect(workers).toHaveLength(1)
  })

  it('refuses bad data naming the row and column, without starting a worker', async () => {
    const { api } = webApi()
    const request = toyRequest()
    request.data.y[1] = 0.5
    expect(await api.train(request)).toMatchObject({
      ok: false,
      error: { code: 'invalidData', field: 'data.y[1]' }
    })
    expect(workers).toHaveLength(0)
  })

  it('pauses, steps, resumes and stops at epoch boundaries', async () => {
    const { api, frames } = webApi()
    const runId = await train(api, { ...toyRequest({ epochs: 2_000_000 }), startPaused: true })
    await until(() => frames.length > 0)
    expect(frames[0]).toMatchObject({ state: 'paused', epoch: -1 })
    expect(await api.command(runId, { kind: 'step', epochs: 10 })).toEqual({
      ok: true,
      value: null
    })
    await until(() => lastOf(frames, runId).epoch === 9)
    expect(lastOf(frames, runId).state).toBe('paused')
    await api.command(runId, { kind: 'resume' })
    await until(() => lastOf(frames, runId).epoch > 1000)
    await api.command(runId, { kind: 'pause' })
    await until(() => lastOf(frames, runId).state === 'paused')
    await api.command(runId, { kind: 'setSpeed', speed: { mode: 'paced', epochsPerSecond: 30 } })
    await api.command(runId, { kind: 'resume' })
    await api.command(runId, { kind: 'stop' })
    await until(ended(frames, runId))
    const run = frames.filter((frame) => frame.runId === runId)
    const last = lastOf(frames, runId)
    expect(last.state).toBe('stopped')
    const epochs = run.flatMap((frame) => Array.from(frame.points.epochs))
    expect(epochs).toEqual(epochs.map((_, i) => i))
    expect(epochs.at(-1)).toBe(last.epoch)
    expect(await api.command(runId, { kind: 'step', epochs: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload', field: 'command.epochs' }
    })
    expect(await api.command('web-other', { kind: 'pause' })).toMatchObject({
      ok: false,
      error: { code: 'noSuchRun' }
    })
  })

  it('delivers nothing of a replaced run once the next one started', async () => {
    const { api, frames } = webApi()
    const first = await train(api, toyRequest({ epochs: 5_000_000 }))
    await until(() => frames.some((frame) => frame.runId === first && frame.epoch > 0))
    const second = await train(api, toyRequest({ epochs: 2000 }))
    const from = frames.length
    await until(ended(frames, second))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(frames.slice(from).every((frame) => frame.runId === second)).toBe(true)
    expect(lastOf(frames, second)).toMatchObject({ state: 'done', epoch: 2000 })
  })

  it('ends the run with an error frame when the worker fails, then trains in a fresh one', async () => {
    const { api, frames } = webApi(['pause'])
    const first = await train(api, toyRequest({ epochs: 5_000_000 }))
    await until(() => frames.some((frame) => frame.runId === first && frame.epoch > 0))
    await api.command(first, { kind: 'pause' })
    await until(ended(frames, first))
    expect(lastOf(frames, first)).toMatchObject({
      state: 'error',
      problem: { code: 'workerCrashed', loss: { kind: 'failed', message: 'Uncaught Error: boom' } }
    })
    expect(workers[0].terminated).toBe(true)
    const second = await train(api, toyRequest())
    await until(ended(frames, second))
    expect(lastOf(frames, second).state).toBe('done')
    expect(workers).toHaveLength(2)
  })

  it.each([
    ['an error event with no message', 'error', new ErrorEvent('error'), { kind: 'stopped' }],
    [
      'a message it cannot read',
      'messageerror',
      new MessageEvent('messageerror'),
      { kind: 'unreadableMessage' }
    ],
    [
      'a message that is not ours',
      'message',
      new MessageEvent('message', { data: { hello: 1 } }),
      { kind: 'unknownMessage' }
    ]
  ] as const)(
    'says, in a form the UI translates, that the worker failed by %s',
    async (_, type, event, loss) => {
      const { api, frames } = webApi()
      const run = await train(api, toyRequest({ epochs: 5_000_000 }))
      await until(() => frames.some((frame) => frame.runId === run && frame.epoch > 0))
      workers[0].breakWith(type, event)
      await until(ended(frames, run))
      expect(lastOf(frames, run)).toMatchObject({
        state: 'error',
        problem: { code: 'workerCrashed', loss }
      })
      expect(workers[0].terminated).toBe(true)
    }
  )

  it('stops calling a listener once it unsubscribed', async () => {
    const { api, frames } = webApi()
    const mine: TrainingFrame[] = []
    const unsubscribe = api.onFrame((frame) => mine.push(frame))
    const first = await train(api, toyRequest({ epochs: 100 }))
    await until(ended(frames, first))
    unsubscribe()
    const count = mine.length
    const second = await train(api, toyRequest({ epochs: 100 }))
    await until(ended(frames, second))
    expect(count).toBeGreaterThan(0)
    expect(mine).toHaveLength(count)
  })

  it('opens only the allow-listed pages, and has no menu', async () => {
    const { api, opened } = webApi()
    expect(await api.openExternal(externalLinks.course)).toEqual({ ok: true, value: null })
    expect(await api.openExternal(externalLinks.project)).toEqual({ ok: true, value: null })
    for (const url of [
      'http://deeplearningzerotoall.github.io/season2/',
      'https://github.com/deeplearningzerotoall/PyTorch/../evil',
      'javascript:alert(1)',
      'https://example.com/'
    ]) {
      expect(await api.openExternal(url)).toMatchObject({
        ok: false,
        error: { code: 'invalidPayload', field: 'url' }
      })
    }
    expect(opened).toEqual([externalLinks.course, externalLinks.project])
    expect(await api.setPreferences({ locale: 'ko', theme: 'dark', presenting: false })).toEqual({
      ok: true,
      value: null
    })
    expect(typeof api.onMenuCommand(() => undefined)).toBe('function')
  })

  it("prints the report with the browser's dialog, and refuses a name with a folder", async () => {
    const print = vi.fn()
    const api = createWebLabApi({ print })
    const report = { suggestedName: 'logit-lab-report.pdf' }
    expect(await api.printReport(report)).toEqual({ ok: true, value: null })
    expect(await api.printReport({ suggestedName: '../up.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload', field: 'suggestedName' }
    })
    expect(print).toHaveBeenCalledTimes(1)
  })
})
