// The words of main's own dialogs in Korean and English: the file dialogs (Open, Save, Export),
// and the questions for when the page cannot speak for itself (it failed to load, its renderer
// died, it does not answer): one table per language, as in menuText. {reason} is Chromium's own
// word for what happened, which has no translation; {time} when the window's work was last kept.
import type { Locale } from '@shared/contract'

const en = {
  loadFailedMessage: 'Logit Lab could not open its window.',
  loadFailedDetail: 'The page did not load ({reason}). Try again, or quit.',
  retry: 'Try Again',
  quit: 'Quit',
  crashedMessage: 'This window stopped working.',
  crashedDetail:
    'Its page ended unexpectedly ({reason}), and its training run was stopped. Reload the window to start over, or close it.',
  reload: 'Reload',
  close: 'Close',
  untitled: 'Untitled',
  openTitle: 'Open',
  saveTitle: 'Save Session',
  exportTitle: 'Export',
  sessionFilter: 'Logit Lab Sessions',
  csvFilter: 'CSV Files',
  allFilesFilter: 'All Files',
  jsonFilter: 'JSON Files',
  pythonFilter: 'Python Scripts',
  safetensorsFilter: 'safetensors Files',
  zipFilter: 'ZIP Archives',
  onnxFilter: 'ONNX Models',
  notRespondingMessage: 'This window is not responding. Close it anyway?',
  notRespondingKept: 'Your work up to {time} is kept and offered when Logit Lab starts again.',
  notRespondingLost: 'Its unsaved changes will be lost.',
  closeAnyway: 'Close Anyway',
  cancel: 'Cancel'
}

export type DialogText = typeof en

const ko: DialogText = {
  loadFailedMessage: 'Logit Lab 창을 열지 못했습니다.',
  loadFailedDetail: '페이지를 불러오지 못했습니다({reason}). 다시 시도하거나 끝내세요.',
  retry: '다시 시도',
  quit: '끝내기',
  crashedMessage: '이 창이 멈췄습니다.',
  crashedDetail:
    '페이지가 예기치 않게 종료되어({reason}) 진행 중이던 학습을 멈췄습니다. 창을 새로 고쳐 처음부터 다시 하거나 창을 닫으세요.',
  reload: '새로 고침',
  close: '닫기',
  untitled: '제목 없음',
  openTitle: '열기',
  saveTitle: '세션 저장',
  exportTitle: '내보내기',
  sessionFilter: 'Logit Lab 세션',
  csvFilter: 'CSV 파일',
  allFilesFilter: '모든 파일',
  jsonFilter: 'JSON 파일',
  pythonFilter: 'Python 스크립트',
  safetensorsFilter: 'safetensors 파일',
  zipFilter: 'ZIP 압축 파일',
  onnxFilter: 'ONNX 모델',
  notRespondingMessage: '이 창이 응답하지 않습니다. 그래도 닫을까요?',
  notRespondingKept: '{time}까지의 작업은 보관되어, Logit Lab을 다시 시작하면 복구할 수 있습니다.',
  notRespondingLost: '저장하지 않은 변경 사항은 사라집니다.',
  closeAnyway: '그래도 닫기',
  cancel: '취소'
}

export const dialogText: Record<Locale, DialogText> = { ko, en }
