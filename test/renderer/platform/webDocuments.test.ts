// The web edition's documents over the real documents service (run in this thread, its IndexedDB
// replaced by a Map) with the browser's pickers and downloads recorded: what Save writes opens
// again, a reload finds its own tab's backup, a closed tab's backup is offered, and a bad file
// leaves the work alone with the field that is wrong.
import { describe, expect, it, vi } from 'vitest'
import { labConfig, toyDataset } from '@core'
import type { DocumentEvent, LabApi } from '@shared/contract'
import { decodeSession, type Session } from '@shared/session'
import { createWebDocuments, suggestedFileName } from '@renderer/platform/webDocuments'
import { createDocumentService, type BackupStorage } from '@renderer/platform/webDocumentService'
import * as webFiles from '@renderer/platform/webFiles'
import { toySession, trainedSession } from '../../shared/session/sessionFixtures'

function mapStorage(): BackupStorage & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>()
  return {
    map,
    get: async <T>(key: string) => map.get(key) as T | undefined,
    setMany: async (entries) => entries.forEach(([key, value]) => map.set(key, value)),
    delMany: async (keys) => keys.forEach((key) => map.delete(key)),
    keys: async () => [...map.keys()]
  }
}

interface FakeHandle {
  name: string
}

function fakeFiles(inPlace: boolean) {
  const downloads: { name: string; text: Promise<string>; type: string }[] = []
  const written = new Map<string, string>()
  const picked: string[] = []
  const state = {
    cancelNext: false,
    failWrite: null as string | null,
    openNext: null as webFiles.PickedFile | null
  }
  const files: typeof webFiles = {
    ...webFiles,
    canSaveInPlace: () => inPlace,
    mayWrite: async () => true,
    async pickSaveFile(name) {
      if (state.cancelNext) throw new DOMException('cancelled', 'AbortError')
      picked.push(name)
      return { name } as FakeHandle as FileSystemFileHandle
    },
    async writeFile(handle, blob) {
      if (state.failWrite) throw new DOMException('no', state.failWrite)
      written.set(handle.name, await blob.text())
    },
    download: (blob, name) => void downloads.push({ name, text: blob.text(), type: blob.type }),
    pickOpenFile: async () => state.openNext
  }
  return { files, downloads, written, picked, state }
}

function tab(storage: BackupStorage, slot: string, liveSlots: string[] = [], inPlace = false) {
  const service = createDocumentService(storage)
  const fake = fakeFiles(inPlace)
  const docs = createWebDocuments({
    documents: (request) => service.handle(request),
    claimSlot: async () => ({ slot, liveSlots }),
    files: fake.files
  })
  const events: DocumentEvent[] = []
  docs.onDocumentEvent((event) => events.push(event))
  return { docs, events, ...fake }
}

/** Lets the start's restore (several chained awaits) finish. */
async function settle(docs: Pick<LabApi, 'answerOpen'>): Promise<void> {
  for (let k = 0; k < 20; k++) await docs.answerOpen('x', false)
}

const sessionFile = (text: string, name = 'lab.logitlab') => new File([text], name)

