// Saving and opening by intent, with real files: the renderer never names a path; main asks the
// dialog once, keeps the window's file, adds the extension, and answers with a name only.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Session } from '@shared/session'
import { trainedToySession } from '../../shared/session/documents'
import { toySession } from '../../shared/session/sessionFixtures'
import { useTempDir } from '../../support/tempDir'
import { startHarness, type Harness } from './desktopDocuments'

const temp = useTempDir('saving-opening')
let runs = 0
let harness: Harness
const W = 7 // a window's web contents id

async function start(): Promise<{ home: string; harness: Harness }> {
  const run = runs++
  const home = temp.path(`home-${run}`)
  harness = await startHarness(temp.path(`data-${run}`), home)
  harness.services.pages.windowCreated(W)
  await harness.services.pages.pageLoaded(W)
  return { home, harness }
}

afterEach(async () => harness.services.dispose())

const titled = (title: string): Session => ({ ...trainedToySession(), title })

describe('Save and Save As', () => {
  it('asks where the first time, adds the extension, then saves there without asking', async () => {
    const { home, harness } = await start()
    const { port, deps } = harness.services
    harness.choices.push(join(home, 'week 1')) // GTK adds no extension of its own
    const first = await port.saveSession(W, { session: titled('Week 1: exams'), as: false })
    expect(first).toEqual({ ok: true, value: { fileName: 'week 1.logitlab' } })
    expect(harness.dialogsShown).toEqual([
      { kind: 'save', suggested: join(home, 'Week 1- exams.logitlab') }
    ])
    const path = join(home, 'week 1.logitlab')
    expect(readFileSync(path, 'utf8')).toContain('"title": "Week 1: exams"')
    expect(await port.saveSession(W, { session: titled('second'), as: false })).toEqual({
      ok: true,
      value: { fileName: 'week 1.logitlab' }
    })
    expect(harness.dialogsShown).toHaveLength(1)
    expect(readFileSync(path, 'utf8')).toContain('"title": "second"')
    expect(deps.recent.list()).toEqual([path])
  })

  it('Save As asks again, and the window then belongs to the new file', async () => {
    const { home, harness } = await start()
    const { port, deps } = harness.services
    harness.choices.push(join(home, 'a.logitlab'), join(home, 'b.logitlab'))
    await port.saveSession(W, { session: titled('a'), as: false })
    expect(await port.saveSession(W, { session: titled('b'), as: true })).toEqual({
      ok: true,
      value: { fileName: 'b.logitlab' }
    })
    expect(harness.dialogsShown[1]).toEqual({ kind: 'save', suggested: join(home, 'a.logitlab') })
    expect(deps.windows.get(W).path).toBe(join(home, 'b.logitlab'))
    expect(deps.recent.list()).toEqual([join(home, 'b.logitlab'), join(home, 'a.logitlab')])
  })

  it('writes nothing when the dialog is cancelled', async () => {
    const { home, harness } = await start()
    harness.choices.push(null)
    const saved = await harness.services.port.saveSession(W, { session: titled('x'), as: false })
    expect(saved).toEqual({ ok: true, value: null })
    expect(existsSync(join(home, 'x.logitlab'))).toBe(false)
  })

  it('keeps the window on its file when a save fails, saying which file and why', async () => {
    const { home, harness } = await start()
    const { port, deps } = harness.services
    harness.choices.push(join(home, 'gone', 'lab.logitlab'))
    const saved = await port.saveSession(W, { session: titled('x'), as: false })
    expect(saved).toMatchObject({
      ok: false,
      error: {
        code: 'documentFailed',
        problem: { kind: 'file', fileName: 'lab.logitlab', reason: 'notFound' }
      }
    })
    expect(deps.windows.get(W).path).toBeNull()
    expect(deps.recent.list()).toEqual([])
  })
})

