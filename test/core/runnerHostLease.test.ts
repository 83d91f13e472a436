// The runner host and a run's accumulator: one that takes a moment to start (the parallel one)
// holds the run's commands until it is there; it is released when the run ends or is replaced;
// one that cannot start leaves the run to the Trainer's own pass.
import { describe, expect, it } from 'vitest'
import { accumulate } from '@core'
import { createRunnerHost, type AccumulatorLease } from '@core/runnerHost'
import type { FromWorker } from '@core/runnerProtocol'
import type { RunData, RunFrame } from '@core/runnerTypes'
import { ManualClock, labCosts, logTextOf, toyRequest } from './runnerFakes'

interface Granted {
  lease: AccumulatorLease
  epochs: () => number
  released: () => boolean
}

function countingLease(data: RunData): Granted {
  let epochs = 0
  let released = false
  const lease: AccumulatorLease = {
    accumulator: {
      accumulate(params, threshold, sums) {
        epochs++
        accumulate(
          { x: data.x, y: data.y, d: data.cols },
          params,
          threshold,
          null,
          0,
          data.rows,
          sums
        )
      }
    },
    release: () => {
      released = true
    }
  }
  return { lease, epochs: () => epochs, released: () => released }
}

/** A host whose accumulator arrives when the test says so. */
function setup(offer: 'later' | 'fails' = 'later') {
  const clock = new ManualClock()
  const messages: FromWorker[] = []
  const granted: Granted[] = []
  const grants: (() => void)[] = []
  const host = createRunnerHost((message) => messages.push(message), {
    createClock: () => clock,
    accumulatorFor: (data) =>
      new Promise<AccumulatorLease>((resolve, reject) => {
        const next = countingLease(data)
        granted.push(next)
        grants.push(() => resolve(next.lease))
        if (offer === 'fails') reject(new Error('no threads today'))
      })
  })
  const frames = (runId: string): RunFrame[] =>
    messages.flatMap((m) => (m.type === 'frame' && m.runId === runId ? [m.frame] : []))
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
  /** Lets the n-th requested accumulator (default: the latest) arrive. */
  const grant = (n = grants.length - 1) => grants[n]()
  return { clock, host, granted, frames, settle, grant }
}

describe('the runner host with an accumulator that takes a moment to start', () => {
  it('runs nothing before it is there, then trains the lab with it and releases it at the end', async () => {
    const { clock, host, granted, frames, settle, grant } = setup()
    host.handle({ type: 'start', runId: 'a', request: toyRequest() })
    expect(frames('a')).toEqual([])
    grant()
    await settle()
    clock.runUntil(() => frames('a').some((f) => f.state === 'done'))
    const costs = logTextOf(frames('a')).map((line) => line.slice(-8))
    expect(costs).toEqual(labCosts)
    expect(granted[0].epochs()).toBe(1001)
    expect(granted[0].released()).toBe(true)
  })

  it('applies the commands sent while it was starting, in order, once it is there', async () => {
    const { clock, host, frames, settle, grant } = setup()
    host.handle({ type: 'start', runId: 'a', request: toyRequest() })
    host.handle({ type: 'command', runId: 'a', command: { kind: 'step', epochs: 3 } })
    grant()
    await settle()
    clock.runUntil(() => frames('a').some((f) => f.state === 'paused'))
    const paused = frames('a').find((f) => f.state === 'paused') as RunFrame
    expect(paused.epoch).toBe(2) // epochs 0, 1, 2: exactly three, then paused
  })

  it('releases the accumulator of a run replaced before it started, and of one replaced while paused', async () => {
    const { host, granted, frames, settle, grant } = setup()
    host.handle({ type: 'start', runId: 'a', request: toyRequest() })
    host.handle({ type: 'start', runId: 'b', request: { ...toyRequest(), startPaused: true } })
    grant(1) // b's
    grant(0) // a's, after a was replaced: given straight back, a never runs
    await settle()
    expect(granted[0].released()).toBe(true)
    expect(granted[0].epochs()).toBe(0)
    expect(frames('a')).toEqual([])
    expect(frames('b').map((f) => f.state)).toEqual(['paused'])
    expect(granted[1].released()).toBe(false)
    host.handle({ type: 'start', runId: 'c', request: toyRequest() })
    expect(granted[1].released()).toBe(true) // b's went with b
  })

  it('lets a run go on with the Trainer alone when the accumulator cannot start', async () => {
    const { clock, host, granted, frames, settle } = setup('fails')
    host.handle({ type: 'start', runId: 'a', request: toyRequest() })
    await settle()
    clock.runUntil(() => frames('a').some((f) => f.state === 'done'))
    expect(logTextOf(frames('a')).map((line) => line.slice(-8))).toEqual(labCosts)
    expect(granted[0].epochs()).toBe(0)
  })
})
