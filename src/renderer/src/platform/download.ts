// Downloads from the renderer without any platform API, so the same code works in the web edition
// and in Electron's sandboxed renderer: the browser saves what a temporary <a download> links to
// (a data: URL or a Blob's URL). No file path crosses into the page.

/** Starts the download of `url` (data: or blob:) under the name `fileName`. */
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
}

/** Downloads `blob` as `fileName` through a Blob URL, released once the download surely started. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  downloadUrl(url, fileName)
  // The download starts from the click; the URL is released once it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * Saves text as a download. A BOM goes first so that spreadsheet programs read Korean headers as
 * UTF-8 (the importer skips it).
 */
export function downloadTextFile(fileName: string, text: string, type = 'text/csv'): void {
  downloadBlob(new Blob(['\ufeff', text], { type: `${type};charset=utf-8` }), fileName)
}
