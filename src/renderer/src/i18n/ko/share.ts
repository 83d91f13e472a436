// 수업을 링크로 공유하기 (t('share.…')), src/shared/shareLink.ts: 링크 만들기, 그리고 열거나 붙여 넣은
// 링크를 거절한 이유 (ShareLinkRefusal 코드마다 하나).
export default {
  copy: '이 수업의 링크 복사',
  copied: '링크를 복사했습니다. 데이터와 설정이 담겨 있습니다.',
  open: '수업 링크 열기',
  tooLong:
    '이 수업은 링크에 담기에 너무 깁니다 ({length}자, 링크는 최대 {limit}자). 파일로 저장해서 파일을 공유하세요.',
  saveFile: '파일로 저장',
  keptInRecovery: '링크를 열기 전의 작업은 복구 자료에 남아 있습니다.',
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
