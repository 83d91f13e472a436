// Where a data point is on the decision plot, found as a student would: by looking. The filled
// circles of the lab's y = 1 students (4, 3), (5, 3) and (6, 2) are found in the canvas's pixels
// (the theme's accent colour) and give the plot's scale, before any training shades it.
import type { Locator } from '@playwright/test'

export type PlotMap = (x: number, y: number) => { x: number; y: number }

export async function labPlotMap(plot: Locator): Promise<PlotMap> {
  const centres = await plot.evaluate((element) => {
    const canvas = element as HTMLCanvasElement
    const hex = getComputedStyle(document.documentElement).getPropertyValue('--color-accent').trim()
    const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
    const context = canvas.getContext('2d')
    if (context === null) return []
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height)
    const columns = new Map<number, number[]>()
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const at = (y * width + x) * 4
        if (want.every((value, c) => Math.abs(data[at + c] - value) <= 8)) {
          columns.set(x, [...(columns.get(x) ?? []), y])
        }
      }
    }
    // Runs of neighbouring columns are the circles; their centres in CSS pixels.
    const xs = [...columns.keys()].sort((a, b) => a - b)
    const blobs: { xs: number[]; ys: number[] }[] = []
    for (const x of xs) {
      const last = blobs.at(-1)
      if (last && x - (last.xs.at(-1) ?? 0) <= 2) last.xs.push(x)
      else blobs.push({ xs: [x], ys: [] })
      blobs.at(-1)?.ys.push(...(columns.get(x) ?? []))
    }
    const scale = canvas.clientWidth / canvas.width
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
    return blobs.map((blob) => ({ x: mean(blob.xs) * scale, y: mean(blob.ys) * scale }))
  })
  if (centres.length !== 3) throw new Error(`expected 3 circles, found ${centres.length}`)
  const [four, five, six] = centres
  const box = await plot.boundingBox()
  if (box === null) throw new Error('the plot is not on screen')
  const perX = (six.x - four.x) / 2 // the longest baseline across
  const perY = six.y - five.y // one unit of x2 down
  return (x, y) => ({ x: box.x + four.x + (x - 4) * perX, y: box.y + five.y + (3 - y) * perY })
}
