// Editing the data on the decision plot: click empty plot to add a row (class from the toggle,
// the other one with Shift), drag a point to move it, right-click it or select it and press Delete
// to remove it. Every edit goes to the dataset store as one undoable step (a drag when it is let
// go), so the table shows it and the next Train uses it. Nothing changes while editing is off.
import { shallowRef, watch, type Ref } from 'vue'
import type { PlotBounds, Point } from '@renderer/components/charts/decisionBoundary'
import type { FeaturePair } from '@renderer/components/charts/boundaryPlane'
import type { MovedPoint } from '@renderer/components/charts/boundaryPoints'
import {
  hitTest,
  insideArea,
  pixelToData,
  roundForSpan,
  type PlotArea,
  type RowPoint
} from '@renderer/components/charts/boundaryPointer'
import { useDatasetStore } from '@renderer/stores/dataset'
import { monomialValue, type FeatureMap } from '@core/datasets'

/** A press that moves less than this (CSS pixels) is a click, not a drag. */
const DRAG_START_PX = 3

export interface BoundaryEditingInput {
  area: () => PlotArea | null
  view: Ref<PlotBounds>
  points: Ref<readonly RowPoint[]>
  pair: Ref<FeaturePair>
  /** Each feature's mean: a new row's features that are not plotted. */
  means: Ref<readonly number[]>
  /**
   * Set when every column is computed from the plotted two (polynomial features): a row added or
   * moved here gets its columns computed as the data's were, so the plot stays a curve.
   */
  derived?: Ref<FeatureMap | null>
  enabled: Ref<boolean>
  newClass: Ref<0 | 1>
  /** Told after each edit made here (the view only grows then), and while a drag holds it. */
  onEdited: () => void
  hold: (on: boolean) => void
}

interface Drag {
  row: number
  start: Point
  moved: boolean
  pointerId: number
}

