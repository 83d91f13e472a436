import { Worker } from 'node:worker_threads'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { sendFrame } from '../../src/main/rendererEvents'
import { setupTraining } from '../../src/main/trainingBridge'
import { createMainWindow } from '../../src/main/window'
import { eventChannels } from '@shared/channels'
import type { TrainingFrame } from '@shared/contract'
import { trainingFrameSchema } from '@shared/schemas'
import {
  app,
  FakeEvent,
  FakeWebContents,
  resetElectron,
  type FakeBrowserWindow
} from './support/electronMock'

vi.mock('electron', () => import('./support/electronMock'))

// The TrainingService is another module's job (and tested there with real workers): here it is a
// recorder, so these tests see exactly how the shell drives it.
const { services, FakeService } = vi.hoisted(() => {
  const services: InstanceType<typeof FakeService>[] = []
  class FakeService {
    readonly disposeOwner = vi.fn()
    readonly dispose = vi.fn(async () => undefined)
    constructor(
      readonly options: { createWorker: () => Worker; sendFrame: (id: number, f: unknown) => void }
    ) {
      services.push(this)
    }
  }
  return { services, FakeService }
})
vi.mock('../../src/main/training/service', () => ({ TrainingService: FakeService }))

function frame(runId = 'run-1'): TrainingFrame {
  return {
    runId,
    seq: 0,
    state: 'running',
    epoch: 0,
    totalEpochs: 10,
    points: {
      epochs: Float64Array.of(0),
      cost: Float64Array.of(0.69),
      accuracy: Float64Array.of(0.5)
    },
    downsampled: false,
    logLines: [],
    weights: [0, 0],
    bias: 0,
    epochsPerSecond: 0
  }
}

const createWorker = (): Worker => {
  throw new Error('not started in these tests')
}

let window: FakeBrowserWindow
let service: InstanceType<typeof FakeService>

beforeEach(() => {
  resetElectron()
  services.length = 0
  setupTraining(createWorker)
  service = services[0]
  window = createMainWindow() as unknown as FakeBrowserWindow
})
afterEach(() => resetElectron())

describe('setupTraining', () => {
  it('gives the service the worker factory and a frame sink', () => {
    expect(services).toHaveLength(1)
    expect(service.options.createWorker).toBe(createWorker)
    expect(service.options.sendFrame).toBe(sendFrame)
  })

  it('ends the runs of a window when it closes', () => {
    const owner = window.webContents.id
    window.close()
    expect(service.disposeOwner).toHaveBeenCalledWith(owner)
  })

  it('ends the runs of a window whose renderer died, leaving the window open', () => {
    window.show()
    window.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed' })
    expect(service.disposeOwner).toHaveBeenCalledExactlyOnceWith(window.webContents.id)
    expect(window.isDestroyed()).toBe(false)
  })

  it('ends the runs of a page that reloads or navigates, not on in-page or subframe moves', () => {
    const contents = window.webContents
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true })
    contents.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false })
    expect(service.disposeOwner).not.toHaveBeenCalled()
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false })
    expect(service.disposeOwner).toHaveBeenCalledExactlyOnceWith(contents.id)
  })

  it('stops all training when the app quits', () => {
    app.emit('will-quit', new FakeEvent())
    expect(service.dispose).toHaveBeenCalledOnce()
  })
})

describe('sendFrame', () => {
  it('sends a frame to the owning window on the frame channel only', () => {
    const other = createMainWindow() as unknown as FakeBrowserWindow
    sendFrame(window.webContents.id, frame())
    expect(window.webContents.sent).toEqual([{ channel: eventChannels.onFrame, payload: frame() }])
    expect(other.webContents.sent).toEqual([])
    expect(trainingFrameSchema.safeParse(window.webContents.sent[0].payload).success).toBe(true)
  })

  it('drops frames for a closed window instead of throwing', () => {
    const owner = window.webContents.id
    window.close()
    expect(() => sendFrame(owner, frame())).not.toThrow()
  })

  it('never sends to a web contents that is not one of our windows', () => {
    const foreign = new FakeWebContents()
    sendFrame(foreign.id, frame())
    expect(foreign.sent).toEqual([])
  })
})
