// "Save as PNG": the canvas as a data: URL, downloaded through a temporary link (the CSP allows
// data: images; no file path crosses into the page).
import { downloadUrl } from '../../platform/download'

export function downloadDataUrl(dataUrl: string, fileName: string): void {
  downloadUrl(dataUrl, fileName)
}
