// Names and folders the Save and Open dialogs start from, and the extension every saved file
// gets (GTK's Save dialog, unlike Windows' and macOS', adds none of its own).
import { dirname, extname, join } from 'node:path'
import type { ExportKind } from '@shared/contract'
import { SESSION_FILE_EXTENSION } from '@shared/session'

export const EXPORT_EXTENSIONS: Record<ExportKind, string> = {
  weightsJson: 'json',
  weightsCsv: 'csv',
  predictionsCsv: 'csv',
  pytorch: 'py',
  safetensors: 'safetensors',
  onnx: 'onnx',
  sklearn: 'py',
  pytorchCode: 'py',
  zip: 'zip'
}

/** `path`, ending in `.extension` (case aside) */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === `.${extension}` ? path : `${path}.${extension}`
}

/** A file name from the session's title ("Untitled.logitlab" without one). */
export function sessionFileName(title: string, untitled: string): string {
  const allowed = [...title].map((c) => (isForbidden(c) ? '-' : c)).slice(0, 100)
  // Windows drops trailing dots and spaces; a leading dot would hide the file elsewhere.
  const name = allowed.join('').replace(/^[\s.]+|[\s.]+$/g, '')
  return `${name || untitled}.${SESSION_FILE_EXTENSION}`
}

/** Characters some system does not allow in a file name: separators, wildcards, controls. */
function isForbidden(c: string): boolean {
  return '\\/:*?"<>|'.includes(c) || c.charCodeAt(0) < 0x20 || c === '\u007f'
}

/** Where dialogs open: the window's file's folder, else the last folder used, else Documents. */
export class FolderMemory {
  private last: string | null = null

  constructor(private readonly home: string) {}

  folderFor(path: string | null): string {
    return path !== null ? dirname(path) : (this.last ?? this.home)
  }

  remember(path: string): void {
    this.last = dirname(path)
  }

  /** The path a Save dialog suggests for a session of this title. */
  sessionPath(path: string | null, title: string, untitled: string): string {
    return path ?? join(this.folderFor(null), sessionFileName(title, untitled))
  }
}