describe('web edition documents', () => {
  it('saves as a download that opens again as the same session', async () => {
    const { docs, downloads } = tab(mapStorage(), 'a')
    const session: Session = { ...trainedSession(toyDataset(), labConfig, 40), title: 'Week 3' }
    const saved = await docs.saveSession(session, { as: false })
    expect(saved).toEqual({ ok: true, value: { fileName: 'Week 3.logitlab' } })
    expect(downloads.map((d) => d.name)).toEqual(['Week 3.logitlab'])
    const decoded = decodeSession(await downloads[0].text)
    expect(decoded.ok && decoded.session).toEqual(session)
  })

  it('saves in place with the File System Access API: picks once, then writes the same file', async () => {
    const { docs, written, picked, state } = tab(mapStorage(), 'a', [], true)
    const session = toySession()
    await docs.saveSession(session, { as: false })
    await docs.saveSession({ ...session, notes: 'second' }, { as: false })
    expect(picked).toEqual(['logit-lab.logitlab'])
    const text = written.get('logit-lab.logitlab') ?? ''
    expect(decodeSession(text).ok && JSON.parse(text).notes).toBe('second')
    state.cancelNext = true
    expect(await docs.saveSession(session, { as: true })).toEqual({ ok: true, value: null })
  })

  it('keeps the old file name when writing fails, and says why', async () => {
    const { docs, state } = tab(mapStorage(), 'a', [], true)
    state.failWrite = 'NotAllowedError'
    const result = await docs.saveSession(toySession(), { as: false })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.problem).toMatchObject({
      kind: 'file',
      fileName: 'logit-lab.logitlab',
      reason: 'notAllowed'
    })
  })

  it("restores this tab's backup on a reload, with its file name and unsaved mark", async () => {
    const storage = mapStorage()
    const first = tab(storage, 'a')
    await settle(first.docs)
    await first.docs.saveSession(toySession(), { as: false })
    await first.docs.setDocumentState({ title: '', dirty: true })
    const edited = { ...toySession(), notes: 'edited after saving' }
    expect(await first.docs.backupSession(edited)).toEqual({ ok: true, value: null })

    const reloaded = tab(storage, 'a')
    await settle(reloaded.docs)
    expect(reloaded.events).toEqual([
      {
        kind: 'restored',
        document: { kind: 'session', session: edited, fileName: 'logit-lab.logitlab', dirty: true }
      }
    ])
  })

  it("offers a closed tab's backup, never a live tab's, and moves it to this tab when restored", async () => {
    const storage = mapStorage()
    const closed = tab(storage, 'closed')
    await settle(closed.docs)
    await closed.docs.backupSession({ ...toySession(), title: 'Lost work' })

    const beside = tab(storage, 'b', ['closed'])
    await settle(beside.docs)
    expect(beside.events).toEqual([])

    const next = tab(storage, 'c')
    await settle(next.docs)
    expect(next.events).toMatchObject([{ kind: 'recoveryOffered', title: 'Lost work' }])
    const restored = await next.docs.answerRecovery(true)
    expect(restored.ok && restored.value?.kind === 'session' && restored.value.session.title).toBe(
      'Lost work'
    )
    expect([...storage.map.keys()].sort()).toEqual(['meta:c', 'text:c'])
  })

  it('deletes an offered backup that is declined, and the backup of a new document', async () => {
    const storage = mapStorage()
    const closed = tab(storage, 'closed')
    await settle(closed.docs)
    await closed.docs.backupSession(toySession())
    const next = tab(storage, 'c')
    await settle(next.docs)
    expect(await next.docs.answerRecovery(false)).toEqual({ ok: true, value: null })
    expect(storage.map.size).toBe(0)
    await next.docs.backupSession(toySession())
    await next.docs.newDocument()
    expect(storage.map.size).toBe(0)
  })

  it('sets the work aside before a lesson link, offers it back at once, and restores it', async () => {
    const storage = mapStorage()
    const first = tab(storage, 'a')
    await first.docs.saveSession(toySession(), { as: false })
    const work = { ...toySession(), title: 'Before the link', notes: 'mine' }
    expect(await first.docs.setAsideWork(async () => work)).toEqual({ ok: true, value: true })
    expect(first.events).toMatchObject([{ kind: 'recoveryOffered', title: 'Before the link' }])
    // The lesson takes the tab's own slot; the work stays in its own.
    await first.docs.newDocument()
    await first.docs.backupSession({ ...toySession(), title: 'The lesson' })
    const restored = await first.docs.answerRecovery(true)
    expect(restored.ok && restored.value).toEqual({
      kind: 'session',
      session: work,
      fileName: 'logit-lab.logitlab',
      dirty: false
    })
  })

  it('keeps work set aside and not answered for a later start, beside the lesson', async () => {
    const storage = mapStorage()
    const first = tab(storage, 'a')
    const work = { ...toySession(), title: 'Before the link' }
    await first.docs.setAsideWork(async () => work)
    await first.docs.newDocument()
    await first.docs.backupSession({ ...toySession(), title: 'The lesson' })
    const later = tab(storage, 'c', ['a'])
    await settle(later.docs)
    expect(later.events).toMatchObject([{ kind: 'recoveryOffered', title: 'Before the link' }])
    const restored = await later.docs.answerRecovery(true)
    expect(restored.ok && restored.value?.kind === 'session' && restored.value.session).toEqual(
      work
    )
  })

  it('sets nothing aside when the window has no work to keep', async () => {
    const storage = mapStorage()
    const first = tab(storage, 'a')
    expect(await first.docs.setAsideWork(async () => null)).toEqual({ ok: true, value: false })
    expect(first.events).toEqual([])
    expect(storage.map.size).toBe(0)
  })

  it('refuses a file that is not a session, naming the field, and one that is neither kind', async () => {
    const { docs } = tab(mapStorage(), 'a')
    const good = JSON.parse(
      (await (async () => {
        const { docs: saver, downloads } = tab(mapStorage(), 'z')
        await saver.saveSession(toySession(), { as: false })
        return downloads[0].text
      })()) as string
    )
    good.settings.config.optimizer.lr = 'fast'
    const opened = await docs.openDroppedFile(sessionFile(JSON.stringify(good)))
    expect(!opened.ok && opened.error.problem).toEqual({
      kind: 'session',
      fileName: 'lab.logitlab',
      error: { code: 'invalidField', field: 'settings.config.optimizer.lr', reason: 'type' }
    })
    const text = await docs.openDroppedFile(sessionFile('hello', 'notes.txt'))
    expect(!text.ok && text.error.problem).toMatchObject({ reason: 'notSessionOrCsv' })
  })

  it('opens a CSV for the import preview and a session from the Open picker', async () => {
    const { docs, state, downloads } = tab(mapStorage(), 'a')
    const file = new File(['x,y\n1,0\n'], 'data.csv')
    const csv = await docs.openDroppedFile(file)
    expect(csv).toEqual({ ok: true, value: { kind: 'csv', fileName: 'data.csv', file } })
    await docs.saveSession(toySession(), { as: false })
    state.openNext = { file: sessionFile(await downloads[0].text, 'saved.logitlab'), handle: null }
    const opened = await docs.openDocument()
    expect(opened.ok && opened.value).toMatchObject({ kind: 'session', fileName: 'saved.logitlab' })
  })

  it('hands a CSV to the import as the file itself, never read or decoded on the page', async () => {
    const { docs } = tab(mapStorage(), 'a')
    const file = new File(['\uFEFFx,y\n1,0\n'], 'scores.csv', { type: 'text/csv' })
    // Every way the page could read the file's bytes or text.
    const reads = (['arrayBuffer', 'text', 'stream', 'bytes', 'slice'] as const)
      .filter((method) => typeof file[method] === 'function')
      .map((method) => vi.spyOn(file, method))
    expect(reads.length).toBeGreaterThanOrEqual(4)
    const opened = await docs.openDroppedFile(file)
    expect(opened.ok && opened.value).toEqual({ kind: 'csv', fileName: 'scores.csv', file })
    expect(
      opened.ok && opened.value?.kind === 'csv' && 'file' in opened.value && opened.value.file
    ).toBe(file)
    for (const read of reads) expect(read).not.toHaveBeenCalled()
  })

  it('exports as a download of the given name and type', async () => {
    const { docs, downloads } = tab(mapStorage(), 'a')
    const bytes = Uint8Array.of(8, 7)
    await docs.exportFile({ kind: 'onnx', suggestedName: 'model.onnx', content: bytes })
    expect(downloads.map(({ name, type }) => [name, type])).toEqual([
      ['model.onnx', 'application/octet-stream']
    ])
  })

  it('names an untitled file after its title, without characters file systems refuse', () => {
    expect(suggestedFileName('')).toBe('logit-lab.logitlab')
    expect(suggestedFileName('a/b: c?')).toBe('a b c.logitlab')
  })
})
