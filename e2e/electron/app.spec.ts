// The desktop app itself, in the real Electron: its hardening as the running app sees it, live
// training (train, pause, step, resume, speed, stop) through the preload's LabApi, and the
// new-user flow through the window (e2e/web/newUserFlow.ts) with the language from the menu. Runs
// where the Electron binary exists; skips the whole file, saying why, where it does not.
import { expect, test, type ElectronApplication, type Page } from '@playwright/test'
import type { ElectronBridge } from '@shared/bridge'
import type { RunCommand, TrainingFrame, TrainRequest } from '@shared/contract'
import { labLog } from '../web/labSteps'
import { newUserFlow } from '../web/newUserFlow'
import { electronBinaryOrSkipReason } from './electronBinary'
import { buildApp, launchApp } from './electronApp'

const binary = electronBinaryOrSkipReason()
test.skip(binary.skip, binary.reason)
test.describe.configure({ mode: 'serial' })

/** What the page's global scope holds for these tests (the node project has no DOM types). */
interface LabPage {
  /** The preload's bridge (LabApi, its sessions packed: @shared/bridge). */
  labApi: ElectronBridge
  /** Every frame the page received, of every run (one subscription for the whole file). */
  frames?: TrainingFrame[]
  injected?: number
  location: { origin: string; href: string }
  document: {
    createElement(tag: 'script'): { textContent: string }
    head: { append(node: unknown): void }
  }
  open(url: string): unknown
}

/** The lab's toy data and settings as plain JSON (typed arrays are made inside the page). */
const lab = {
  x: [1, 2, 2, 3, 3, 1, 4, 3, 5, 3, 6, 2],
  y: [0, 0, 0, 1, 1, 1],
  config: {
    epochs: 1000,
    logEvery: 100,
    init: 'zeros',
    seed: 1,
    optimizer: { kind: 'sgd', lr: 1, momentum: 0, dampening: 0, nesterov: false, weightDecay: 0 },
    threshold: 0.5,
    batchSize: null
  } satisfies TrainRequest['config'],
  speed: { mode: 'max' } as TrainRequest['speed']
}

let app: ElectronApplication
let page: Page

test.beforeAll(async () => {
  test.setTimeout(180_000)
  buildApp()
  app = await launchApp(binary.path as string)
  page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
})

test.afterAll(async () => {
  await app?.close()
})

/** Starts a run through window.labApi, collecting its frames in the page; returns the run id. */
async function train(speed: TrainRequest['speed']): Promise<string> {
  const result = await page.evaluate(
    async ({ x, y, config, speed }) => {
      const scope = globalThis as unknown as LabPage
      if (!scope.frames) {
        const frames: TrainingFrame[] = []
        scope.frames = frames
        scope.labApi.onFrame((frame) => frames.push(frame))
      }
      const data = {
        featureNames: ['x1', 'x2'],
        rows: 6,
        cols: 2,
        x: Float64Array.from(x),
        y: Float64Array.from(y)
      }
      return scope.labApi.train({ data, config, speed })
    },
    { ...lab, speed }
  )
  if (!result.ok) throw new Error(`train refused: ${result.error.message}`)
  return result.value.runId
}

/** The frames of one run, as the page received them. */
function framesOf(runId: string): Promise<TrainingFrame[]> {
  return page.evaluate(
    (runId) => ((globalThis as unknown as LabPage).frames ?? []).filter((f) => f.runId === runId),
    runId
  )
}

/** The newest frame's state and epoch in one run. */
async function latest(runId: string): Promise<{ state: string; epoch: number } | null> {
  const frame = (await framesOf(runId)).at(-1)
  return frame ? { state: frame.state, epoch: frame.epoch } : null
}

const logOf = (frames: TrainingFrame[]): string[] =>
  frames.flatMap((frame) => frame.logLines.map((line) => line.text))

async function control(runId: string, command: RunCommand): Promise<void> {
  const result = await page.evaluate(
    ({ runId, command }) => (globalThis as unknown as LabPage).labApi.command(runId, command),
    { runId, command }
  )
  expect(result).toEqual({ ok: true, value: null })
}

