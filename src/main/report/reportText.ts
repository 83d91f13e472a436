// The report's Save dialog in Korean and English (main cannot use the renderer's vue-i18n).
import type { Locale } from '@shared/contract'

const en = {
  saveTitle: 'Save the Report as PDF',
  pdfFilter: 'PDF Document'
}

export type ReportText = typeof en

const ko: ReportText = {
  saveTitle: '보고서를 PDF로 저장',
  pdfFilter: 'PDF 문서'
}

export const reportText: Record<Locale, ReportText> = { ko, en }
