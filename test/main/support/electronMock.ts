// A small stand-in for the `electron` module, enough for the desktop shell's glue to run under
// Node. Each test file that needs it says `vi.mock('electron', () => import('./support/electronMock'))`
// (path relative to the test), so no other test is affected. Records what the code asked for
// (window options, handlers, menus) and lets tests play the part of Chromium and the renderer.
import { mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { vi, type Mock } from 'vitest'

type Listener = (...args: never[]) => unknown

/** A stand-in that only records its calls (typed, so its type can be named in declarations). */
const recorder = (): Mock<(...args: unknown[]) => void> => vi.fn()

class Emitter {
  private readonly listeners = new Map<string, Listener[]>()

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }

  once(event: string, listener: Listener): this {
    const wrapper = ((...args: never[]) => {
      this.removeListener(event, wrapper)
      return listener(...args)
    }) as Listener
    return this.on(event, wrapper)
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((known) => known !== listener)
    )
    return this
  }

  removeAllListeners(): this {
    this.listeners.clear()
    return this
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      ;(listener as (...values: unknown[]) => unknown)(...args)
    }
  }
}

/** What Electron passes to will-navigate and friends: only preventDefault matters here. */
export class FakeEvent {
  defaultPrevented = false
  preventDefault(): void {
    this.defaultPrevented = true
  }
}

export class FakeWebFrameMain {
  constructor(
    public url: string,
    readonly parent: FakeWebFrameMain | null = null
  ) {}
}

export const APP_PAGE = 'app://logit-lab/index.html'

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' }

let nextContentsId = 1
const allContents = new Map<number, FakeWebContents>()

export class FakeWebContents extends Emitter {
  readonly id = nextContentsId++
  readonly mainFrame = new FakeWebFrameMain(APP_PAGE)
  readonly sent: { channel: string; payload: unknown }[] = []
  windowOpenHandler: WindowOpenHandler | null = null
  reloads = 0
  crashed = false
  /** Chromium's PDF of the page: a few bytes that start like one. */
  printToPDF = vi.fn(async (_options: unknown) => new TextEncoder().encode('%PDF-1.4 page'))
  private destroyed = false

  constructor() {
    super()
    allContents.set(this.id, this)
    app.emit('web-contents-created', new FakeEvent(), this)
  }

  send(channel: string, payload: unknown): void {
    if (this.destroyed) throw new Error('Object has been destroyed')
    this.sent.push({ channel, payload })
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  isCrashed(): boolean {
    return this.crashed
  }

  /** What Chromium reports when the page's renderer dies. */
  crash(reason = 'crashed'): void {
    this.crashed = true
    this.emit('render-process-gone', new FakeEvent(), { reason, exitCode: 11 })
  }

  /** A page (re)loaded: a new navigation starts, then the page finishes loading. */
  loadPage(): void {
    this.crashed = false
    this.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false, url: APP_PAGE })
    this.emit('did-finish-load')
  }

  /** The messages sent on one channel, in order. */
  sentOn(channel: string): unknown[] {
    return this.sent.filter((message) => message.channel === channel).map(({ payload }) => payload)
  }

  reload(): void {
    this.reloads++
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler
  }

  destroy(): void {
    this.destroyed = true
    this.emit('destroyed')
    allContents.delete(this.id)
  }

  /** A frame inside this page (an iframe), for sender checks. */
  subframe(url = APP_PAGE): FakeWebFrameMain {
    return new FakeWebFrameMain(url, this.mainFrame)
  }
}

const openWindows = new Set<FakeBrowserWindow>()

export class FakeBrowserWindow extends Emitter {
  static focused: FakeBrowserWindow | null = null
  readonly webContents = new FakeWebContents()
  loadedUrl: string | null = null
  shown = false
  destroyed = false
  title: string
  representedFilename = ''
  documentEdited = false
  minimized = false
  focusCount = 0

  constructor(readonly options: Record<string, unknown>) {
    super()
    this.title = typeof options['title'] === 'string' ? options['title'] : ''
    openWindows.add(this)
  }

  setTitle(title: string): void {
    this.title = title
  }

  getTitle(): string {
    return this.title
  }

  setRepresentedFilename(path: string): void {
    this.representedFilename = path
  }

  setDocumentEdited(edited: boolean): void {
    this.documentEdited = edited
  }

  isMinimized(): boolean {
    return this.minimized
  }

  restore(): void {
    this.minimized = false
  }

  focus(): void {
    this.focusCount++
    FakeBrowserWindow.focused = this
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    return Promise.resolve()
  }

  show(): void {
    this.shown = true
  }

  isVisible(): boolean {
    return this.shown
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  /** Like Electron: 'close' first, which a listener may prevent; then the window is destroyed. */
  close(): void {
    if (this.destroyed) return
    const event = new FakeEvent()
    this.emit('close', event)
    if (!event.defaultPrevented) this.destroy()
  }

  /** Closes without a 'close' event, as Electron's destroy() does. */
  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    openWindows.delete(this)
    if (FakeBrowserWindow.focused === this) FakeBrowserWindow.focused = null
    this.emit('closed')
    this.webContents.destroy()
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return [...openWindows]
  }

  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused
  }

  static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | null {
    return [...openWindows].find((window) => window.webContents === contents) ?? null
  }
}