export function useBoundaryEditing(input: BoundaryEditingInput) {
  const store = useDatasetStore()
  const moved = shallowRef<MovedPoint | null>(null)
  /** The row the last press picked: Delete removes it. */
  const selectedRow = shallowRef<number | null>(null)
  /** The row under the pointer. */
  const hoveredRow = shallowRef<number | null>(null)
  let drag: Drag | null = null
  /** The store's revision after the last edit made here. */
  let ownRevision = -1
  // A row number picked before someone else changed the data (an undo, a table edit) may name
  // another row now: forget it rather than let Delete remove the wrong one.
  watch(
    () => store.revision,
    (revision) => {
      if (revision !== ownRevision) selectedRow.value = null
    }
  )

  function edited(): void {
    ownRevision = store.revision
    input.onEdited()
  }

  function pixelOf(event: MouseEvent, canvas: HTMLCanvasElement): Point {
    const rect = canvas.getBoundingClientRect()
    return { x: event.clientX - rect.left, y: event.clientY - rect.top }
  }

  /** The data point under a pixel, rounded to what pointing at this view can place. */
  function valueAt(area: PlotArea, pixel: Point): Point {
    const clamped = {
      x: Math.min(Math.max(pixel.x, area.left), area.right),
      y: Math.min(Math.max(pixel.y, area.top), area.bottom)
    }
    const { xMin, xMax, yMin, yMax } = input.view.value
    const at = pixelToData(area, input.view.value, clamped)
    return { x: roundForSpan(at.x, xMax - xMin), y: roundForSpan(at.y, yMax - yMin) }
  }

  function hitAt(area: PlotArea, pixel: Point): number | null {
    return hitTest(input.points.value, area, input.view.value, pixel)
  }

  /** Every column's text at (x, y) of the plane, when the columns are computed from it. */
  function derivedTexts(at: Point): string[] | null {
    const map = input.derived?.value ?? null
    return map && map.powers.map((powers) => String(monomialValue(powers, at.x, at.y)))
  }

  function addPoint(at: Point, label: 0 | 1): void {
    const { pair, means } = input
    const derived = derivedTexts(at)
    const texts =
      derived ??
      means.value.map((mean, k) => {
        if (k === pair.value.x) return String(at.x)
        if (k === pair.value.y) return String(at.y)
        return String(Number(mean.toPrecision(4)))
      })
    const row = store.appendRow([...texts, String(label)])
    if (row === null) return
    edited()
    selectedRow.value = row
  }

  function removePoint(row: number): void {
    if (!store.removeRows([row])) return
    edited()
    if (selectedRow.value === row) selectedRow.value = null
    hoveredRow.value = null
  }

  function onPointerDown(event: PointerEvent, canvas: HTMLCanvasElement): void {
    const area = input.area()
    if (event.button !== 0 || area === null || !input.enabled.value) return
    const pixel = pixelOf(event, canvas)
    if (!insideArea(area, pixel)) return
    canvas.focus({ preventScroll: true })
    const hit = hitAt(area, pixel)
    if (hit === null) {
      addPoint(
        valueAt(area, pixel),
        event.shiftKey ? (input.newClass.value === 1 ? 0 : 1) : input.newClass.value
      )
      return
    }
    selectedRow.value = hit
    drag = { row: hit, start: pixel, moved: false, pointerId: event.pointerId }
    canvas.setPointerCapture?.(event.pointerId)
    input.hold(true)
  }

  function onPointerMove(event: PointerEvent, canvas: HTMLCanvasElement): void {
    const area = input.area()
    if (area === null) return
    const pixel = pixelOf(event, canvas)
    if (drag === null) {
      hoveredRow.value = input.enabled.value && insideArea(area, pixel) ? hitAt(area, pixel) : null
      return
    }
    if (!drag.moved && Math.hypot(pixel.x - drag.start.x, pixel.y - drag.start.y) < DRAG_START_PX)
      return
    drag.moved = true
    moved.value = { row: drag.row, ...valueAt(area, pixel) }
  }

  function endDrag(commit: boolean): void {
    if (drag === null) return
    const { row } = drag
    const to = moved.value
    drag = null
    moved.value = null
    if (commit && to !== null && input.enabled.value) {
      const { x, y } = input.pair.value
      const derived = derivedTexts(to)
      const done = store.setRowCells(
        row,
        derived?.map((text, column) => ({ column, text })) ?? [
          { column: x, text: String(to.x) },
          { column: y, text: String(to.y) }
        ]
      )
      if (done) edited()
    }
    input.hold(false)
  }

  function onContextMenu(event: MouseEvent, canvas: HTMLCanvasElement): void {
    const area = input.area()
    if (area === null || !input.enabled.value) return
    const hit = hitAt(area, pixelOf(event, canvas))
    if (hit === null) return
    event.preventDefault()
    removePoint(hit)
  }

  function onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && drag !== null) {
      event.preventDefault()
      endDrag(false)
      return
    }
    if (event.key !== 'Delete' && event.key !== 'Backspace') return
    if (selectedRow.value === null || !input.enabled.value) return
    event.preventDefault()
    removePoint(selectedRow.value)
  }

  /** Listens on the canvas; returns how to stop. */
  function attach(canvas: HTMLCanvasElement): () => void {
    const listeners: [string, (event: Event) => void][] = [
      ['pointerdown', (e) => onPointerDown(e as PointerEvent, canvas)],
      ['pointermove', (e) => onPointerMove(e as PointerEvent, canvas)],
      ['pointerup', () => endDrag(true)],
      ['pointercancel', () => endDrag(false)],
      ['pointerleave', () => (hoveredRow.value = null)],
      ['contextmenu', (e) => onContextMenu(e as MouseEvent, canvas)],
      ['keydown', (e) => onKeydown(e as KeyboardEvent)]
    ]
    for (const [type, listener] of listeners) canvas.addEventListener(type, listener)
    return () => {
      for (const [type, listener] of listeners) canvas.removeEventListener(type, listener)
    }
  }

  return { moved, selectedRow, hoveredRow, attach, cancelDrag: () => endDrag(false) }
}
