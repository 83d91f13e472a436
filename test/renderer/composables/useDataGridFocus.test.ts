// Focusing a grid cell once it is rendered: a request still waiting for its cell must not take
// the focus back from a later one (arrow keys held down on a slow machine).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { useDataGridFocus } from '@renderer/composables/useDataGridFocus'
import type { CellPosition } from '@renderer/components/data/gridNavigation'

/** requestAnimationFrame whose frames the test runs by hand. */
function manualFrames() {
  const waiting: FrameRequestCallback[] = []
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    waiting.push(callback)
    return waiting.length
  })
  return {
    async run(): Promise<void> {
      for (const callback of waiting.splice(0)) callback(0)
      await Promise.resolve()
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
  }
}

function cell(container: HTMLElement, row: number, column: number): HTMLInputElement {
  const input = document.createElement('input')
  input.dataset.row = String(row)
  input.dataset.col = String(column)
  container.append(input)
  return input
}

/** An empty grid in the page (focus needs it attached), and the focusing for it. */
function emptyGrid(scrollTo: (cell: Partial<CellPosition>) => void = () => {}) {
  const container = document.createElement('div')
  document.body.append(container)
  return { container, focus: useDataGridFocus(ref(container), scrollTo) }
}

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.replaceChildren()
})

describe('focusing a grid cell when it is rendered', () => {
  it('focuses a cell that is already in the page', async () => {
    const scrollTo = vi.fn()
    const { container, focus } = emptyGrid(scrollTo)
    const target = cell(container, 0, 3)
    await expect(focus.focusCell({ row: 0, column: 3 })).resolves.toBe(true)
    expect(scrollTo).toHaveBeenCalledWith({ row: 0, column: 3 })
    expect(document.activeElement).toBe(target)
  })

  it('waits frames for a cell scrolled into the page, and gives up after a few', async () => {
    const frames = manualFrames()
    const { container, focus } = emptyGrid()

    const arriving = focus.focusCell({ row: 0, column: 5 })
    await frames.run()
    const target = cell(container, 0, 5)
    await frames.run()
    await expect(arriving).resolves.toBe(true)
    expect(document.activeElement).toBe(target)

    let settled: boolean | null = null
    const never = focus.focusCell({ row: 0, column: 9 }).then((focused) => (settled = focused))
    let waited = 0
    while (settled === null && waited < 20) {
      await frames.run()
      waited += 1
    }
    await expect(never).resolves.toBe(false)
    expect(waited).toBeLessThanOrEqual(7)
    expect(document.activeElement).toBe(target)
  })

  it('lets a later request win: an earlier one still waiting never takes the focus back', async () => {
    const frames = manualFrames()
    const { container, focus } = emptyGrid()

    // The first arrow key's cell is not rendered when it looks, so it waits for a frame...
    const first = focus.focusCell({ row: 0, column: 10 })
    await Promise.resolve()
    await new Promise((resolve) => setTimeout(resolve, 0))
    // ...the scroll renders it and the next one, and the next key's cell is focused at once...
    cell(container, 0, 10)
    const next = cell(container, 0, 11)
    await expect(focus.focusCell({ row: 0, column: 11 })).resolves.toBe(true)
    expect(document.activeElement).toBe(next)
    // ...and when the frame comes, the first request stands down.
    await frames.run()
    await expect(first).resolves.toBe(false)
    expect(document.activeElement).toBe(next)
  })
})
