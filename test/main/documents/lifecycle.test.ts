// A window's document across its life and the app's, with real files: backups about the work,
// hot exit (quit, start again: the window as it was), crash recovery (offered, restored or
// declined), files handed in from outside (asked about, by token), and "may I close?".
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Session } from '@shared/session'
import { trainedToySession } from '../../shared/session/documents'
import { useTempDir } from '../../support/tempDir'
import { lastEvent, startHarness, type Harness } from './desktopDocuments'

const temp = useTempDir('lifecycle')
let runs = 0
const W = 3

function folders(): { data: string; home: string } {
  const run = runs++
  return { data: temp.path(`data-${run}`), home: temp.path(`home-${run}`) }
}

async function openWindow(harness: Harness, owner = W): Promise<void> {
  harness.services.pages.windowCreated(owner)
  await harness.services.pages.pageLoaded(owner)
}

const titled = (title: string): Session => ({ ...trainedToySession(), title })

describe('hot exit', () => {
  it('brings an unsaved window back as it was at the next start, without asking', async () => {
    const { data, home } = folders()
    const first = await startHarness(data, home)
    await openWindow(first)
    await first.services.port.backupSession(W, { session: titled('unsaved work') })
    await first.services.port.setDocumentState(W, { title: 'unsaved work', dirty: true })
    first.services.pages.windowClosed(W, 'keepClean') // the app quit
    await first.services.dispose()

    const second = await startHarness(data, home)
    expect(second.services.lastRunWindows).toBe(1)
    await openWindow(second, 11)
    expect(lastEvent(second, 11, 'recoveryOffered')).toBeUndefined()
    expect(lastEvent(second, 11, 'restored')).toEqual({
      kind: 'restored',
      document: { kind: 'session', session: titled('unsaved work'), fileName: null, dirty: true }
    })
    expect(second.services.deps.windows.get(11).state).toEqual({
      title: 'unsaved work',
      dirty: true
    })
    await second.services.dispose()
  })

  it('reopens a saved window from its file, which may have changed since', async () => {
    const { data, home } = folders()
    const first = await startHarness(data, home)
    await openWindow(first)
    first.choices.push(join(home, 'lab.logitlab'))
    await first.services.port.saveSession(W, { session: titled('saved'), as: false })
    await first.services.port.setDocumentState(W, { title: 'saved', dirty: false })
    first.services.pages.windowClosed(W, 'keepClean')
    await first.services.dispose()

    const other = await startHarness(temp.path('elsewhere'), home) // e.g. the CLI rewrote it
    await openWindow(other, 1)
    other.choices.push(join(home, 'lab.logitlab'))
    await other.services.port.saveSession(1, { session: titled('changed'), as: false })
    await other.services.dispose()

    const second = await startHarness(data, home)
    await openWindow(second, 12)
    expect(lastEvent(second, 12, 'restored')?.document).toMatchObject({
      session: { title: 'changed' },
      fileName: 'lab.logitlab',
      dirty: false
    })
    expect(second.services.deps.windows.get(12).path).toBe(join(home, 'lab.logitlab'))
    await second.services.dispose()
  })

  it('does not bring back a window closed on purpose while the app went on', async () => {
    const { data, home } = folders()
    const first = await startHarness(data, home)
    await openWindow(first)
    await first.services.port.backupSession(W, { session: titled('put away') })
    first.services.pages.windowClosed(W, 'remove')
    await first.services.dispose()
    const second = await startHarness(data, home)
    expect(second.services.lastRunWindows).toBe(0)
    await second.services.dispose()
  })
})

describe('after a crash', () => {
  async function crashedRun(): Promise<{ data: string; home: string }> {
    const where = folders()
    const first = await startHarness(where.data, where.home)
    await openWindow(first)
    await first.services.port.setDocumentState(W, { title: 'lost?', dirty: true })
    await first.services.port.backupSession(W, { session: titled('lost?') })
    await first.services.deps.backups.settled() // then the process dies: no close, no dispose
    return where
  }

  it('offers the work at the next start, and restores it when accepted', async () => {
    const { data, home } = await crashedRun()
    const second = await startHarness(data, home)
    await openWindow(second, 21)
    expect(lastEvent(second, 21, 'recoveryOffered')).toMatchObject({
      kind: 'recoveryOffered',
      title: 'lost?',
      fileName: null
    })
    expect(lastEvent(second, 21, 'restored')).toBeUndefined()
    const answer = await second.services.port.answerRecovery(21, { restore: true })
    expect(answer).toEqual({
      ok: true,
      value: { kind: 'session', session: titled('lost?'), fileName: null, dirty: true }
    })
    // Answered once: a second answer finds nothing.
    expect(await second.services.port.answerRecovery(21, { restore: true })).toEqual({
      ok: true,
      value: null
    })
    await second.services.dispose()
  })

  it('removes the work when declined: not offered again', async () => {
    const { data, home } = await crashedRun()
    const second = await startHarness(data, home)
    await openWindow(second, 21)
    await second.services.port.answerRecovery(21, { restore: false })
    await second.services.dispose()
    const third = await startHarness(data, home)
    expect(third.services.lastRunWindows).toBe(0)
    await third.services.dispose()
  })
})

