// The window's document, declared once for main, the preload and both platforms: saving and
// opening sessions, backups and recovery, the unsaved-changes prompt's questions, and exports.
// The renderer never names a path: it asks by intent ("save", "open"), main shows the OS dialogs
// and keeps each window's file; the web edition does the same with downloads, uploads and the
// File System Access API. A file's name (never its folder) is all that comes back to show.
import type { Session, SessionError } from './session'

/** What the window shows of its file: the name without the folder ('lab.logitlab'). */
export interface DocumentName {
  fileName: string
}

/** Why a file could not be read or written, for a message in the user's language. */
export type FileProblemReason =
  | 'notFound'
  | 'notAllowed'
  | 'readOnly'
  | 'locked'
  | 'diskFull'
  | 'isDirectory'
  | 'tooLarge'
  | 'notSessionOrCsv'
  | 'other'

/** A document that could not be opened or saved: the file's name and why, as data. */
export type DocumentProblem =
  | { kind: 'file'; fileName: string; reason: FileProblemReason; detail?: string }
  /** The file is not a valid session (see src/shared/session/sessionErrors.ts). */
  | { kind: 'session'; fileName: string; error: SessionError }

/** What opening produced: a session to show, or a CSV for the import preview. */
export type OpenedDocument =
  | {
      kind: 'session'
      session: Session
      /** null: not from a file of its own (recovered work that was never saved). */
      fileName: string | null
      /** The session has changes its file does not have (recovered unsaved work). */
      dirty: boolean
    }
  | OpenedCsv

/**
 * A CSV for the import preview: its text (the desktop app's main read and decoded it), or in the
 * web edition the file itself, which the import's worker then reads and decodes once.
 */
export type OpenedCsv =
  { kind: 'csv'; fileName: string; text: string } | { kind: 'csv'; fileName: string; file: File }

/** The window's document as its title bar and the close prompt need it. */
export interface DocumentState {
  /** The session's title, or '' (the file name is shown instead, then 'Untitled'). */
  title: string
  /** Unsaved changes since the last save or open. */
  dirty: boolean
}

/** What a file export writes; the platform picks the file filter and the MIME type from it. */
export type ExportKind =
  | 'weightsJson'
  | 'weightsCsv'
  | 'predictionsCsv'
  | 'pytorch'
  | 'safetensors'
  | 'onnx'
  | 'sklearn'
  | 'pytorchCode'
  /** Several files in one archive (a script and the weights it loads, kept side by side). */
  | 'zip'

export interface ExportFile {
  kind: ExportKind
  /** A file name to offer (no folder); the user may change it in the Save dialog. */
  suggestedName: string
  content: string | Uint8Array
}

/** Events the shell sends the window's document. */
export type DocumentEvent =
  /**
   * A file to open from outside the window (Open Recent, a double-click, a second launch, macOS's
   * open-file): the window asks about its unsaved changes first, then accepts or declines it.
   */
  | { kind: 'openRequested'; token: string; fileName: string }
  /** The window is closing (or the app quitting): the window asks about unsaved changes. */
  | { kind: 'closeRequested'; token: string; reason: 'close' | 'quit' }
  /** Work from before a crash can be restored; the window offers it. */
  | { kind: 'recoveryOffered'; title: string; savedAt: string; fileName: string | null }
  /** The window's work as it was when the app last quit (or the page last closed): shown at once. */
  | { kind: 'restored'; document: OpenedDocument }
