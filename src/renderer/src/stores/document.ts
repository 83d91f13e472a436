// The window's document: its title and notes, its file, whether it has unsaved changes, and the
// actions on it (New, Open, Save, Save As, a drop, the shell's requests), with the backups that keep
// the work safe in between. The session is built from the stores (data, settings, training,
// compare) and applied back to them; the platform saves, opens and keeps it (see platform/).
//
// Unsaved changes: every change of the data, a setting, the title or notes, the kept runs or the
// run's progress changes `changeKey`; the document is clean while the key is the one it had when
// it was last saved, opened or made new. A run saved while it runs keeps the document dirty (the
// window shows more of it than the file has).
import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import type { DocumentEvent, OpenedDocument } from '@shared/contract'
import { SESSION_FILE_EXTENSION, type Session } from '@shared/session'
import type { Lesson } from '@shared/shareLink'
import { MAX_NOTES_LENGTH, MAX_TITLE_LENGTH } from '@shared/limits'
import { oneAtATime } from '../lib/oneAtATime'
import { injectLabApi } from '../platform/labApiInjection'
import { requestPersistentStorage, type StoragePersistence } from '../platform/storagePersistence'
import { useDatasetStore } from './dataset'
import { useSettingsStore } from './settings'
import { useTrainingStore } from './training'
import { useCompareStore } from './compare'
import { useUnsavedPromptStore, type UnsavedReason } from './unsavedPrompt'
import { createBackupScheduler } from './backupScheduler'
import { failureMessage, type DocumentMessage } from './documentMessages'

/** Work that can be restored, as the recovery banner offers it. */
export interface RecoveryOffer {
  title: string
  savedAt: string
  fileName: string | null
}

export function isSessionFileName(name: string): boolean {
  return name.toLowerCase().endsWith(`.${SESSION_FILE_EXTENSION}`)
}

