// Files in and out of the web edition: the File System Access API where the browser has it
// (Chromium: Save writes the chosen file in place, and keeps its handle for the next Save), else
// a download to save and an <input type="file"> to open. The pickers need the user's gesture, so
// they are shown before any slow work (encoding a session) happens.
import type { FileProblemReason } from '@shared/contract'
import { SESSION_FILE_EXTENSION } from '@shared/session'
import { downloadBlob } from './download'

/** The pickers' file type names, in the page's language (the OS dialog shows them). */
interface TypeNames {
  session: string
  sessionOrCsv: string
}

const TYPE_NAMES: Record<'en' | 'ko', TypeNames> = {
  en: { session: 'Logit Lab session', sessionOrCsv: 'Logit Lab session or CSV' },
  ko: { session: 'Logit Lab 세션', sessionOrCsv: 'Logit Lab 세션 또는 CSV' }
}

function typeNames(): TypeNames {
  return document.documentElement.lang.startsWith('ko') ? TYPE_NAMES.ko : TYPE_NAMES.en
}

interface PickerType {
  description: string
  accept: Record<string, string[]>
}

/** The File System Access API's pickers, which TypeScript's DOM types do not declare yet. */
interface FileSystemAccessWindow {
  showSaveFilePicker?: (options: {
    suggestedName: string
    types: PickerType[]
  }) => Promise<FileSystemFileHandle>
  showOpenFilePicker?: (options: {
    types: PickerType[]
    multiple: false
  }) => Promise<FileSystemFileHandle[]>
}

interface PermissionHandle {
  queryPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>
  requestPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>
}

function pickers(): FileSystemAccessWindow {
  return window as unknown as FileSystemAccessWindow
}

export function canSaveInPlace(): boolean {
  return typeof pickers().showSaveFilePicker === 'function'
}

/** The user closed the picker: nothing to do and nothing to say. */
export function isCancel(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}

/** Why a file could not be written or read, from the browser's DOMException. */
export function fileProblemReason(error: unknown): FileProblemReason {
  const name = error instanceof DOMException ? error.name : ''
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'notAllowed'
    case 'QuotaExceededError':
      return 'diskFull'
    case 'NotFoundError':
      return 'notFound'
    case 'NoModificationAllowedError':
      return 'locked'
    case 'TypeMismatchError':
      return 'isDirectory'
    default:
      return 'other'
  }
}

/** The Save picker (throws AbortError when cancelled). */
export function pickSaveFile(suggestedName: string): Promise<FileSystemFileHandle> {
  const show = pickers().showSaveFilePicker
  if (show === undefined) throw new Error('the browser has no Save picker')
  const types = [
    {
      description: typeNames().session,
      accept: { 'application/json': [`.${SESSION_FILE_EXTENSION}`] }
    }
  ]
  return show({ suggestedName, types })
}

/** Asks to write to a handle kept from an earlier Save or Open (a reload forgets the grant). */
export async function mayWrite(handle: FileSystemFileHandle): Promise<boolean> {
  const permissions = handle as FileSystemFileHandle & PermissionHandle
  if (permissions.queryPermission === undefined || permissions.requestPermission === undefined) {
    return true
  }
  const mode = { mode: 'readwrite' } as const
  if ((await permissions.queryPermission(mode)) === 'granted') return true
  return (await permissions.requestPermission(mode)) === 'granted'
}

/** Writes `blob` over the handle's file; the browser writes a temp file and swaps it in on close. */
export async function writeFile(handle: FileSystemFileHandle, blob: Blob): Promise<void> {
  const writable = await handle.createWritable()
  try {
    await writable.write(blob)
    await writable.close()
  } catch (error) {
    // Aborting drops the temp file: the file on disk stays as it was.
    await writable.abort().catch(() => undefined)
    throw error
  }
}

export function download(blob: Blob, fileName: string): void {
  downloadBlob(blob, fileName)
}

export interface PickedFile {
  file: File
  /** Where the browser lets us write it back (Save in place); null for an upload. */
  handle: FileSystemFileHandle | null
}

/** The Open picker, else a file input; null when the user cancelled. */
export async function pickOpenFile(): Promise<PickedFile | null> {
  const show = pickers().showOpenFilePicker
  if (show === undefined) return chooseWithInput()
  const types = [
    {
      description: typeNames().sessionOrCsv,
      accept: {
        'application/json': [`.${SESSION_FILE_EXTENSION}`],
        'text/csv': ['.csv']
      }
    }
  ]
  try {
    const [handle] = await show({ types, multiple: false })
    return handle ? { file: await handle.getFile(), handle } : null
  } catch (error) {
    if (isCancel(error)) return null
    throw error
  }
}

function chooseWithInput(): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = `.${SESSION_FILE_EXTENSION},.csv`
    input.style.display = 'none'
    const done = (file: File | null): void => {
      input.remove()
      resolve(file === null ? null : { file, handle: null })
    }
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => done(null), { once: true })
    document.body.append(input)
    input.click()
  })
}
