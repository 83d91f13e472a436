// The desktop documents under plain Node with real files: the services as main starts them, with
// the OS dialogs played by the test (a queue of the user's choices) and the page's events recorded.
import { mkdirSync } from 'node:fs'
import type { DocumentEvent, ExportKind } from '@shared/contract'
import {
  startDocumentServices,
  type DocumentServices
} from '../../../src/main/documents/documentServices'

export interface Harness {
  services: DocumentServices
  /** What the user picks in the next dialogs: a path, or null (Cancel). */
  choices: (string | null)[]
  dialogsShown: { kind: 'save' | 'open' | 'export'; suggested: string; exportKind?: ExportKind }[]
  events: { owner: number; event: DocumentEvent }[]
  /** Windows whose page cannot be reached. */
  unreachable: Set<number>
  /** The user's answer when a window does not answer "may I close?". */
  fallbackAnswer: boolean
  fallbacks: number[]
}

export async function startHarness(
  dataFolder: string,
  home: string,
  closeTimeoutMs = 10_000
): Promise<Harness> {
  mkdirSync(home, { recursive: true })
  const harness = {
    choices: [],
    dialogsShown: [],
    events: [],
    unreachable: new Set(),
    fallbackAnswer: true,
    fallbacks: []
  } as Omit<Harness, 'services'> as Harness
  const choose = (): string | null => harness.choices.shift() ?? null
  harness.services = await startDocumentServices({
    dataFolder,
    homeFolder: home,
    appVersion: '0.1.0',
    createCodecWorker: null,
    dialogs: {
      chooseSessionToSave: async (_owner, suggested) => {
        harness.dialogsShown.push({ kind: 'save', suggested })
        return choose()
      },
      chooseFileToOpen: async (_owner, suggested) => {
        harness.dialogsShown.push({ kind: 'open', suggested })
        return choose()
      },
      chooseExportTarget: async (_owner, exportKind, suggested) => {
        harness.dialogsShown.push({ kind: 'export', suggested, exportKind })
        return choose()
      }
    },
    send: (owner, event) => {
      if (harness.unreachable.has(owner)) return false
      harness.events.push({ owner, event })
      return true
    },
    closeFallback: async (owner) => {
      harness.fallbacks.push(owner)
      return harness.fallbackAnswer
    },
    untitled: () => 'Untitled',
    closeTimeoutMs
  })
  return harness
}

/** The last event sent to `owner` of `kind`. */
export function lastEvent<K extends DocumentEvent['kind']>(
  harness: Harness,
  owner: number,
  kind: K
): Extract<DocumentEvent, { kind: K }> | undefined {
  const found = harness.events.filter((e) => e.owner === owner && e.event.kind === kind)
  return found.at(-1)?.event as Extract<DocumentEvent, { kind: K }> | undefined
}