test.describe('the window', () => {
  test('is titled Logit Lab, shows our app:// page, and has the ko/en menu', async () => {
    expect(
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].getTitle())
    ).toBe('Logit Lab')
    expect(await page.evaluate(() => (globalThis as unknown as LabPage).location.origin)).toBe(
      'app://logit-lab'
    )
    const menu = await app.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.items ?? []).map((item) => item.label)
    )
    expect(menu).toEqual(expect.arrayContaining(['File', 'View', 'Help']))
  })

  test('runs with the secure webPreferences', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      type Prefs = Record<string, unknown> | null
      const contents = BrowserWindow.getAllWindows()[0].webContents as unknown as {
        getLastWebPreferences?: () => Prefs
      }
      // Undocumented but kept by Electron for its own use: the preferences the page runs with.
      if (!contents.getLastWebPreferences) return 'getLastWebPreferences is gone'
      const live = contents.getLastWebPreferences()
      return {
        contextIsolation: live?.['contextIsolation'],
        sandbox: live?.['sandbox'],
        nodeIntegration: live?.['nodeIntegration'],
        webSecurity: live?.['webSecurity'],
        webviewTag: live?.['webviewTag']
      }
    })
    expect(prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false
    })
  })

  test('gives the page no Node.js and only the frozen LabApi', async () => {
    const page_ = await page.evaluate(() => {
      const scope = globalThis as unknown as Record<string, unknown> & LabPage
      return {
        require: typeof scope['require'],
        process: typeof scope['process'],
        module: typeof scope['module'],
        ipcRenderer: 'ipcRenderer' in scope,
        apiKeys: Object.keys(scope.labApi).sort(),
        frozen: Object.isFrozen(scope.labApi),
        platform: scope.labApi.platform
      }
    })
    expect(page_).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: false,
      apiKeys: [
        'command',
        'onFrame',
        'onMenuCommand',
        'openExternal',
        'platform',
        'setPreferences',
        'train'
      ],
      frozen: true,
      platform: 'electron'
    })
  })

  test('serves the page with the CSP header, which blocks an injected inline script', async () => {
    const csp = await page.evaluate(async () => {
      const response = await fetch((globalThis as unknown as LabPage).location.href)
      return response.headers.get('content-security-policy')
    })
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("default-src 'none'")
    const injected = await page.evaluate(() => {
      const scope = globalThis as unknown as LabPage
      const script = scope.document.createElement('script')
      script.textContent = 'globalThis.injected = 1'
      scope.document.head.append(script)
      return scope.injected ?? null
    })
    expect(injected).toBeNull()
  })

  test('denies navigation and new windows', async () => {
    const opened = await page.evaluate(
      () => (globalThis as unknown as LabPage).open('https://example.com/') === null
    )
    expect(opened).toBe(true)
    await page.evaluate(() => {
      ;(globalThis as unknown as LabPage).location.href = 'https://example.com/'
    })
    await page.waitForTimeout(500)
    expect(page.url()).toMatch(/^app:\/\/logit-lab\//)
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
  })

  test('answers malformed requests and foreign links with a typed error, starting nothing', async () => {
    const results = await page.evaluate(async () => {
      const api = (globalThis as unknown as LabPage).labApi
      return [
        await api.train({} as never),
        await api.command('run-1', { kind: 'step', epochs: -5 }),
        await api.openExternal('https://evil.example/')
      ]
    })
    for (const result of results) {
      expect(result).toMatchObject({ ok: false, error: { code: 'invalidPayload' } })
    }
  })
})

test.describe('live training through the LabApi', () => {
  test("reproduces the lab's log to Epoch 1000/1000 Cost: 0.019852, frames in order", async () => {
    const runId = await train({ mode: 'max' })
    await expect
      .poll(() => latest(runId), { timeout: 60_000 })
      .toEqual({ state: 'done', epoch: 1000 })
    const frames = await framesOf(runId)
    expect(logOf(frames)).toEqual(labLog)
    expect(frames.map((frame) => frame.seq)).toEqual(frames.map((_, i) => i))
    // The history crosses IPC and the context bridge as typed arrays, as the charts expect.
    const typed = await page.evaluate(
      (runId) =>
        ((globalThis as unknown as LabPage).frames ?? [])
          .filter((frame) => frame.runId === runId)
          .every((frame) => frame.points.cost instanceof Float64Array),
      runId
    )
    expect(typed).toBe(true)
  })

  test('pause holds the epoch, step runs exactly N, resume and a speed change finish the run', async () => {
    const runId = await train({ mode: 'paced', epochsPerSecond: 20 })
    await expect.poll(async () => (await latest(runId))?.epoch ?? -1).toBeGreaterThanOrEqual(2)
    await control(runId, { kind: 'pause' })
    await expect.poll(async () => (await latest(runId))?.state).toBe('paused')
    const paused = (await latest(runId))?.epoch ?? -1
    await page.waitForTimeout(500)
    expect((await latest(runId))?.epoch).toBe(paused)

    await control(runId, { kind: 'step', epochs: 10 })
    await expect.poll(() => latest(runId)).toEqual({ state: 'paused', epoch: paused + 10 })

    await control(runId, { kind: 'setSpeed', speed: { mode: 'max' } })
    await control(runId, { kind: 'resume' })
    await expect
      .poll(() => latest(runId), { timeout: 60_000 })
      .toEqual({ state: 'done', epoch: 1000 })
    expect(logOf(await framesOf(runId))).toEqual(labLog)
  })

  test('stop ends a run for good, and the next run starts afresh', async () => {
    const first = await train({ mode: 'paced', epochsPerSecond: 5 })
    await expect.poll(async () => (await latest(first))?.state).toBe('running')
    await control(first, { kind: 'stop' })
    await expect.poll(async () => (await latest(first))?.state).toBe('stopped')
    const stopped = (await framesOf(first)).length
    await page.waitForTimeout(500)
    expect(await framesOf(first)).toHaveLength(stopped)

    const second = await train({ mode: 'max' })
    expect(second).not.toBe(first)
    await expect
      .poll(() => latest(second), { timeout: 60_000 })
      .toEqual({ state: 'done', epoch: 1000 })
    expect(logOf(await framesOf(second))).toEqual(labLog)
    expect(await framesOf(first)).toHaveLength(stopped)
  })
})

/** Clicks View > Language > 한국어 in the application menu, as a user would. */
async function chooseKoreanFromMenu(): Promise<void> {
  const clicked = await app.evaluate(({ Menu }) => {
    const view = Menu.getApplicationMenu()?.items.find((item) => item.label === 'View')
    const language = view?.submenu?.items.find((item) => item.label === 'Language')
    const korean = language?.submenu?.items.find((item) => item.label === '한국어')
    if (!korean) return false
    korean.click()
    return true
  })
  expect(clicked, 'the menu has View > Language > 한국어').toBe(true)
}

test.describe('through the window, as a student', () => {
  // Last in this file: it ends in Korean, with the diabetes data loaded.
  test('reproduces the lab, edits it, switches to Korean from the menu and trains on the diabetes data', async () => {
    test.setTimeout(120_000)
    await page.reload() // a first start again, without the runs above
    await page.waitForLoadState('domcontentloaded')
    await newUserFlow(page, test.info(), chooseKoreanFromMenu)
  })
})
