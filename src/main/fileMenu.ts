// The File menu, in the user's language: New, Open, Open Recent, Save, Save As, the lesson's share
// link (copy one, open a pasted one), Export, Import Weights, the CSV import and export, and Quit
// (in the app menu on macOS). What needs the page's work (and its word about unsaved changes)
// goes to the page as a MenuCommand; Open Recent's files are opened from outside, as a
// double-click would open them.
import type { MenuItemConstructorOptions } from 'electron'
import { basename, dirname } from 'node:path'
import type { ExportKind, MenuCommand } from '@shared/contract'
import type { MenuText } from './menuText'

export interface FileMenuActions {
  send(command: MenuCommand): void
  openRecent(path: string): void
  clearRecent(): void
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

export function fileMenu(
  t: MenuText,
  recent: string[],
  actions: FileMenuActions,
  isMac: boolean
): MenuItemConstructorOptions[] {
  const command = (label: string, sent: MenuCommand, accelerator?: string) => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(sent)
  })
  const exportAs = (label: string, format: Exclude<ExportKind, 'zip'>) =>
    command(label, { kind: 'exportModel', format })
  return [
    command(t.newDocument, { kind: 'newDocument' }, 'CmdOrCtrl+N'),
    command(t.open, { kind: 'openDocument' }, 'CmdOrCtrl+O'),
    { label: t.openRecent, submenu: recentItems(t, recent, actions, isMac) },
    separator,
    command(t.save, { kind: 'saveDocument', as: false }, 'CmdOrCtrl+S'),
    command(t.saveAs, { kind: 'saveDocument', as: true }, 'CmdOrCtrl+Shift+S'),
    separator,
    command(t.copyShareLink, { kind: 'copyShareLink' }),
    command(t.openShareLink, { kind: 'openShareLink' }),
    separator,
    {
      label: t.export,
      submenu: [
        exportAs(t.exportWeightsJson, 'weightsJson'),
        exportAs(t.exportWeightsCsv, 'weightsCsv'),
        exportAs(t.exportPredictionsCsv, 'predictionsCsv'),
        separator,
        exportAs(t.exportPytorch, 'pytorch'),
        exportAs(t.exportSafetensors, 'safetensors'),
        exportAs(t.exportOnnx, 'onnx'),
        exportAs(t.exportSklearn, 'sklearn')
      ]
    },
    command(t.importWeights, { kind: 'importWeights' }),
    separator,
    command(t.importCsv, { kind: 'importCsv' }),
    command(t.exportCsv, { kind: 'exportCsv' }),
    // On macOS, Quit lives in the app menu.
    ...(isMac ? [] : [separator, { label: t.quit, role: 'quit' as const }])
  ]
}

function recentItems(
  t: MenuText,
  recent: string[],
  actions: FileMenuActions,
  isMac: boolean
): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: t.noRecent, enabled: false }]
  const names = recent.map((path) => basename(path))
  const items = recent.map((path, i) => {
    // Two files of one name are told apart by their folders' names.
    const twin = names.indexOf(names[i]) !== names.lastIndexOf(names[i])
    const label = twin ? `${names[i]} — ${basename(dirname(path))}` : names[i]
    // Windows and Linux read '&' as a mnemonic marker; '&&' is a literal '&'.
    const shown = isMac ? label : label.replaceAll('&', '&&')
    return { label: shown, click: () => actions.openRecent(path) }
  })
  return [...items, separator, { label: t.clearRecent, click: () => actions.clearRecent() }]
}
