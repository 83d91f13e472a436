// Tasks that must not overlap: each starts once the one before has settled, failed or not.
import { describe, expect, it } from 'vitest'
import { oneAtATime } from '@renderer/lib/oneAtATime'

function gate() {
  let open: () => void = () => {}
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { opened, open }
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('one at a time', () => {
  it('starts a task only after the one before it has settled, and hands back each result', async () => {
    const line = oneAtATime()
    const order: string[] = []
    const first = gate()
    const a = line.run(async () => {
      order.push('a starts')
      await first.opened
      order.push('a ends')
      return 1
    })
    const b = line.run(async () => {
      order.push('b starts')
      return 'two'
    })
    let idle = false
    void line.idle().then(() => (idle = true))
    await turn()
    expect(order).toEqual(['a starts'])
    expect(idle).toBe(false)
    first.open()
    await expect(a).resolves.toBe(1)
    await expect(b).resolves.toBe('two')
    await turn()
    expect(order).toEqual(['a starts', 'a ends', 'b starts'])
    expect(idle).toBe(true)
  })

  it('goes on after a failure, which stays the failing caller’s', async () => {
    const line = oneAtATime()
    const failed = line.run(async () => {
      throw new Error('disk full')
    })
    const next = line.run(async () => 'next')
    await expect(failed).rejects.toThrow('disk full')
    await expect(next).resolves.toBe('next')
    await expect(line.idle()).resolves.toBeUndefined()
  })
})