export const BrowserWindow = FakeBrowserWindow

export const webContents = {
  fromId: (id: number): FakeWebContents | undefined => allContents.get(id)
}

/** Where app.getPath points: a folder of this test process, made on first use. */
export const appPaths = { root: join(tmpdir(), `logit-lab-electron-mock-${process.pid}`) }

class FakeApp extends Emitter {
  isPackaged = true
  locale = 'en-US'
  singleInstance = true
  getLocale = (): string => this.locale
  getVersion = (): string => '0.1.0'
  getPath = vi.fn((name: string): string => {
    const path = join(appPaths.root, name)
    mkdirSync(path, { recursive: true })
    return path
  })
  whenReady = (): Promise<void> => Promise.resolve()
  requestSingleInstanceLock = vi.fn((): boolean => this.singleInstance)
  addRecentDocument = recorder()
  clearRecentDocuments = recorder()
  quit = recorder()
  exit = recorder()
}

export const app = new FakeApp()

type InvokeHandler = (event: unknown, payload: unknown) => unknown

class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>()

  handle(channel: string, handler: InvokeHandler): void {
    // Like Electron: a second handler for one channel is a programming error.
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
    this.handlers.set(channel, handler)
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }

  /**
   * Plays ipcRenderer.invoke: what the renderer's promise would settle with. Like Electron, the
   * handler gets a structured clone of the payload, never the sender's own object.
   */
  async invoke(channel: string, event: InvokeEventLike, payload: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`no handler for ${channel}`)
    return handler(event, structuredClone(payload))
  }
}

export const ipcMain = new FakeIpcMain()

export interface InvokeEventLike {
  sender: FakeWebContents
  senderFrame: FakeWebFrameMain | null
}

/** An invoke from `contents`, by default from its main frame. */
export function invokeEvent(
  contents: FakeWebContents,
  frame: FakeWebFrameMain | null = contents.mainFrame
): InvokeEventLike {
  return { sender: contents, senderFrame: frame }
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler: recorder(),
    setPermissionCheckHandler: recorder()
  }
}

/** What main put in a message box; only what the tests read. */
export interface MessageBoxLike {
  type?: string
  title?: string
  message: string
  detail?: string
  buttons?: string[]
  defaultId?: number
  cancelId?: number
  signal?: AbortSignal
}

/** A message box on screen until the test, playing the user, presses one of its buttons. */
export interface OpenMessageBox {
  parent: FakeBrowserWindow | null
  options: MessageBoxLike
  press(button: number): void
}

class FakeDialog {
  readonly open: OpenMessageBox[] = []

  showMessageBox = vi.fn((...args: unknown[]): Promise<{ response: number }> => {
    const [parent, options] = (args.length === 2 ? args : [null, args[0]]) as [
      FakeBrowserWindow | null,
      MessageBoxLike
    ]
    return new Promise((resolve) => {
      const box: OpenMessageBox = {
        parent,
        options,
        press: (button) => {
          if (!this.open.includes(box)) return
          this.open.splice(this.open.indexOf(box), 1)
          resolve({ response: button })
        }
      }
      this.open.push(box)
      // Electron closes a box whose signal aborts, as if it was cancelled.
      options.signal?.addEventListener('abort', () => box.press(options.cancelId ?? 0))
    })
  })

  /** The Save dialog: cancelled unless a test says what the user chose (mockResolvedValueOnce). */
  showSaveDialog = vi.fn(
    async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({
      canceled: true
    })
  )

  showOpenDialog = vi.fn(
    async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({
      canceled: true,
      filePaths: []
    })
  )
}

export const dialog = new FakeDialog()

/** The Save dialog's answer; a test sets what the user picks (cancelled unless told). */
export interface SaveDialogAnswer {
  canceled: boolean
  filePath: string
}

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) }

export const protocol = { registerSchemesAsPrivileged: recorder(), handle: recorder() }

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: recorder()
}

class FakeIpcRenderer extends Emitter {
  invoke = vi.fn(async (_channel: string, _payload: unknown): Promise<unknown> => undefined)
}

export const ipcRenderer = new FakeIpcRenderer()

export const contextBridge = { exposeInMainWorld: recorder() }

/** Closes every window and forgets recorded calls, so each test starts clean. */
export function resetElectron(): void {
  for (const window of FakeBrowserWindow.getAllWindows()) window.destroy()
  FakeBrowserWindow.focused = null
  ipcMain.handlers.clear()
  app.removeAllListeners()
  ipcRenderer.removeAllListeners()
  dialog.open.length = 0
  app.isPackaged = true
  app.locale = 'en-US'
  app.singleInstance = true
  rmSync(appPaths.root, { recursive: true, force: true })
  vi.clearAllMocks()
}
