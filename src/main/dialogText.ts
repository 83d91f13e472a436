// The words of main's own dialogs in Korean and English, for when the page cannot speak for
// itself (it failed to load, or its renderer died): one table per language, as in menuText.
// {reason} is Chromium's own word for what happened, which has no translation.
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
  close: 'Close'
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
  close: '닫기'
}

export const dialogText: Record<Locale, DialogText> = { ko, en }
