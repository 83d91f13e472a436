// A lesson as a link (issue 12 §5; the link itself is src/shared/shareLink.ts): making one of the
// window's data, settings, title and notes, and opening one (pasted, or in the web edition's
// address). An opened lesson replaces the work only once the work is safe: the web edition keeps
// it in recovery, offered back at once; the desktop app asks about unsaved changes, as before it
// opens a file. A link that is refused leaves the work as it was and says why.
import { defineStore } from 'pinia'
import { shallowRef, watch } from 'vue'
import type { ApiError } from '@shared/contract'
import { makeShareLink, readShareLink, type ShareLinkRefusal } from '@shared/shareLink'
import { WEB_EDITION_URL } from '@shared/webEdition'
import { APP_VERSION } from '../platform/appVersion'
import { oneAtATime } from '../lib/oneAtATime'
import { injectLabApi } from '../platform/labApiInjection'
import { setsWorkAside } from '../platform/workSetAside'
import { useDocumentStore } from './document'

/** What the share dialog shows. */
export type ShareDialog =
  /** The link made; `copied`: whether the clipboard took it (null: still asking). */
  | { kind: 'link'; link: string; copied: boolean | null }
  /** Too long for a link: the file is offered instead. */
  | { kind: 'tooLong'; length: number; limit: number }
  /** Waiting for a link to be pasted; `refusal`: why the last one was not opened. */
  | { kind: 'paste'; refusal: ShareLinkRefusal | null }

/** What the document bar says after a link was opened (or refused) outside the dialog. */
export type ShareNotice =
  | { kind: 'opened'; title: string; keptInRecovery: boolean }
  | { kind: 'refused'; reason: ShareLinkRefusal }
  /** The work could not be kept or replaced: the lesson was not opened. */
  | { kind: 'failed'; error: ApiError }

export type LinkSource = 'paste' | 'address'

export interface ShareEnvironment {
  /** The address a link is made on: the web edition's own page, else where it is published. */
  baseUrl(): string
  writeClipboard(text: string): Promise<void>
}

function browserEnvironment(web: boolean): ShareEnvironment {
  return {
    baseUrl: () => (web ? window.location.href : WEB_EDITION_URL),
    async writeClipboard(text) {
      if (!navigator.clipboard) throw new Error('no clipboard here')
      await navigator.clipboard.writeText(text)
    }
  }
}

export const useShareStore = defineStore('share', () => {
  const api = injectLabApi()
  const doc = useDocumentStore()
  let environment = browserEnvironment(api.platform === 'web')

  const dialog = shallowRef<ShareDialog | null>(null)
  const notice = shallowRef<ShareNotice | null>(null)
  const openings = oneAtATime()
  // The bar says one thing at a time: a later document action's word replaces the link's.
  watch(
    () => doc.message,
    (message) => {
      if (message !== null) notice.value = null
    }
  )

  /** Makes the link of the window's lesson, shows it, and copies it where the browser lets us. */
  async function makeLink(): Promise<void> {
    notice.value = null
    const { session } = await doc.buildSession()
    const { title, notes, data, settings } = session
    const meta = { appVersion: APP_VERSION, savedAt: new Date() }
    const made = makeShareLink(environment.baseUrl(), { title, notes, data, settings }, meta)
    if (!made.ok) {
      dialog.value = { kind: 'tooLong', length: made.length, limit: made.limit }
      return
    }
    dialog.value = { kind: 'link', link: made.link, copied: null }
    await copy()
  }

  /** Copies the shown link; a refused clipboard leaves the link shown to copy by hand. */
  async function copy(): Promise<void> {
    const shown = dialog.value
    if (shown?.kind !== 'link') return
    let copied = true
    try {
      await environment.writeClipboard(shown.link)
    } catch {
      copied = false
    }
    // Unless the dialog moved on meanwhile (closed, or a newer link).
    if (dialog.value === shown) dialog.value = { ...shown, copied }
  }

  /** The link is too long: the file carries any size (Save, as the document bar's own). */
  async function saveFileInstead(): Promise<void> {
    dialog.value = null
    await doc.save(false)
  }

  function askForLink(): void {
    notice.value = null
    dialog.value = { kind: 'paste', refusal: null }
  }

  function close(): void {
    dialog.value = null
  }

  function refuse(reason: ShareLinkRefusal, from: LinkSource): false {
    if (from === 'paste') dialog.value = { kind: 'paste', refusal: reason }
    else notice.value = { kind: 'refused', reason }
    return false
  }

  function fail(error: ApiError): false {
    dialog.value = null
    notice.value = { kind: 'failed', error }
    return false
  }

  /** Opens the lesson in `text` (a link, or its fragment). True once it is shown. */
  async function openLink(text: string, from: LinkSource): Promise<boolean> {
    // One at a time: a second Open (or a second link in the address) waits its turn.
    return openings.run(() => openNow(text, from))
  }

  async function openNow(text: string, from: LinkSource): Promise<boolean> {
    const read = readShareLink(text)
    if (!read.ok) return refuse(read.reason, from)
    let keptInRecovery = false
    if (setsWorkAside(api)) {
      // Only work that is in no file needs keeping; the start-up restore is shown first.
      const kept = await api.setAsideWork(async () => {
        await doc.shown()
        return doc.dirty ? (await doc.buildSession()).session : null
      })
      if (!kept.ok) return fail(kept.error)
      keptInRecovery = kept.value
    } else if (!(await doc.settleUnsaved('link'))) {
      return false // cancelled: the dialog stays, with the link in it
    }
    // The window forgets its file: Save must never write the lesson over the file open before.
    const cleared = await api.newDocument()
    if (!cleared.ok) return fail(cleared.error)
    await doc.showLesson(read.lesson)
    dialog.value = null
    notice.value = { kind: 'opened', title: read.lesson.title, keptInRecovery }
    return true
  }

  return {
    dialog,
    notice,
    makeLink,
    copy,
    saveFileInstead,
    askForLink,
    close,
    openLink,
    /** For tests: the page's address and clipboard. */
    useEnvironment(next: ShareEnvironment) {
      environment = next
    }
  }
})