describe('Open', () => {
  it('opens a session into the window, which then belongs to its file', async () => {
    const { home, harness } = await start()
    const { port, deps } = harness.services
    const path = join(home, 'lab.logitlab')
    harness.choices.push(path)
    await port.saveSession(W, { session: titled('saved'), as: false })
    await port.newDocument(W, {})
    expect(deps.windows.get(W).path).toBeNull()
    harness.choices.push(path)
    const opened = await port.openDocument(W, {})
    expect(opened).toEqual({
      ok: true,
      value: { kind: 'session', session: titled('saved'), fileName: 'lab.logitlab', dirty: false }
    })
    expect(harness.dialogsShown.at(-1)).toEqual({ kind: 'open', suggested: home })
    expect(deps.windows.get(W)).toEqual({ path, state: { title: 'saved', dirty: false } })
  })

  it('hands a CSV to the import preview and leaves the window on its own file', async () => {
    const { home, harness } = await start()
    const path = join(home, 'scores.csv')
    writeFileSync(path, 'x1,y\n1,0\n')
    harness.choices.push(path)
    expect(await harness.services.port.openDocument(W, {})).toEqual({
      ok: true,
      value: { kind: 'csv', fileName: 'scores.csv', text: 'x1,y\n1,0\n' }
    })
    expect(harness.services.deps.windows.get(W).path).toBeNull()
  })

  it('refuses a broken session with the field named, the window unchanged', async () => {
    const { home, harness } = await start()
    const { port, deps } = harness.services
    const good = join(home, 'good.logitlab')
    harness.choices.push(good)
    await port.saveSession(W, { session: toySession(), as: false })
    const broken = join(home, 'broken.logitlab')
    writeFileSync(broken, '{"format": "logit-lab/session", "version": 1}')
    harness.choices.push(broken)
    const opened = await port.openDocument(W, {})
    expect(opened).toMatchObject({
      ok: false,
      error: { code: 'documentFailed', problem: { kind: 'session', fileName: 'broken.logitlab' } }
    })
    expect(deps.windows.get(W).path).toBe(good)
  })

  it('forgets a recent file that is gone', async () => {
    const { home, harness } = await start()
    const { port, deps } = harness.services
    const path = join(home, 'lab.logitlab')
    harness.choices.push(path)
    await port.saveSession(W, { session: toySession(), as: false })
    rmSync(path)
    harness.choices.push(path)
    expect(await port.openDocument(W, {})).toMatchObject({
      error: { problem: { reason: 'notFound' } }
    })
    expect(deps.recent.list()).toEqual([])
  })
})

describe('a dropped file', () => {
  it('opens a session or a CSV named in full', async () => {
    const { home, harness } = await start()
    const path = join(home, 'scores.csv')
    writeFileSync(path, 'x1,y\n1,0\n')
    expect(await harness.services.port.openDroppedFile(W, { path })).toMatchObject({
      ok: true,
      value: { kind: 'csv' }
    })
  })

  it.each(['relative.logitlab', '/etc/passwd', '/home/t/notes.txt'])(
    'refuses %s without reading it',
    async (path) => {
      const { harness } = await start()
      expect(await harness.services.port.openDroppedFile(W, { path })).toMatchObject({
        ok: false,
        error: { problem: { kind: 'file', reason: 'notSessionOrCsv' } }
      })
    }
  )
})

describe('exports', () => {
  it('go through the Save dialog with their extension, beside the window file', async () => {
    const { home, harness } = await start()
    const { port } = harness.services
    harness.choices.push(join(home, 'lab.logitlab'))
    await port.saveSession(W, { session: toySession(), as: false })
    harness.choices.push(join(home, 'model'))
    const content = new Uint8Array([1, 2, 3])
    const exported = await port.exportFile(W, { kind: 'onnx', suggestedName: 'lab', content })
    expect(exported).toEqual({ ok: true, value: { fileName: 'model.onnx' } })
    expect(harness.dialogsShown.at(-1)).toEqual({
      kind: 'export',
      exportKind: 'onnx',
      suggested: join(home, 'lab.onnx')
    })
    expect(new Uint8Array(readFileSync(join(home, 'model.onnx')))).toEqual(content)
  })
})
