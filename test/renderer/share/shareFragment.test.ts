// The web edition opened with a lesson in its address: the fragment leaves the address at once
// (a reload must not open the lesson again), other fragments are left alone, a fragment put in
// the address later is opened too, and a lesson opened at start is never overwritten by the
// start-up restore of the tab's earlier work (which is the work kept in recovery instead).
import { effectScope } from 'vue'
import { describe, expect, it, vi } from 'vitest'
import type { ApiResult, Session } from '@shared/contract'
import { makeShareLink } from '@shared/shareLink'
import { useDatasetStore } from '@renderer/stores/dataset'
import { useDocumentStore } from '@renderer/stores/document'
import { useSettingsStore } from '@renderer/stores/settings'
import { useShareStore } from '@renderer/stores/share'
import { useTrainingStore } from '@renderer/stores/training'
import { useShareFragment } from '@renderer/composables/useShareFragment'
import { toySession } from '../../shared/session/sessionFixtures'
import { FakeLabApi } from '../support/fakeLabApi'
import { settle, setupStores } from '../support/harness'

class WebApi extends FakeLabApi {
  readonly keptAside: (Session | null)[] = []
  async setAsideWork(current: () => Promise<Session | null>): Promise<ApiResult<boolean>> {
    const session = await current()
    this.keptAside.push(session)
    return { ok: true, value: session !== null }
  }
}

/** The parts of a window the composable uses, with the address it was opened at. */
function fakeWindow(hash: string) {
  const listeners = new Map<string, () => void>()
  const replaced: string[] = []
  const target = {
    location: { hash, pathname: '/lab/', search: '?lang=ko' },
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, url: string) => {
        replaced.push(url)
        target.location.hash = ''
      }
    },
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type)
  }
  return { target: target as unknown as Window, replaced, listeners, location: target.location }
}

function lessonLink(lr: number): string {
  const session = toySession()
  const { config } = session.settings
  const settings = {
    ...session.settings,
    config: { ...config, optimizer: { ...config.optimizer, lr } }
  }
  const made = makeShareLink(
    'https://class.example/lab/',
    { title: 'From the link', notes: '', data: session.data, settings },
    { appVersion: '0.1.0', savedAt: new Date('2026-03-02T10:00:00Z') }
  )
  if (!made.ok) throw new Error('not made')
  return made.link
}

function start(hash: string, api = new WebApi()) {
  setupStores(api)
  // Each opening the composable starts, to wait for.
  const openings: Promise<boolean>[] = []
  const share = useShareStore()
  const openLink = share.openLink
  vi.spyOn(share, 'openLink').mockImplementation((text, from) => {
    const opening = openLink(text, from)
    openings.push(opening)
    return opening
  })
  const window = fakeWindow(hash)
  const scope = effectScope()
  scope.run(() => useShareFragment(window.target))
  const opened = () => Promise.all(openings)
  return { api, scope, opened, ...window }
}

describe('a lesson in the address', () => {
  it('is opened, and its fragment leaves the address whether or not it opens', async () => {
    const link = lessonLink(0.25)
    const { replaced, opened } = start(link.slice(link.indexOf('#')))
    expect(replaced).toEqual(['/lab/?lang=ko'])
    expect(await opened()).toEqual([true])
    expect(useSettingsStore().config.optimizer.lr).toBe(0.25)
    expect(useDocumentStore().title).toBe('From the link')

    const broken = start('#lesson=1.AAAA')
    expect(broken.replaced).toEqual(['/lab/?lang=ko'])
    expect(await broken.opened()).toEqual([false])
    expect(useShareStore().notice).toMatchObject({ kind: 'refused', reason: { code: 'corrupt' } })
    expect(useDocumentStore().title).toBe('')
    expect(broken.api.callsTo('newDocument')).toEqual([])
  })

  it('leaves any other fragment alone, and opens a lesson put in the address later', async () => {
    const { replaced, listeners, location, scope, opened } = start('#section-2')
    expect(replaced).toEqual([])
    const link = lessonLink(0.5)
    location.hash = link.slice(link.indexOf('#'))
    listeners.get('hashchange')?.()
    expect(replaced).toEqual(['/lab/?lang=ko'])
    expect(await opened()).toEqual([true])
    expect(useSettingsStore().config.optimizer.lr).toBe(0.5)
    scope.stop()
    expect(listeners.has('hashchange')).toBe(false)
  })

  it('is not overwritten by the start-up restore, which is the work kept instead', async () => {
    const api = new WebApi()
    setupStores(api)
    const restoredWork: Session = { ...toySession(), title: 'Yesterday', notes: 'unsaved' }
    // The tab's own backup arrives as the page starts, just before the link is read, and its
    // show is slow (a run to stop first): the lesson must still be shown after it.
    useDocumentStore()
    let release = (): void => undefined
    const slow = new Promise<void>((resolve) => (release = resolve))
    vi.spyOn(useTrainingStore(), 'resetWeights').mockReturnValueOnce(slow)
    api.emitDocument({
      kind: 'restored',
      document: { kind: 'session', session: restoredWork, fileName: null, dirty: true }
    })
    const opening = useShareStore().openLink(lessonLink(0.125), 'address')
    await settle()
    release()
    expect(await opening).toBe(true)
    expect(api.keptAside.map((session) => session?.title)).toEqual(['Yesterday'])
    expect(api.keptAside[0]?.data).toEqual(restoredWork.data)
    expect(useDocumentStore().title).toBe('From the link')
    expect(useSettingsStore().config.optimizer.lr).toBe(0.125)
    expect(useDatasetStore().sessionData()).toEqual(toySession().data)
  })
})
