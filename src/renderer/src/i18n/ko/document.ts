// 문서: 파일, 저장과 열기, 백업과 복구 (t('document.…')).
export default {
  area: '파일',
  untitled: '제목 없음',
  new: '새로 만들기',
  open: '열기…',
  save: '저장',
  saveAs: '다른 이름으로 저장…',
  busy: '처리 중…',
  edited: '수정됨',
  editedLabel: '저장하지 않은 변경 사항이 있음',
  windowTitle: '{name} — {app}',
  continueRun: '이어서 학습',
  message: {
    saved: '{file}(으)로 저장했습니다.',
    opened: '{file}을(를) 열었습니다.',
    restored: '작업을 두고 간 그대로 되살렸습니다.',
    newDocument: '제목 없는 새 문서입니다.',
    dismiss: '닫기'
  },
  action: {
    save: '{file}을(를) 저장하지 못했습니다: {reason}. 작업은 저장되지 않은 채 그대로 열려 있습니다.',
    open: '{file}을(를) 열지 못했습니다: {reason}. 열려 있던 작업은 바뀌지 않았습니다.',
    new: '새 문서를 만들지 못했습니다: {reason}.',
    backup: '작업의 백업을 남기지 못했습니다: {reason}. 파일로 저장해 두세요.',
    recover: '작업을 되살리지 못했습니다: {reason}.',
    aFile: '파일'
  },
  fileReason: {
    notFound: '파일이 더 이상 없습니다',
    notAllowed: '파일을 쓸 권한을 받지 못했습니다',
    readOnly: '읽기 전용 파일입니다',
    locked: '다른 프로그램이 파일을 쓰고 있습니다',
    diskFull: '저장 공간이 부족합니다',
    isDirectory: '폴더입니다',
    tooLarge: '파일이 너무 큽니다',
    notSessionOrCsv: 'Logit Lab 세션(.logitlab)과 CSV 파일만 열 수 있습니다',
    other: '예상하지 못한 오류가 났습니다'
  },
  sessionError: {
    tooLarge: '파일이 {actual}바이트인데 세션은 최대 {limit}바이트까지입니다',
    empty: '파일이 비어 있습니다',
    notJson: 'JSON 파일이 아닙니다',
    truncated: '파일이 중간에 끊겼습니다 (저장 도중에 잘렸을 수 있습니다)',
    tooDeep: '파일이 {actual}단계로 중첩되어 있는데 세션은 최대 {limit}단계까지입니다',
    notSession: 'Logit Lab 세션 파일이 아닙니다',
    notSessionFormat: 'Logit Lab 세션 파일이 아닙니다 ("format" 필드가 다릅니다)',
    futureVersion:
      '더 새로운 Logit Lab의 {version} 버전 세션입니다. 이 프로그램은 {newest} 버전까지 읽습니다',
    unknownVersion: '이 Logit Lab이 읽을 수 없는 {version} 버전 세션입니다',
    migrationFailed: '세션 {version} 버전에서 새 버전으로 바꾸지 못했습니다',
    invalidField: {
      type: '{field} 필드가 없거나 종류가 잘못되었습니다',
      value: '{field} 필드에 허용되지 않는 값이 있습니다',
      unknownKey: '{field}은(는) 세션에 없는 필드입니다',
      order: '{field} 필드의 값이 오름차순이 아닙니다'
    },
    tooMany: '{field} 필드의 {what} 수가 {actual}개인데 최대 {limit}개까지입니다',
    counts: {
      rows: '행',
      features: '특성',
      cells: '셀',
      historyPoints: '기록 점',
      logLines: '로그 줄'
    },
    tooLong: '{field} 필드가 {actual}자인데 최대 {limit}자까지입니다',
    mismatch: {
      length: '{field} 필드에 값이 {expected}개 있어야 하는데 {actual}개 있습니다',
      value: '{field} 필드가 {expected}이어야 하는데 {actual}입니다'
    },
    internal: '내부 오류가 났습니다 ({message})'
  },
  failed: '문제가 생겼습니다 ({message})',
  kept: {
    browser:
      '작업은 이 브라우저에 보관되어 있어 새로 고침해도 돌아옵니다 (마지막 보관 {time}). 다만 저장 공간이 부족하거나 사이트 데이터를 지우면 브라우저가 지울 수 있으니, 확실히 남기려면 파일로 저장하세요.',
    persisted: '브라우저가 사이트 데이터를 지우기 전까지 보관하겠다고 약속했습니다.'
  },
  recovery: {
    title: '지난번에 하던 작업이 남아 있습니다',
    body: '“{name}”, {time}에 보관됨. 되살릴까요, 아니면 영구히 버릴까요?',
    restore: '되살리기',
    discard: '버리기'
  },
  unsaved: {
    title: '“{name}”의 변경 사항을 저장할까요?',
    new: '새 문서가 지금 열린 문서를 대신합니다.',
    open: '파일을 열면 지금 열린 문서를 대신합니다.',
    drop: '{file}을(를) 열면 지금 열린 문서를 대신합니다.',
    external: '{file}을(를) 열면 지금 열린 문서를 대신합니다.',
    link: '수업 링크를 열면 지금 열린 문서를 대신합니다.',
    close: '창을 닫는 중입니다.',
    quit: 'Logit Lab을 종료하는 중입니다.',
    lost: '저장하지 않은 변경 사항은 사라집니다.',
    save: '저장',
    discard: '저장 안 함',
    cancel: '취소'
  },
  drop: '.logitlab 세션이나 CSV 파일을 놓으면 엽니다'
}
