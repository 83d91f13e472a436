// The share store: a link made from the window's data and settings (copied, or shown to copy by
// hand), the file offered when the lesson is too long, and a pasted link that replaces the work
// only once the work is safe (kept in recovery on the web, asked about on the desktop), while a
// bad link leaves everything as it was and says what is wrong, in both languages.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ApiResult, Session } from '@shared/contract'
import { readShareLink, makeShareLink, type Lesson } from '@shared/shareLink'
import { deflateSync } from 'fflate'
import { toBase64url } from '@shared/base64url'
import { encodeSession, tableFromDataset } from '@shared/session'
import { createAppI18n } from '@renderer/i18n'
import { useDatasetStore } from '@renderer/stores/dataset'
import { useDocumentStore } from '@renderer/stores/document'
import { useSettingsStore } from '@renderer/stores/settings'
import { useShareStore, type ShareEnvironment } from '@renderer/stores/share'
import { useUnsavedPromptStore } from '@renderer/stores/unsavedPrompt'
import { useUiStore } from '@renderer/stores/ui'
import { refusalText, shareNoticeText } from '@renderer/components/document/shareText'
import { builtInData } from '@core'
import { FakeLabApi } from '../support/fakeLabApi'
import { settle, setupStores } from '../support/harness'

const BASE = 'https://class.example/lab/'
const meta = { appVersion: '0.1.0', savedAt: new Date('2026-03-02T10:00:00Z') }

/** The web edition's API: it keeps the work it is given, as its documents worker would. */
class WebApi extends FakeLabApi {
  readonly keptAside: (Session | null)[] = []
  async setAsideWork(current: () => Promise<Session | null>): Promise<ApiResult<boolean>> {
    const session = await current()
    this.keptAside.push(session)
    return { ok: true, value: session !== null }
  }
}

function environment(clipboard: 'allows' | 'refuses' = 'allows') {
  const copied: string[] = []
  const env: ShareEnvironment = {
    baseUrl: () => `${BASE}#old-fragment`,
    async writeClipboard(text) {
      if (clipboard === 'refuses') throw new DOMException('denied', 'NotAllowedError')
      copied.push(text)
    }
  }
  return { env, copied }
}

function stores(api = new FakeLabApi(), clipboard: 'allows' | 'refuses' = 'allows') {
  setupStores(api)
  const share = useShareStore()
  const { env, copied } = environment(clipboard)
  share.useEnvironment(env)
  return {
    api,
    share,
    copied,
    data: useDatasetStore(),
    settings: useSettingsStore(),
    doc: useDocumentStore()
  }
}

/** A lesson unlike the window's: a changed row, lr 0.05, a title (built from the stores' own). */
function otherLesson({
  data,
  settings
}: Pick<ReturnType<typeof stores>, 'data' | 'settings'>): Lesson {
  const table = data.sessionData()
  const columns = table.columns.map((column) => Float64Array.from(column))
  columns[0][0] = 7
  const now = settings.sessionSettings()
  const optimizer = { ...now.config.optimizer, lr: 0.05 }
  return {
    title: 'Week 2',
    notes: '',
    data: { ...table, columns },
    settings: { ...now, config: { ...now.config, optimizer }, stepUnit: 'epoch' }
  }
}

function linkTo(lesson: Lesson): string {
  const made = makeShareLink(BASE, lesson, meta)
  if (!made.ok) throw new Error('not made')
  return made.link
}

const en = createAppI18n('en').global.t
const ko = createAppI18n('ko').global.t

beforeEach(() => {
  vi.restoreAllMocks()
})

