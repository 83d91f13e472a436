// "Save as PNG": the canvas as a data: URL, downloaded through a temporary link (the CSP allows
// data: images; no file path crosses into the page).
export function downloadDataUrl(dataUrl: string, fileName: string): void {
  const link = document.createElement('a')
  link.href = dataUrl
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
}