export const useDocumentStore = defineStore('document', () => {
  const api = injectLabApi()
  const data = useDatasetStore()
  const settings = useSettingsStore()
  const training = useTrainingStore()
  const compare = useCompareStore()
  const prompt = useUnsavedPromptStore()

  const title = ref('')
  const notes = ref('')
  const fileName = ref<string | null>(null)
  const message = shallowRef<DocumentMessage | null>(null)
  const recovery = shallowRef<RecoveryOffer | null>(null)
  /** When the last backup was written (the web edition says so: it is the browser's storage). */
  const keptAt = shallowRef<Date | null>(null)
  const storage = ref<StoragePersistence | null>(null)
  const busy = ref(false)
  const textRevision = ref(0)

  const settingsKey = computed(() =>
    JSON.stringify([settings.sessionSettings(), training.stepUnit])
  )
  const runKey = computed(() => {
    const { status, epoch, runId, problem, notice } = training
    return `${runId}:${status}:${epoch}:${problem?.code}:${notice?.epoch}`
  })
  /** Changes whenever anything a session holds changes (see top). */
  const changeKey = computed(
    () =>
      `${data.revision}|${textRevision.value}|${compare.revision}|${settingsKey.value}|${runKey.value}`
  )
  /** The key when the document was last saved, opened or made new; null: never saved as it is. */
  const savedKey = ref<string | null>(changeKey.value)
  const dirty = computed(() => savedKey.value !== changeKey.value)

  const backups = createBackupScheduler(backup)
  watch(changeKey, () => backups.touch())
  // The title bar (desktop) or the tab's title (web), and what the close prompt needs.
  watch(
    [title, dirty],
    () => void api.setDocumentState({ title: title.value.trim(), dirty: dirty.value }),
    { immediate: true }
  )
  const unsubscribe = api.onDocumentEvent((event) => void handleEvent(event))
  onScopeDispose(() => {
    unsubscribe()
    backups.cancel()
  })

  function setTitle(text: string): void {
    title.value = text.slice(0, MAX_TITLE_LENGTH)
    textRevision.value++
  }

  function setNotes(text: string): void {
    notes.value = text.slice(0, MAX_NOTES_LENGTH)
    textRevision.value++
  }

  /**
   * The session as the window holds it, and the change key it was built at (null when its run
   * was running: the window runs on past what is saved). Copies, so the stores may go on.
   */
  async function buildSession(): Promise<{ session: Session; key: string | null }> {
    const running = training.status === 'running'
    const run = await training.captureRun()
    // Everything else is read in this same task, after the run's moment was taken.
    const session: Session = {
      title: title.value.trim(),
      notes: notes.value,
      data: data.sessionData(),
      settings: { ...settings.sessionSettings(), stepUnit: training.stepUnit },
      run,
      ...compare.sessionRuns()
    }
    return { session, key: running ? null : changeKey.value }
  }

  /**
   * Replacements of the document (a show, a New), one at a time: the start-up restore and a
   * lesson link opened at start both show one, and the later must not be overwritten by the
   * earlier's late end; an Open clicked while a New is still clearing the work must not land
   * before it.
   */
  const replacements = oneAtATime()

  /** Shows an opened session as the window's document (a CSV goes to the import preview). */
  function show(opened: OpenedDocument, shown: DocumentMessage['kind']): Promise<void> {
    return replacements.run(() => showNow(opened, shown))
  }

  async function showNow(opened: OpenedDocument, shown: DocumentMessage['kind']): Promise<void> {
    if (opened.kind === 'csv') {
      data.previewOpenedCsv(opened)
      return
    }
    const { session } = opened
    await training.resetWeights()
    data.loadTable(session.data)
    settings.applySession(session.settings)
    training.stepUnit = session.settings.stepUnit
    training.restoreRun(session.run, data.revision)
    compare.restore(session.keptRuns)
    title.value = session.title
    notes.value = session.notes
    fileName.value = opened.fileName
    savedKey.value = opened.dirty ? null : changeKey.value
    backups.cancel()
    message.value =
      shown === 'restored'
        ? { kind: 'restored', fileName: opened.fileName }
        : { kind: 'opened', fileName: opened.fileName }
  }

  /** Saves (Save As when `as`, or when the document has no file yet). True once it is saved. */
  async function save(as = false): Promise<boolean> {
    busy.value = true
    try {
      const { session, key } = await buildSession()
      const result = await api.saveSession(session, { as })
      if (!result.ok) {
        message.value = failureMessage('save', result.error)
        return false
      }
      if (result.value === null) return false
      fileName.value = result.value.fileName
      savedKey.value = key
      message.value = { kind: 'saved', fileName: result.value.fileName }
      return true
    } finally {
      busy.value = false
    }
  }

  /** Asks about unsaved changes before they would be lost; true: go on. */
  async function settleUnsaved(
    reason: UnsavedReason,
    about: string | null = null
  ): Promise<boolean> {
    // What is unsaved is known once the document under way is in place: asked right after Don't
    // Save, the question would otherwise be about the work just discarded.
    await replacements.idle()
    if (!dirty.value) return true
    const answer = await prompt.ask({ reason, fileName: about })
    if (answer === 'cancel') return false
    return answer === 'discard' || (await save(false))
  }

  /** A lesson from a link (stores/share.ts): an untitled document, not saved anywhere yet. */
  async function showLesson(lesson: Lesson): Promise<void> {
    const session: Session = { ...lesson, run: null }
    await show({ kind: 'session', session, fileName: null, dirty: true }, 'opened')
    message.value = null // the share store says what was opened, and where the old work is
  }

  async function newDocument(): Promise<void> {
    if (!(await settleUnsaved('new'))) return
    await replacements.run(clearDocument)
  }

  async function clearDocument(): Promise<void> {
    const result = await api.newDocument()
    if (!result.ok) {
      message.value = failureMessage('new', result.error)
      return
    }
    await training.resetWeights()
    data.loadTable(null)
    settings.resetToLab()
    settings.setSpeed({ mode: 'max' })
    training.stepUnit = 'epoch'
    compare.restore([])
    title.value = ''
    notes.value = ''
    fileName.value = null
    savedKey.value = changeKey.value
    backups.cancel()
    message.value = { kind: 'newDocument' }
  }

  async function openResult(
    request: Promise<Awaited<ReturnType<typeof api.openDocument>>>
  ): Promise<void> {
    const result = await request
    if (!result.ok) message.value = failureMessage('open', result.error)
    else if (result.value !== null) await show(result.value, 'opened')
  }

  async function openDocument(): Promise<void> {
    if (!(await settleUnsaved('open'))) return
    await openResult(api.openDocument())
  }

  /** A file dropped on the window: a session replaces the work (once asked), a CSV is previewed. */
  async function openDropped(file: File): Promise<void> {
    if (isSessionFileName(file.name) && !(await settleUnsaved('drop', file.name))) return
    await openResult(api.openDroppedFile(file))
  }

  async function answerRecovery(restore: boolean): Promise<void> {
    recovery.value = null
    const result = await api.answerRecovery(restore)
    if (!result.ok) message.value = failureMessage('recover', result.error)
    else if (restore && result.value !== null) await show(result.value, 'restored')
  }

  async function handleEvent(event: DocumentEvent): Promise<void> {
    switch (event.kind) {
      case 'openRequested': {
        const asks = isSessionFileName(event.fileName)
        const proceed = !asks || (await settleUnsaved('external', event.fileName))
        await openResult(api.answerOpen(event.token, proceed))
        return
      }
      case 'closeRequested': {
        const proceed = await settleUnsaved(event.reason)
        await api.answerClose(event.token, proceed)
        return
      }
      case 'recoveryOffered':
        recovery.value = { title: event.title, savedAt: event.savedAt, fileName: event.fileName }
        return
      case 'restored':
        await show(event.document, 'restored')
    }
  }

  async function backup(): Promise<void> {
    const { session } = await buildSession()
    const result = await api.backupSession(session)
    if (!result.ok) {
      message.value = failureMessage('backup', result.error)
      return
    }
    keptAt.value = new Date()
    // The browser's storage may be cleared: ask it to keep ours, once, and say what it answered.
    if (api.platform === 'web' && storage.value === null) {
      storage.value = await requestPersistentStorage()
    }
  }

  return {
    title,
    notes,
    fileName,
    message,
    recovery,
    keptAt,
    storage,
    busy,
    dirty,
    changeKey,
    setTitle,
    setNotes,
    buildSession,
    save,
    settleUnsaved,
    showLesson,
    /** Resolves once every show (and New) asked for so far is done. */
    shown: () => replacements.idle(),
    newDocument,
    openDocument,
    openDropped,
    answerRecovery,
    handleEvent,
    /** A backup is waiting or being written (the page should not close before it is kept). */
    backupPending: () => backups.pending,
    flushBackup: () => backups.flush()
  }
})
