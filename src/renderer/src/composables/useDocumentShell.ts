// What the window does for its document, wired once in App.vue: a file dropped anywhere (that no
// panel took) opens; in the web edition, Ctrl/Cmd+O and +S, a backup written before the page is
// hidden, and a leave-page question only while a backup is not kept yet.
import { onScopeDispose } from 'vue'
import { documentShortcutFor } from '../lib/documentShortcuts'
import { injectLabApi } from '../platform/labApiInjection'
import { useDocumentStore } from '../stores/document'

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}

export function useDocumentShell(target: Window = window): void {
  const doc = useDocumentStore()
  const web = injectLabApi().platform === 'web'
  const listeners: [string, (event: Event) => void][] = []
  const on = <E extends Event>(type: string, listener: (event: E) => void): void => {
    listeners.push([type, listener as (event: Event) => void])
  }

  on<DragEvent>('dragover', (event) => {
    // Without this the browser would open the file itself, leaving the app.
    if (carriesFiles(event)) event.preventDefault()
  })
  on<DragEvent>('drop', (event) => {
    const file = event.dataTransfer?.files[0]
    if (event.defaultPrevented || !file) return
    event.preventDefault()
    void doc.openDropped(file)
  })

  if (web) {
    on<KeyboardEvent>('keydown', (event) => {
      const action = documentShortcutFor(event)
      if (action === null) return
      event.preventDefault()
      // Behind a dialog the keys do nothing (but the browser's own Save Page stays away).
      if (event.repeat || target.document.querySelector('dialog[open]') !== null) return
      if (action === 'open') void doc.openDocument()
      else void doc.save(action === 'saveAs')
    })
    on('pagehide', () => doc.flushBackup())
    on('visibilitychange', () => {
      if (target.document.visibilityState === 'hidden') doc.flushBackup()
    })
    on<BeforeUnloadEvent>('beforeunload', (event) => {
      if (!doc.backupPending()) return
      doc.flushBackup()
      event.preventDefault()
    })
  }

  for (const [type, listener] of listeners) target.addEventListener(type, listener)
  onScopeDispose(() => {
    for (const [type, listener] of listeners) target.removeEventListener(type, listener)
  })
}
