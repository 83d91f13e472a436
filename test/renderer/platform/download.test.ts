// Downloads through a temporary link: the link carries the name and URL, leaves the page at once,
// and a Blob's URL is released only after the download has had time to start.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { downloadBlob, downloadUrl } from '@renderer/platform/download'

interface Click {
  href: string
  download: string
  inPage: boolean
}

function recordClicks(): Click[] {
  const clicks: Click[] = []
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement
  ) {
    clicks.push({ href: this.href, download: this.download, inPage: document.body.contains(this) })
  })
  return clicks
}

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('downloads', () => {
  it('clicks a link in the page with the URL and the file name, then removes it', () => {
    const clicks = recordClicks()
    downloadUrl('data:image/png;base64,iVBORw0KGgo=', 'chart.png')
    expect(clicks).toEqual([
      { href: 'data:image/png;base64,iVBORw0KGgo=', download: 'chart.png', inPage: true }
    ])
    expect(document.querySelector('a')).toBeNull()
  })

  it('downloads a Blob through its URL and releases the URL ten seconds later', () => {
    vi.useFakeTimers()
    const clicks = recordClicks()
    const blob = new Blob(['x1,y\n1,0\n'], { type: 'text/csv' })
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test-1')
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    downloadBlob(blob, 'data.csv')
    expect(created).toHaveBeenCalledWith(blob)
    expect(clicks).toEqual([{ href: 'blob:test-1', download: 'data.csv', inPage: true }])
    vi.advanceTimersByTime(9_999)
    expect(revoked).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(revoked).toHaveBeenCalledWith('blob:test-1')
  })
})
