// The title bar names the window's document and marks unsaved changes; on macOS the title bar
// also carries the file (its icon, Cmd-click for its folder) and the close button's edited dot.
import { describe, expect, it, vi } from 'vitest'
import { documentTitle, showDocument } from '../../src/main/windowTitle'
import { FakeBrowserWindow } from './support/electronMock'

vi.mock('electron', () => import('./support/electronMock'))

const path = '/home/t/lab.logitlab'

describe('the window title', () => {
  it('names the file, else the session title, else Untitled in the menu language', () => {
    const saved = { path, state: { title: 'Week 1', dirty: false } }
    expect(documentTitle(saved, 'Untitled')).toBe('lab.logitlab — Logit Lab')
    const titled = { path: null, state: { title: ' Week 1 ', dirty: false } }
    expect(documentTitle(titled, 'Untitled')).toBe('Week 1 — Logit Lab')
    const untitled = { path: null, state: { title: '', dirty: true } }
    expect(documentTitle(untitled, '제목 없음')).toBe('제목 없음 • — Logit Lab')
  })

  it('on macOS sets the represented file and the edited dot', () => {
    const window = new FakeBrowserWindow({})
    showDocument(window as never, { path, state: { title: '', dirty: true } }, 'Untitled', true)
    expect([window.representedFilename, window.documentEdited]).toEqual([path, true])
    showDocument(window as never, { path: null, state: { title: '', dirty: false } }, 'U', true)
    expect([window.representedFilename, window.documentEdited]).toEqual(['', false])
  })

  it('elsewhere leaves them alone (they are macOS-only)', () => {
    const window = new FakeBrowserWindow({})
    showDocument(window as never, { path, state: { title: '', dirty: true } }, 'Untitled', false)
    expect([window.title, window.representedFilename]).toEqual(['lab.logitlab • — Logit Lab', ''])
  })
})
