// 수업을 링크로 공유하기 (t('share.…')), src/shared/shareLink.ts: 링크 만들기와 열기, 그리고 열거나
// 붙여 넣은 링크를 거절한 이유 (ShareLinkRefusal 코드마다 하나).
export default {
  share: '링크로 공유',
  openLink: '링크 열기…',
  copy: '이 수업의 링크 복사',
  intro:
    '이 링크를 여는 사람은 이 데이터와 설정, 제목과 메모를 그대로 받습니다 (학습 실행 기록은 빼고). 아무것도 업로드하지 않습니다. 수업이 링크 안에 들어 있습니다.',
  linkLabel: '이 수업의 링크',
  copyButton: '복사',
  copied: '링크를 복사했습니다. 데이터와 설정이 담겨 있습니다.',
  copyRefused: '브라우저가 복사를 허용하지 않았습니다. 링크를 선택해서 직접 복사하세요.',
  close: '닫기',
  tooLongTitle: '링크에 담기에 너무 깁니다',
  open: '수업 링크 열기',
  pasteIntro:
    'Logit Lab에서 만든 수업 링크를 붙여 넣으세요. 지금 열린 문서 대신 그 수업이 열립니다.',
  pasteLabel: '수업 링크',
  openButton: '열기',
  cancel: '취소',
  tooLong:
    '이 수업은 링크에 담기에 너무 깁니다 ({length}자, 링크는 최대 {limit}자). 파일로 저장해서 파일을 공유하세요.',
  saveFile: '파일로 저장',
  opened: '링크의 수업 “{title}”을(를) 열었습니다.',
  openedUntitled: '링크의 수업을 열었습니다.',
  keptInRecovery: '링크를 열기 전의 작업은 복구 자료에 남아 있습니다.',
  notOpened: '주소에 담긴 수업을 열지 않았습니다: {reason} 작업은 그대로입니다.',
  failed: '수업을 열지 못했습니다 ({message}). 작업은 그대로입니다.',
  refused: {
    notALink: 'Logit Lab 수업 링크가 아닙니다.',
    unknownVersion:
      '더 새로운 Logit Lab에서 만든 수업 링크입니다. 그 버전에서 열거나 파일을 받으세요.',
    tooLong: '어떤 수업 링크보다도 긴 링크입니다 ({length}자).',
    corrupt: '링크가 손상되었습니다. 복사할 때 잘렸을 수 있습니다. 링크 전체를 다시 복사하세요.',
    tooLarge: '이 링크는 풀면 수업보다 훨씬 커져서 열지 않았습니다.',
    invalid: '이 링크에는 올바른 수업이 없습니다: {problem}'
  }
}
