// The menu's words in Korean and English. Main cannot use the renderer's vue-i18n, so the few
// strings it shows live here, one table per language with the same keys.
import type { Locale, Theme } from '@shared/contract'

const en = {
  file: 'File',
  newDocument: 'New',
  open: 'Open…',
  openRecent: 'Open Recent',
  noRecent: 'No Recent Files',
  clearRecent: 'Clear Menu',
  save: 'Save',
  saveAs: 'Save As…',
  copyShareLink: 'Copy Share Link',
  openShareLink: 'Open Shared Link…',
  export: 'Export',
  exportWeightsJson: 'Weights as JSON…',
  exportWeightsCsv: 'Weights as CSV…',
  exportPredictionsCsv: 'Predictions as CSV…',
  exportPytorch: 'PyTorch Script…',
  exportSafetensors: 'Weights as safetensors…',
  exportOnnx: 'ONNX Model…',
  exportSklearn: 'scikit-learn Script…',
  importWeights: 'Import Weights…',
  importCsv: 'Import CSV…',
  exportCsv: 'Export CSV…',
  quit: 'Quit Logit Lab',
  edit: 'Edit',
  view: 'View',
  language: 'Language',
  theme: 'Theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeSystem: 'System',
  presentation: 'Presentation Mode',
  reload: 'Reload',
  devTools: 'Toggle Developer Tools',
  help: 'Help',
  shortcuts: 'Keyboard Shortcuts',
  coursePage: 'Course Page (모두를 위한 딥러닝 시즌2)',
  projectPage: 'Logit Lab Project Page'
}

export type MenuText = typeof en

const ko: MenuText = {
  file: '파일',
  newDocument: '새로 만들기',
  open: '열기…',
  openRecent: '최근 파일 열기',
  noRecent: '최근 파일 없음',
  clearRecent: '목록 지우기',
  save: '저장',
  saveAs: '다른 이름으로 저장…',
  copyShareLink: '공유 링크 복사',
  openShareLink: '공유 링크 열기…',
  export: '내보내기',
  exportWeightsJson: '가중치 JSON…',
  exportWeightsCsv: '가중치 CSV…',
  exportPredictionsCsv: '예측 결과 CSV…',
  exportPytorch: 'PyTorch 스크립트…',
  exportSafetensors: '가중치 safetensors…',
  exportOnnx: 'ONNX 모델…',
  exportSklearn: 'scikit-learn 스크립트…',
  importWeights: '가중치 가져오기…',
  importCsv: 'CSV 가져오기…',
  exportCsv: 'CSV 내보내기…',
  quit: 'Logit Lab 끝내기',
  edit: '편집',
  view: '보기',
  language: '언어',
  theme: '테마',
  themeLight: '밝게',
  themeDark: '어둡게',
  themeSystem: '시스템 설정',
  presentation: '발표 모드',
  reload: '새로 고침',
  devTools: '개발자 도구',
  help: '도움말',
  shortcuts: '키보드 단축키',
  coursePage: '강의 페이지 (모두를 위한 딥러닝 시즌2)',
  projectPage: 'Logit Lab 프로젝트 페이지'
}

export const menuText: Record<Locale, MenuText> = { ko, en }

/** The theme radio items' labels in the menu's language. */
export function themeNames(text: MenuText): Record<Theme, string> {
  return { system: text.themeSystem, light: text.themeLight, dark: text.themeDark }
}
