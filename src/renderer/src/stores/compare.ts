// Runs kept for comparison (issue 12 §3): up to MAX_KEPT_RUNS finished runs, each with its
// colour slot, saved in the session (document.ts reads `sessionRuns` and applies `restore`). A
// fifth run is never kept by dropping one silently: it waits in `pending` until the student
// removes a run for it or cancels. A removal can be undone until the next change.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { isKeepable, keptRunOf, MAX_KEPT_RUNS, type KeptRun } from '@shared/session'
import { freeSlot } from '../components/compare/comparePalette'
import { useTrainingStore } from './training'

export interface KeptEntry {
  /** For Vue's keys and removal; not saved (a reopened session numbers its runs afresh). */
  id: number
  /** The colour and dash pattern (see comparePalette.ts), kept while runs before it go. */
  slot: number
  run: KeptRun
}

/** What the last Keep did, for the message beside the button. */
export type KeepOutcome = 'kept' | 'notFinished' | 'already' | 'full'

/** The same run kept twice: same settings, same end, same weights. */
export function sameKeptRun(a: KeptRun, b: KeptRun): boolean {
  return (
    a.epoch === b.epoch &&
    a.finalCost === b.finalCost &&
    a.bias === b.bias &&
    a.weights.length === b.weights.length &&
    a.weights.every((w, i) => w === b.weights[i]) &&
    JSON.stringify(a.config) === JSON.stringify(b.config)
  )
}

export const useCompareStore = defineStore('compare', () => {
  const training = useTrainingStore()

  const entries = shallowRef<KeptEntry[]>([])
  /** A run waiting for a place: the student was asked which kept run to remove for it. */
  const pending = shallowRef<KeptRun | null>(null)
  /** The last removed run and where it was, for Undo. */
  const removed = shallowRef<{ entry: KeptEntry; index: number } | null>(null)
  const outcome = ref<KeepOutcome | null>(null)
  /**
   * Which runs are kept, in order: the document's unsaved mark follows it, so a removal undone
   * leaves the document as clean as it was.
   */
  const revision = computed(() => entries.value.map((entry) => entry.id).join(','))
  let nextId = 1

  const isFull = computed(() => entries.value.length >= MAX_KEPT_RUNS)
  /** A run has ended (done, stopped, diverged): Keep is offered. */
  const canKeep = computed(() =>
    ['done', 'stopped', 'diverged'].includes(training.status as string)
  )

  function add(run: KeptRun): void {
    const slot = freeSlot(entries.value.map((entry) => entry.slot))
    entries.value = [...entries.value, { id: nextId++, slot, run }]
    removed.value = null
    outcome.value = 'kept'
  }

  /** Keeps the window's run if it has ended; a fifth waits for a place (see `pending`). */
  async function keepCurrent(): Promise<KeepOutcome> {
    // A running or paused run is not captured at all: only an ended run is kept.
    if (!canKeep.value) return (outcome.value = 'notFinished')
    const run = await training.captureRun()
    if (!isKeepable(run)) return (outcome.value = 'notFinished')
    const kept = keptRunOf(run)
    if (entries.value.some((entry) => sameKeptRun(entry.run, kept))) {
      return (outcome.value = 'already')
    }
    if (isFull.value) {
      pending.value = kept
      return (outcome.value = 'full')
    }
    add(kept)
    return 'kept'
  }

  /** Removes the kept run `id` to make room for the pending one, and keeps that. */
  function replaceWithPending(id: number): void {
    const run = pending.value
    if (run === null) return
    pending.value = null
    const rest = entries.value.filter((entry) => entry.id !== id)
    if (rest.length === entries.value.length) return
    entries.value = rest
    add(run)
  }

  function cancelPending(): void {
    pending.value = null
    outcome.value = null
  }

  function remove(id: number): void {
    const index = entries.value.findIndex((entry) => entry.id === id)
    if (index < 0) return
    removed.value = { entry: entries.value[index], index }
    entries.value = entries.value.filter((entry) => entry.id !== id)
    outcome.value = null
  }

  function undoRemove(): void {
    const last = removed.value
    if (last === null || isFull.value) return
    const next = [...entries.value]
    next.splice(Math.min(last.index, next.length), 0, last.entry)
    removed.value = null
    entries.value = next
  }

  /** The kept runs of an opened session (none for a new document). */
  function restore(runs: readonly KeptRun[] | undefined): void {
    pending.value = null
    removed.value = null
    outcome.value = null
    const list = (runs ?? []).slice(0, MAX_KEPT_RUNS)
    entries.value = list.map((run, slot) => ({ id: nextId++, slot, run }))
  }

  /** The kept runs for a session: absent when there are none (as the format reads them). */
  function sessionRuns(): { keptRuns?: KeptRun[] } {
    const runs = entries.value.map((entry) => structuredClone(entry.run))
    return runs.length > 0 ? { keptRuns: runs } : {}
  }

  return {
    entries,
    pending,
    removed,
    outcome,
    revision,
    isFull,
    canKeep,
    keepCurrent,
    replaceWithPending,
    cancelPending,
    remove,
    undoRemove,
    restore,
    sessionRuns
  }
})
