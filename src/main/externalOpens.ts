// Files handed to the app from outside: on the command line of its first launch, by a second
// launch (which quits at once, single-instance: its command line comes here through
// 'second-instance'), and by macOS's 'open-file' (a double-click, a drop on the Dock icon; it
// can come before the app is ready). Held until the app can open them, then delivered in order.
import { app } from 'electron'
import { resolve } from 'node:path'
import { documentType } from './files/documentFiles'

export interface ExternalOpenTarget {
  open(path: string): void
  /** A second launch without a file: show the app. */
  focus(): void
}

export interface ExternalOpens {
  deliverTo(target: ExternalOpenTarget): void
}

/** The session and CSV files a command line names (switches and anything else left out). */
export function filesInArgv(argv: string[], workingDirectory: string): string[] {
  return argv
    .slice(1) // the executable
    .filter((arg) => !arg.startsWith('-') && documentType(arg) !== 'other')
    .map((arg) => resolve(workingDirectory, arg))
}

/** Call before the app is ready, once the single-instance lock is ours. */
export function collectExternalOpens(
  argv: string[] = process.argv,
  workingDirectory: string = process.cwd()
): ExternalOpens {
  const waiting = filesInArgv(argv, workingDirectory)
  let target: ExternalOpenTarget | null = null
  const take = (path: string): void => {
    if (target) target.open(path)
    else waiting.push(path)
  }
  app.on('open-file', (event, path) => {
    event.preventDefault() // ours to open
    take(path)
  })
  app.on('second-instance', (_event, secondArgv, secondDirectory) => {
    const files = filesInArgv(secondArgv, secondDirectory)
    if (files.length === 0) target?.focus()
    files.forEach(take)
  })
  return {
    deliverTo(next) {
      target = next
      waiting.splice(0).forEach((path) => next.open(path))
    }
  }
}
