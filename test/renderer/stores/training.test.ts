import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { watch } from 'vue'
import { labConfig } from '@core/config'
import { useTrainingStore } from '@renderer/stores/training'
import { useSettingsStore } from '@renderer/stores/settings'
import { useDatasetStore } from '@renderer/stores/dataset'
import { initialParametersFor } from '@renderer/stores/shownModel'
import { FRAME_FALLBACK_MS } from '@renderer/stores/frameBatcher'
import { makeFrame } from '../support/fakeLabApi'
import { settle, setupStores, stubAnimationFrames, type AnimationFrames } from '../support/harness'

let frames: AnimationFrames

beforeEach(() => {
  frames = stubAnimationFrames()
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

async function startedRun() {
  const harness = setupStores()
  const training = useTrainingStore()
  expect(await training.train()).toBe(true)
  return { ...harness, training }
}

describe('training store', () => {
  it("sends the lab's data and settings on Train", async () => {
    const { api, training } = await startedRun()
    const request = api.trainRequests[0]
    expect(request.config).toEqual(labConfig)
    expect(request.speed).toEqual({ mode: 'max' })
    expect(request.data.rows).toBe(6)
    expect(request.data.cols).toBe(2)
    expect(Array.from(request.data.x)).toEqual([1, 2, 2, 3, 3, 1, 4, 3, 5, 3, 6, 2])
    expect(Array.from(request.data.y)).toEqual([0, 0, 0, 1, 1, 1])
    expect(training.runId).toBe('run-1')
    expect(training.status).toBe('running')
    // Structured-cloneable: no Vue proxies reach the worker.
    expect(() => structuredClone(request)).not.toThrow()
  })

  it('applies frames once per animation frame, however many arrive', async () => {
    const { api, training } = await startedRun()
    const epochsSeen: number[] = []
    watch(
      () => training.epoch,
      (epoch) => epochsSeen.push(epoch),
      { flush: 'sync' }
    )
    api.emitFrame(makeFrame('run-1', 0, [0, 1, 2]))
    api.emitFrame(makeFrame('run-1', 1, [3, 4]))
    api.emitFrame(makeFrame('run-1', 2, [5, 6, 7]))
    expect(training.epoch).toBe(-1)
    expect(training.history.length).toBe(0)
    expect(frames.pending).toBe(1)

    frames.run()
    expect(training.epoch).toBe(7)
    expect(Array.from(training.history.epochs)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(training.weights).toEqual([7, -7])
    expect(training.epochsPerSecond).toBe(1234)
    expect(training.logLines.map((line) => line.text)).toEqual(['line 0'])
    api.emitFrame(makeFrame('run-1', 3, [8]))
    api.emitFrame(makeFrame('run-1', 4, [9]))
    frames.run()
    // The UI saw one change per animation frame, not one per training frame.
    expect(epochsSeen).toEqual([7, 9])
  })

  it("reserves room for the run's epochs on Train, so no frame copies the history", async () => {
    const { api } = setupStores()
    useSettingsStore().setNumber('epochs', '4999')
    const training = useTrainingStore()
    expect(await training.train()).toBe(true)
    const buffer = training.history.epochs.buffer
    expect(buffer.byteLength).toBe(5000 * Float64Array.BYTES_PER_ELEMENT)
    for (let seq = 0; seq < 5; seq++) {
      const epochs = Array.from({ length: 1000 }, (_, i) => seq * 1000 + i)
      api.emitFrame(makeFrame('run-1', seq, epochs))
      frames.run()
    }
    expect(training.history.length).toBe(5000)
    expect(training.history.epochs.buffer).toBe(buffer)
  })

  it('appends log lines in place instead of rebuilding the array', async () => {
    const { api, training } = await startedRun()
    const array = training.logLines
    api.emitFrame(makeFrame('run-1', 0, [0, 100]))
    frames.run()
    api.emitFrame(makeFrame('run-1', 1, [200]))
    frames.run()
    expect(training.logLines).toBe(array)
    expect(array.map((line) => line.text)).toEqual(['line 0', 'line 100', 'line 200'])
  })

  it('ignores frames of another run id', async () => {
    const { api, training } = await startedRun()
    api.emitFrame(makeFrame('run-0', 0, [0, 1, 2, 3]))
    api.emitFrame(makeFrame('run-1', 0, [0]))
    frames.run()
    expect(training.epoch).toBe(0)
    expect(training.history.length).toBe(1)
  })

  it('ignores late frames of a run that was replaced by a new one', async () => {
    const { api, training } = await startedRun()
    api.emitFrame(makeFrame('run-1', 0, [0], { state: 'stopped' }))
    frames.run()
    await training.train()
    expect(training.runId).toBe('run-2')
    api.emitFrame(makeFrame('run-1', 1, [1, 2, 3]))
    api.emitFrame(makeFrame('run-2', 0, [0]))
    frames.run()
    expect(Array.from(training.history.epochs)).toEqual([0])
    expect(training.status).toBe('running')
  })

  it('keeps frames that arrive before train() answers with the run id', async () => {
    const { api } = setupStores()
    const training = useTrainingStore()
    let open = (): void => undefined
    api.trainGate = new Promise((resolve) => (open = resolve))
    const started = training.train()
    expect(training.starting).toBe(true)
    api.emitFrame(makeFrame('run-1', 0, [0, 1]))
    api.emitFrame(makeFrame('old-run', 7, [50]))
    open()
    await started
    frames.run()
    expect(Array.from(training.history.epochs)).toEqual([0, 1])
  })

  it('applies queued frames after a while even without animation frames (hidden window)', async () => {
    const { api, training } = await startedRun()
    api.emitFrame(makeFrame('run-1', 0, [0, 1]))
    vi.advanceTimersByTime(FRAME_FALLBACK_MS)
    expect(training.epoch).toBe(1)
  })

  it('shows the state, the problem and the weights of the last frame', async () => {
    const { api, training } = await startedRun()
    api.emitFrame(
      makeFrame('run-1', 0, [0, 1], {
        state: 'diverged',
        problem: { code: 'diverged', epoch: 1, quantity: 'gradients' }
      })
    )
    frames.run()
    expect(training.status).toBe('diverged')
    expect(training.problem).toEqual({ code: 'diverged', epoch: 1, quantity: 'gradients' })
    expect(training.weights).toEqual([1, -1])
    expect(training.bias).toBe(-1)
    expect(training.isActive).toBe(false)
    expect(training.canTrain).toBe(true)
  })

  it('shows one model: the initial one of the settings, then the run’s, then the initial again when the columns change', async () => {
    const { api, training } = await startedRun()
    const settings = useSettingsStore()
    const data = useDatasetStore()
    expect(training.shownModel).toEqual({ weights: [0, 0], bias: 0, source: 'initial' })
    settings.setInit('torch')
    settings.setNumber('seed', '1')
    const torch = initialParametersFor('torch', 1, 2)
    expect(training.shownModel).toEqual({
      weights: Array.from(torch.weights),
      bias: torch.bias,
      source: 'initial'
    })
    api.emitFrame(makeFrame('run-1', 0, [0, 1]))
    frames.run()
    expect(training.shownModel).toEqual({ weights: [1, -1], bias: -1, source: 'model' })
    // The same object while nothing it depends on changes: views of it do not recompute.
    const shown = training.shownModel
    settings.setNumber('threshold', '0.7')
    expect(training.shownModel).toBe(shown)
    data.addFeature()
    expect(training.shownModel).toMatchObject({ source: 'initial' })
    expect(training.shownModel.weights).toHaveLength(3)
  })

  it('disables Train while the data is invalid, and says it is the data', async () => {
    const { api } = setupStores()
    const training = useTrainingStore()
    const data = useDatasetStore()
    expect(training.canTrain).toBe(true)
    data.setCell(2, 1, 'abc')
    expect(training.canTrain).toBe(false)
    expect(training.trainBlocker).toBe('data')
    expect(await training.train()).toBe(false)
    expect(api.trainRequests).toHaveLength(0)
    data.setCell(2, 1, '1')
    expect(training.canTrain).toBe(true)
  })

  it('disables Train while a setting is refused', () => {
    setupStores()
    const training = useTrainingStore()
    useSettingsStore().setNumber('epochs', '-3')
    expect(training.trainBlocker).toBe('settings')
  })

  it('pauses, resumes, steps and stops the current run', async () => {
    const { api, training } = await startedRun()
    await training.pause()
    api.emitFrame(makeFrame('run-1', 0, [0], { state: 'paused' }))
    frames.run()
    await training.step(5)
    await training.resume()
    await training.stop()
    expect(api.calls.slice(1).map((call) => [call.method, ...call.args])).toEqual([
      ['pause', 'run-1'],
      ['step', 'run-1', 5],
      ['resume', 'run-1'],
      ['stop', 'run-1']
    ])
  })

  it('Step before a run starts one paused, then steps it', async () => {
    const { api } = setupStores()
    const training = useTrainingStore()
    training.stepUnit = 'logInterval'
    await training.stepOnce()
    expect(api.trainRequests[0].startPaused).toBe(true)
    expect(api.callsTo('step')).toEqual([['run-1', 1]])
  })

  it('Step does nothing while the run is running (Space pauses it first)', async () => {
    const { api, training } = await startedRun()
    api.emitFrame(makeFrame('run-1', 0, [0, 1, 2]))
    frames.run()
    expect(training.canStep).toBe(false)
    await training.stepOnce()
    expect(api.callsTo('step')).toEqual([])
    expect(api.trainRequests).toHaveLength(1)
  })

  it('one log interval steps to the next logged epoch', async () => {
    const { api, training } = await startedRun()
    training.stepUnit = 'logInterval'
    api.emitFrame(
      makeFrame('run-1', 0, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], { state: 'paused' })
    )
    frames.run()
    expect(training.epochsPerStep()).toBe(89) // epoch 11 -> epoch 100
    api.emitFrame(makeFrame('run-1', 1, [950, 990], { state: 'paused' }))
    frames.run()
    expect(training.epochsPerStep()).toBe(10) // never past N = 1000
    training.stepUnit = 'epoch'
    expect(training.epochsPerStep()).toBe(1)
  })

  it('Reset weights stops the run, clears everything and ignores its later frames', async () => {
    const { api, training } = await startedRun()
    api.emitFrame(makeFrame('run-1', 0, [0, 100]))
    frames.run()
    const resets: string[] = []
    training.history.subscribe((event) => resets.push(event.kind))
    await training.resetWeights()
    expect(api.callsTo('stop')).toEqual([['run-1']])
    expect(training.status).toBe('idle')
    expect(training.epoch).toBe(-1)
    expect(training.logLines).toEqual([])
    expect(training.weights).toEqual([])
    expect(resets).toEqual(['reset'])
    api.emitFrame(makeFrame('run-1', 1, [101, 102], { state: 'stopped' }))
    frames.run()
    expect(training.history.length).toBe(0)
    expect(training.status).toBe('idle')
  })

  it('changes the speed of the run in progress', async () => {
    const { api, training } = await startedRun()
    await training.setSpeed({ mode: 'paced', epochsPerSecond: 5 })
    expect(useSettingsStore().speed).toEqual({ mode: 'paced', epochsPerSecond: 5 })
    expect(api.callsTo('setSpeed')).toEqual([['run-1', { mode: 'paced', epochsPerSecond: 5 }]])
  })

  it('keeps the speed for the next run when nothing runs', async () => {
    const { api } = setupStores()
    const training = useTrainingStore()
    await training.setSpeed({ mode: 'paced', epochsPerSecond: 2 })
    expect(api.callsTo('setSpeed')).toEqual([])
    await training.train()
    expect(api.trainRequests[0].speed).toEqual({ mode: 'paced', epochsPerSecond: 2 })
  })

  it('says why when the trainer refuses a run', async () => {
    const { api } = setupStores()
    const training = useTrainingStore()
    api.trainFailure = {
      ok: false,
      error: { code: 'invalidData', field: 'data.x', message: 'too many cells' }
    }
    expect(await training.train()).toBe(false)
    expect(training.requestError?.code).toBe('invalidData')
    expect(training.status).toBe('idle')
    expect(training.canTrain).toBe(true)
  })

  it('Space trains, then pauses, then resumes', async () => {
    const { api } = setupStores()
    const training = useTrainingStore()
    await training.toggle()
    expect(api.trainRequests).toHaveLength(1)
    await training.toggle()
    expect(api.callsTo('pause')).toEqual([['run-1']])
    api.emitFrame(makeFrame('run-1', 0, [0], { state: 'paused' }))
    frames.run()
    await training.toggle()
    expect(api.callsTo('resume')).toEqual([['run-1']])
    await settle()
  })

  it('stops listening to frames when the store is disposed', () => {
    const { api } = setupStores()
    const training = useTrainingStore()
    expect(api.frameListenerCount).toBe(1)
    training.$dispose()
    expect(api.frameListenerCount).toBe(0)
  })
})