describe('a file from outside (Open Recent, a double-click, a second launch)', () => {
  it('is offered to the page once loaded, and opened only when it accepts', async () => {
    const { data, home } = folders()
    const harness = await startHarness(data, home)
    await openWindow(harness, 1)
    harness.choices.push(join(home, 'lab.logitlab'))
    await harness.services.port.saveSession(1, { session: titled('from outside'), as: false })

    harness.services.pages.windowCreated(2)
    harness.services.pages.openWhenReady(2, join(home, 'lab.logitlab'))
    expect(lastEvent(harness, 2, 'openRequested')).toBeUndefined() // not loaded yet
    await harness.services.pages.pageLoaded(2)
    const request = lastEvent(harness, 2, 'openRequested')
    expect(request).toMatchObject({ fileName: 'lab.logitlab' })
    const token = request?.token ?? ''
    // Another window cannot answer for it.
    expect(await harness.services.port.answerOpen(1, { token, accept: true })).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload', field: 'token' }
    })
    expect(await harness.services.port.answerOpen(2, { token, accept: true })).toMatchObject({
      ok: true,
      value: { kind: 'session', session: { title: 'from outside' }, fileName: 'lab.logitlab' }
    })
    // Single use.
    expect(await harness.services.port.answerOpen(2, { token, accept: true })).toMatchObject({
      ok: false
    })
    await harness.services.dispose()
  })

  it('is left alone when the page declines (Cancel in its unsaved-changes prompt)', async () => {
    const { data, home } = folders()
    const harness = await startHarness(data, home)
    await openWindow(harness, 1)
    harness.services.pages.openWhenReady(1, join(home, 'other.logitlab'))
    const token = lastEvent(harness, 1, 'openRequested')?.token ?? ''
    expect(await harness.services.port.answerOpen(1, { token, accept: false })).toEqual({
      ok: true,
      value: null
    })
    expect(harness.services.deps.windows.get(1).path).toBeNull()
    await harness.services.dispose()
  })
})

describe('may this window close?', () => {
  it("asks the page, which answers Save / Don't Save / Cancel by closing or not", async () => {
    const { data, home } = folders()
    const harness = await startHarness(data, home)
    await openWindow(harness)
    const { closes } = harness.services.deps
    const cancelled = closes.ask(W, 'close')
    const asked = lastEvent(harness, W, 'closeRequested')
    expect(asked).toMatchObject({ reason: 'close' })
    await harness.services.port.answerClose(W, { token: asked?.token ?? '', close: false })
    expect(await cancelled).toEqual({ close: false })
    const agreed = closes.ask(W, 'quit')
    const again = lastEvent(harness, W, 'closeRequested')
    expect(again?.token).not.toBe(asked?.token)
    expect(
      await harness.services.port.answerClose(W, { token: asked?.token ?? '', close: true })
    ).toMatchObject({ ok: false })
    await harness.services.port.answerClose(W, { token: again?.token ?? '', close: true })
    expect(await agreed).toEqual({ close: true, by: 'page' })
    await harness.services.dispose()
  })

  it('asks the user natively when the page cannot answer, or does not in time', async () => {
    const { data, home } = folders()
    const harness = await startHarness(data, home, 50)
    await openWindow(harness, 1)
    await openWindow(harness, 2)
    harness.unreachable.add(1)
    expect(await harness.services.deps.closes.ask(1, 'close')).toEqual({
      close: true,
      by: 'fallback'
    })
    harness.fallbackAnswer = false
    expect(await harness.services.deps.closes.ask(2, 'close')).toEqual({ close: false }) // hung
    expect(harness.fallbacks).toEqual([1, 2])
    await harness.services.dispose()
  })
})

describe('New', () => {
  it('forgets the file and removes the backup of the work it replaces', async () => {
    const { data, home } = folders()
    const first = await startHarness(data, home)
    await openWindow(first)
    first.choices.push(join(home, 'lab.logitlab'))
    await first.services.port.saveSession(W, { session: titled('old'), as: false })
    await first.services.port.backupSession(W, { session: titled('old, edited') })
    await first.services.port.newDocument(W, {})
    expect(first.services.deps.windows.get(W)).toEqual({
      path: null,
      state: { title: '', dirty: false }
    })
    await first.services.dispose() // a crash now: nothing of the old work to offer
    const second = await startHarness(data, home)
    expect(second.services.lastRunWindows).toBe(0)
    await second.services.dispose()
  })
})