describe('making a link', () => {
  it("carries the window's data, settings, title and notes, and is copied", async () => {
    const { share, copied, data, settings, doc } = stores()
    data.setCell(2, 1, '4.5')
    settings.setNumber('lr', '0.1')
    doc.setTitle('Homework 3')
    doc.setNotes('Try lr 10 next.')
    await share.makeLink()
    const shown = share.dialog
    expect(shown).toMatchObject({ kind: 'link', copied: true })
    if (shown?.kind !== 'link') throw new Error('no link shown')
    expect(copied).toEqual([shown.link])
    // Made on the page's address, its old fragment replaced.
    expect(shown.link.startsWith(`${BASE}#lesson=1.`)).toBe(true)
    const read = readShareLink(shown.link)
    if (!read.ok) throw new Error(JSON.stringify(read.reason))
    expect(read.lesson.data).toEqual(data.sessionData())
    expect(read.lesson.data.columns[1][2]).toBe(4.5)
    expect(read.lesson.settings.config.optimizer.lr).toBe(0.1)
    expect(read.lesson.settings).toEqual({ ...settings.sessionSettings(), stepUnit: 'epoch' })
    expect([read.lesson.title, read.lesson.notes]).toEqual(['Homework 3', 'Try lr 10 next.'])
    expect(en('share.copied')).toMatch(/copied/)
  })

  it('shows the link to copy by hand when the clipboard is refused; Copy tries again', async () => {
    const { share } = stores(new FakeLabApi(), 'refuses')
    await share.makeLink()
    expect(share.dialog).toMatchObject({ kind: 'link', copied: false })
    const link = share.dialog?.kind === 'link' ? share.dialog.link : ''
    expect(readShareLink(link).ok).toBe(true)
    const allowing = environment('allows')
    share.useEnvironment(allowing.env)
    await share.copy()
    expect(share.dialog).toEqual({ kind: 'link', link, copied: true })
    expect(allowing.copied).toEqual([link])
  })

  it('refuses a lesson too long for a link, naming both lengths, and offers to save the file', async () => {
    const { api, share, data } = stores()
    const blobs = builtInData('blobs', { rows: 5000, seed: 2 })
    if (!blobs.ok) throw new Error('no blobs')
    data.loadTable(tableFromDataset(blobs.data.dataset))
    await share.makeLink()
    const shown = share.dialog
    expect(shown).toMatchObject({ kind: 'tooLong', limit: 8000 })
    if (shown?.kind !== 'tooLong') throw new Error('not refused')
    expect(shown.length).toBeGreaterThan(8000)
    const text = en('share.tooLong', shown)
    expect(text).toContain(String(shown.length))
    expect(text).toContain('8000')
    expect(ko('share.tooLong', shown)).toContain('파일로 저장')
    await share.saveFileInstead()
    expect(share.dialog).toBeNull()
    const [[saved, options]] = api.callsTo('saveSession') as [[Session, { as: boolean }]]
    expect(options).toEqual({ as: false })
    expect(saved.data.columns[0]).toHaveLength(5000)
  })
})

describe("the desktop menu's share commands", () => {
  it('Copy Share Link makes and copies the link; Open Shared Link… asks for one', async () => {
    const { api, share, copied } = stores()
    useUiStore()
    api.emitMenu({ kind: 'copyShareLink' })
    await settle()
    await vi.waitFor(() => expect(share.dialog).toMatchObject({ kind: 'link', copied: true }))
    expect(copied).toHaveLength(1)
    api.emitMenu({ kind: 'openShareLink' })
    expect(share.dialog).toEqual({ kind: 'paste', refusal: null })
  })
})

