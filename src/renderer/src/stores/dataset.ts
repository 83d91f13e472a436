// The data the user edits and trains on. The cells live in a DataTable outside Vue's reactivity
// (see datasetTable.ts); reactive counters say what changed instead: `revision` anything,
// `structure` more than one row, `rowEdits` the cells of one row. Reads go through them, so a
// component updates when its data changes, without a reactive object per cell, and a cell edit
// re-renders one row of the grid rather than all of them.
import { computed, markRaw, ref, shallowReactive, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { MAX_REPORTED_ISSUES, type DatasetIssue } from '@core/dataset'
import { DataTable } from './datasetTable'
import { UndoHistory, type Edit } from './datasetHistory'
import * as edits from './datasetEdits'
import {
  labState,
  parsePastedBlock,
  previewCsv as buildPreview,
  stateFromPreview,
  tableToCsv,
  type CsvPreview
} from './datasetCsv'
import { downloadTextFile } from '../platform/download'
import { tableLimit, type TableChange } from './dataLimitMessage'
import type { OpenedCsv } from '@shared/documents'
import type { SessionData } from '@shared/session'
import { sessionDataOf, tableStateOf } from './sessionTable'
import type { BuiltInDataRequest, BuiltInDatasetId, BuiltInIssue } from '@core/datasets'
import { builtInTable } from './datasetBuiltIn'

export const EXPORT_FILE_NAME = 'logit-lab-data.csv'

/** Something the panel tells the user about the last action: an i18n key and its values. */
export interface DataNotice {
  key: string
  params: Record<string, string | number>
  /** Increases with every notice, so the same message twice is still announced twice. */
  id: number
}

export const useDatasetStore = defineStore('dataset', () => {
  const table = shallowRef(markRaw(new DataTable(labState())))
  const history = markRaw(new UndoHistory())
  const revision = ref(0)
  /** Changes that touch more than one row: rows, columns, names, pastes, imports. */
  const structure = ref(0)
  /** Per row, edits of its cells alone since the last structural change. */
  const rowEdits = shallowReactive(new Map<number, number>())
  const historyFlags = ref({ canUndo: false, canRedo: false })
  const notice = ref<DataNotice | null>(null)
  /** Counts requests (e.g. from the desktop menu) for the panel to open its CSV file chooser. */
  const importRequests = ref(0)
  /** A CSV opened as a document (Open, a drop, the shell), for the panel's import preview. */
  const openedCsv = shallowRef<OpenedCsv | null>(null)
  let pristine = true

  /** Reads the table and registers a dependency on its changes. */
  function current(): DataTable {
    void revision.value
    return table.value
  }

  /** Reads one row's cells and registers a dependency on changes to them. */
  function rowOf(row: number): DataTable {
    void structure.value
    void rowEdits.get(row)
    return table.value
  }

  function changed(edit: Edit | null): void {
    pristine = false
    revision.value++
    if (edit?.row !== undefined) rowEdits.set(edit.row, (rowEdits.get(edit.row) ?? 0) + 1)
    else {
      structure.value++
      rowEdits.clear()
    }
    historyFlags.value = { canUndo: history.canUndo, canRedo: history.canRedo }
  }

  function record(edit: Edit | null): boolean {
    if (edit === null) return false
    history.push(edit)
    changed(edit)
    return true
  }

  function tell(key: string, params: Record<string, string | number> = {}): void {
    notice.value = { key, params, id: (notice.value?.id ?? 0) + 1 }
  }

  const featureNames = computed({
    get: () => {
      void structure.value
      return [...table.value.state.featureNames]
    },
    set: (names: string[]) => names.forEach((name, column) => renameFeature(column, name))
  })
  const labelName = computed({
    get: () => {
      void structure.value
      return table.value.state.labelName
    },
    set: (name: string) => renameLabel(name)
  })
  const rowCount = computed(() => current().rows)
  const featureCount = computed(() => current().featureCount)
  /** Invalid cells in all (problems lists only the first MAX_REPORTED_ISSUES). */
  const problemCount = computed(() => current().problemCount)
  const problems = computed<DatasetIssue[]>(() => current().problems(MAX_REPORTED_ISSUES))
  /** Cheap to read on every change, unlike `dataset`, which copies the data. */
  const isTrainable = computed(() => current().rows > 0 && current().problemCount === 0)
  const dataset = computed(() => current().toDataset())
  const warnings = computed(() => current().warnings())
  const canUndo = computed(() => historyFlags.value.canUndo)
  const canRedo = computed(() => historyFlags.value.canRedo)

  function cellText(row: number, column: number): string {
    return rowOf(row).text(row, column)
  }

  function cellIssue(row: number, column: number): DatasetIssue | null {
    const data = rowOf(row)
    const code = data.issueCode(row, column)
    if (code === null) return null
    return { code, severity: 'error', row, column, value: data.text(row, column) }
  }

  function labelValue(row: number): number {
    const data = rowOf(row)
    return data.value(row, data.featureCount)
  }

  const inTable = (row: number, column: number): boolean =>
    Number.isInteger(row) &&
    Number.isInteger(column) &&
    row >= 0 &&
    row < table.value.rows &&
    column >= 0 &&
    column <= table.value.featureCount

  function setCell(row: number, column: number, text: string): boolean {
    if (!inTable(row, column)) return false
    return record(edits.setCellEdit(table.value, row, column, text))
  }

  function setLabel(row: number, label: 0 | 1): boolean {
    return setCell(row, table.value.featureCount, String(label))
  }

  function toggleLabel(row: number): boolean {
    if (!inTable(row, 0)) return false
    return setLabel(row, table.value.value(row, table.value.featureCount) === 1 ? 0 : 1)
  }

  /** Refuses (with a notice naming the count and the limit) a change past the limits. */
  function refusedByLimit(context: TableChange, rows: number, features: number): boolean {
    const refusal = tableLimit(context, rows, features)
    if (refusal !== null) tell(refusal.key, refusal.params)
    return refusal !== null
  }

  /** Set when one more row would pass the limits: the Add row button says why. */
  const addRowLimit = computed(() => tableLimit('addRow', rowCount.value + 1, featureCount.value))
  /** Set when one more feature would pass the limits. */
  const addFeatureLimit = computed(() =>
    tableLimit('addFeature', rowCount.value, featureCount.value + 1)
  )

  /** The new row's index, or null (with a notice) when the table holds no more. */
  function addRow(): number | null {
    if (refusedByLimit('addRow', table.value.rows + 1, table.value.featureCount)) return null
    record(edits.addRowsEdit(table.value, 1))
    return table.value.rows - 1
  }

  /**
   * A new row at the end with these cells (d features, then the label) as one undoable step: a
   * point added on the plot. Its index, or null (with a notice) past the limits.
   */
  function appendRow(texts: readonly string[]): number | null {
    if (texts.length !== table.value.featureCount + 1) return null
    if (refusedByLimit('addRow', table.value.rows + 1, table.value.featureCount)) return null
    record(edits.appendRowEdit(table.value, texts))
    return table.value.rows - 1
  }

  /** Several cells of one row as one undoable step (a point dragged on the plot). */
  function setRowCells(row: number, cells: readonly { column: number; text: string }[]): boolean {
    if (!cells.every(({ column }) => inTable(row, column))) return false
    return record(edits.setRowCellsEdit(table.value, row, cells))
  }

  function removeRows(rows: readonly number[]): boolean {
    return record(edits.removeRowsEdit(table.value, rows))
  }

  function uniqueFeatureName(): string {
    const names = new Set(table.value.state.featureNames)
    let k = table.value.featureCount + 1
    while (names.has(`x${k}`)) k++
    return `x${k}`
  }

  /** The new feature's column, or null (with a notice) when the table holds no more. */
  function addFeature(name?: string): number | null {
    if (refusedByLimit('addFeature', table.value.rows, table.value.featureCount + 1)) return null
    const trimmed = name?.trim()
    record(edits.addFeatureEdit(table.value, trimmed ? trimmed : uniqueFeatureName()))
    return table.value.featureCount - 1
  }

  /** Refused (false, with a notice) for the last feature: a model needs at least one. */
  function removeFeature(column: number): boolean {
    if (table.value.featureCount <= 1) {
      tell('data.notice.lastFeature')
      return false
    }
    return record(edits.removeFeatureEdit(table.value, column))
  }

  /** Refused (false, with a notice) for an empty name. */
  function renameFeature(column: number, name: string): boolean {
    const trimmed = name.trim()
    if (trimmed === '') {
      tell('data.notice.emptyName')
      return false
    }
    return record(edits.renameFeatureEdit(table.value, column, trimmed))
  }

  function renameLabel(name: string): boolean {
    const trimmed = name.trim()
    if (trimmed === '') {
      tell('data.notice.emptyName')
      return false
    }
    return record(edits.renameLabelEdit(table.value, trimmed))
  }

  /**
   * Pastes a spreadsheet block with its top-left at (row, column), as one undoable step. Refused,
   * the table unchanged, when the rows it adds would take the table past the limits.
   */
  function pasteBlock(row: number, column: number, text: string): boolean {
    const block = parsePastedBlock(text) ?? [[text.trim()]]
    if (!inTable(row, column)) return false
    const rowsAfter = Math.max(table.value.rows, row + block.length)
    if (refusedByLimit('paste', rowsAfter, table.value.featureCount)) return false
    const outcome = edits.pasteEdit(table.value, row, column, block)
    if (!record(outcome.edit)) return false
    const rows = block.length
    if (outcome.dropped > 0) tell('data.notice.pastedDropped', { rows, dropped: outcome.dropped })
    else tell('data.notice.pasted', { rows, cells: outcome.pasted })
    return true
  }

  function previewCsv(text: string, fileName = ''): CsvPreview {
    return buildPreview(text, fileName)
  }

  /** Replaces the data with a previewed file, as one undoable step; false if it cannot be. */
  function applyCsvImport(preview: CsvPreview): boolean {
    const state = stateFromPreview(preview)
    if (state === null) return false
    record(edits.replaceTableEdit(table.value, state))
    tell('data.notice.imported', {
      rows: state.rows,
      features: state.featureNames.length,
      file: preview.fileName
    })
    return true
  }

  /**
   * Replaces the table with a built-in set, as one undoable step (like a CSV import). The issue
   * with the request, the table unchanged, when a control's value does not fit the set.
   */
  function loadBuiltIn(
    id: BuiltInDatasetId,
    request: BuiltInDataRequest = {}
  ): BuiltInIssue | null {
    const built = builtInTable(id, request)
    if (!built.ok) return built.issue
    record(edits.replaceTableEdit(table.value, built.state))
    return null
  }

  /** The lab's six students. The first state; undoable once the user has changed anything. */
  function loadLabData(): void {
    if (pristine) {
      table.value.replace(labState())
      history.clear()
      revision.value++
      structure.value++
      historyFlags.value = { canUndo: false, canRedo: false }
      return
    }
    record(edits.replaceTableEdit(table.value, labState()))
  }

  /** The table as a session holds it (copies: the table may change while it is saved). */
  function sessionData(): SessionData {
    return sessionDataOf(table.value.state)
  }

  /**
   * Shows a session's table (or, with null, the lab's) as a document's first state: nothing to
   * undo. `pristine`: Lab data may replace it without an undo step (a new document).
   */
  function loadTable(data: SessionData | null): void {
    table.value.replace(data === null ? labState() : tableStateOf(data))
    if (data !== null) table.value.recountRows()
    history.clear()
    pristine = data === null
    notice.value = null
    revision.value++
    structure.value++
    rowEdits.clear()
    historyFlags.value = { canUndo: false, canRedo: false }
  }

  /** Hands a CSV opened as a document to the Data panel's import preview. */
  function previewOpenedCsv(opened: OpenedCsv): void {
    openedCsv.value = opened
  }

  function exportCsvText(): string {
    return tableToCsv(table.value)
  }

  /** Downloads the table as logit-lab-data.csv (invalid cells as typed: nothing is lost). */
  function exportCsv(): void {
    downloadTextFile(EXPORT_FILE_NAME, exportCsvText())
    tell('data.notice.exported', { rows: table.value.rows, file: EXPORT_FILE_NAME })
  }

  /** Asks the Data panel to open its file chooser (for the desktop menu's Import command). */
  function openImportDialog(): void {
    importRequests.value++
  }

  function undo(): boolean {
    const edit = history.undo()
    if (edit === null) return false
    changed(edit)
    tell('data.notice.undone')
    return true
  }

  function redo(): boolean {
    const edit = history.redo()
    if (edit === null) return false
    changed(edit)
    tell('data.notice.redone')
    return true
  }

  return {
    table,
    featureNames,
    labelName,
    rowCount,
    featureCount,
    addRowLimit,
    addFeatureLimit,
    dataset,
    isTrainable,
    problems,
    problemCount,
    warnings,
    revision,
    notice,
    importRequests,
    openedCsv,
    canUndo,
    canRedo,
    undo,
    redo,
    tell,
    cellText,
    cellIssue,
    labelValue,
    loadLabData,
    setCell,
    setLabel,
    toggleLabel,
    addRow,
    appendRow,
    setRowCells,
    removeRows,
    addFeature,
    removeFeature,
    renameFeature,
    renameLabel,
    pasteBlock,
    previewCsv,
    applyCsvImport,
    loadBuiltIn,
    sessionData,
    loadTable,
    previewOpenedCsv,
    exportCsvText,
    exportCsv,
    openImportDialog
  }
})
