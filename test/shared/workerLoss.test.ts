// The reasons a training worker is lost travel as codes and come back as the same reasons; an
// exception's own message comes back as itself, whatever it says.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseWorkerLossDetail, workerLossDetail, type WorkerLoss } from '@shared/workerLoss'

describe('worker loss details', () => {
  it.each<WorkerLoss>([
    { kind: 'unknownMessage' },
    { kind: 'unreadableMessage' },
    { kind: 'stopped' },
    { kind: 'exited', exitCode: 1 },
    { kind: 'exited', exitCode: -1073741819 },
    { kind: 'failed', message: 'Uncaught RangeError: Array buffer allocation failed' }
  ])('round-trips %o', (loss) => {
    expect(parseWorkerLossDetail(workerLossDetail(loss))).toEqual(loss)
  })

  it('reads any other text as an exception’s message, even one that looks like a code', () => {
    fc.assert(
      fc.property(fc.string(), (message) => {
        const loss = parseWorkerLossDetail(message)
        if (loss.kind === 'failed') expect(loss.message).toBe(message)
        else expect(workerLossDetail(loss)).toBe(message) // only our own codes parse as codes
      })
    )
    expect(parseWorkerLossDetail('worker-loss:exited:soon')).toEqual({
      kind: 'failed',
      message: 'worker-loss:exited:soon'
    })
  })
})