describe('opening a pasted link', () => {
  it('web: keeps the work before it in recovery, then shows the lesson with no question', async () => {
    const api = new WebApi()
    const { share, data, settings, doc } = stores(api)
    const lesson = otherLesson({ data, settings })
    data.setCell(1, 0, '9')
    const before = data.sessionData()
    share.askForLink()
    expect(await share.openLink(`  ${linkTo(lesson)}\n`, 'paste')).toBe(true)
    // The old work, as the window had it, went to the recovery backup.
    expect(api.keptAside).toHaveLength(1)
    expect(api.keptAside[0]?.data).toEqual(before)
    expect(useUnsavedPromptStore().question).toBeNull()
    expect(api.callsTo('newDocument')).toHaveLength(1)
    expect(data.sessionData()).toEqual(lesson.data)
    expect({ ...settings.sessionSettings(), stepUnit: 'epoch' }).toEqual(lesson.settings)
    expect([doc.title, doc.fileName, doc.dirty]).toEqual(['Week 2', null, true])
    expect(share.dialog).toBeNull()
    expect(share.notice).toEqual({ kind: 'opened', title: 'Week 2', keptInRecovery: true })
    const said = shareNoticeText(en, share.notice!)
    expect(said).toContain('Week 2')
    expect(said).toContain('recovery')
    expect(shareNoticeText(ko, share.notice!)).toContain('복구')
  })

  it('web: keeps nothing when the work is in no danger (not changed since it was made)', async () => {
    const api = new WebApi()
    const { share, data, settings } = stores(api)
    expect(await share.openLink(linkTo(otherLesson({ data, settings })), 'paste')).toBe(true)
    expect(api.keptAside).toEqual([null])
    expect(share.notice).toMatchObject({ keptInRecovery: false })
  })

  it('web: opens nothing when the work cannot be kept, and says why', async () => {
    const api = new WebApi()
    const { share, data, settings } = stores(api)
    api.setAsideWork = async () => ({
      ok: false,
      error: {
        code: 'documentFailed',
        message: 'file',
        problem: { kind: 'file', fileName: '', reason: 'diskFull' }
      }
    })
    data.setCell(1, 0, '9')
    const before = data.sessionData()
    expect(await share.openLink(linkTo(otherLesson({ data, settings })), 'paste')).toBe(false)
    expect(data.sessionData()).toEqual(before)
    expect(api.callsTo('newDocument')).toEqual([])
    expect(shareNoticeText(en, share.notice!)).toBe(
      'The lesson was not opened (there is no space left). Your work is as it was.'
    )
  })

  it('desktop: asks about unsaved changes first; Cancel leaves the work and the dialog', async () => {
    const { api, share, data, settings } = stores(new FakeLabApi())
    const lesson = otherLesson({ data, settings })
    data.setCell(1, 0, '9')
    const before = data.sessionData()
    share.askForLink()
    const opening = share.openLink(linkTo(lesson), 'paste')
    await settle()
    const prompt = useUnsavedPromptStore()
    expect(prompt.question).toEqual({ reason: 'link', fileName: null })
    prompt.answer('cancel')
    expect(await opening).toBe(false)
    expect(data.sessionData()).toEqual(before)
    expect(api.callsTo('newDocument')).toHaveLength(0)
    expect(share.dialog).toEqual({ kind: 'paste', refusal: null })
  })

  it("desktop: Don't Save replaces the work, and the window forgets its file", async () => {
    const { api, share, data, settings } = stores(new FakeLabApi())
    const lesson = otherLesson({ data, settings })
    data.setCell(1, 0, '9')
    const opening = share.openLink(linkTo(lesson), 'paste')
    await settle()
    useUnsavedPromptStore().answer('discard')
    expect(await opening).toBe(true)
    expect(api.callsTo('newDocument')).toHaveLength(1)
    expect(data.sessionData()).toEqual(lesson.data)
  })

  it.each([
    ['a link cut short', (link: string) => link.slice(0, -12), 'corrupt', /damaged/, /손상/],
    ['not a lesson link', () => 'https://example.com/', 'notALink', /not a Logit Lab/, /아닙니다/],
    [
      'a newer format',
      (link: string) => link.replace('#lesson=1.', '#lesson=9.'),
      'unknownVersion',
      /newer/,
      /새로운/
    ],
    ['too long', (link: string) => link + 'A'.repeat(9000), 'tooLong', /longer/, /긴 링크/]
  ])(
    'refuses %s with its reason, and changes nothing',
    async (_name, mangle, code, english, korean) => {
      const api = new WebApi()
      const { share, data, settings, doc } = stores(api)
      data.setCell(1, 0, '9')
      const before = [data.sessionData(), settings.sessionSettings(), doc.title, data.revision]
      share.askForLink()
      const link = linkTo(otherLesson({ data, settings }))
      expect(await share.openLink(mangle(link), 'paste')).toBe(false)
      const shown = share.dialog
      expect(shown).toMatchObject({ kind: 'paste', refusal: { code } })
      if (shown?.kind !== 'paste' || shown.refusal === null) throw new Error('not refused')
      expect(refusalText(en, shown.refusal)).toMatch(english)
      expect(refusalText(ko, shown.refusal)).toMatch(korean)
      expect([data.sessionData(), settings.sessionSettings(), doc.title, data.revision]).toEqual(
        before
      )
      expect(api.keptAside).toEqual([])
      expect(api.callsTo('newDocument')).toEqual([])
    }
  )

  it("names the session's own field when a link holds a lesson that is not valid", async () => {
    const { share, data, settings } = stores(new WebApi())
    const lesson = otherLesson({ data, settings })
    // Made by hand (the codec never makes one): a session whose stepUnit is not one we know.
    const text = encodeSession({ ...lesson, run: null }, meta).replace(
      '"stepUnit":"epoch"',
      '"stepUnit":"week"'
    )
    expect(text).toContain('"week"')
    const link = `${BASE}#lesson=1.${toBase64url(deflateSync(new TextEncoder().encode(text)))}`
    expect(await share.openLink(link, 'address')).toBe(false)
    expect(share.notice).toMatchObject({ kind: 'refused', reason: { code: 'invalid' } })
    const said = shareNoticeText(en, share.notice!)
    expect(said).toContain('stepUnit')
    expect(said).toMatch(/not opened.*as it was/)
  })
})
