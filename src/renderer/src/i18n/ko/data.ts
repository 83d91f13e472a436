// 데이터 패널 (t('data.…')). 숫자는 이미 서식을 갖춰 들어옵니다 (formatCount 참고).
export default {
  title: '데이터',
  summary: '행: {rows} · 특성: {features}',
  toolbar: '데이터 편집',
  fileActions: '데이터 파일',
  undo: '실행 취소',
  redo: '다시 실행',
  undoHint: '데이터의 마지막 변경을 되돌립니다 (Ctrl+Z)',
  redoHint: '다시 실행 (Ctrl+Shift+Z 또는 Ctrl+Y)',
  addRow: '행 추가',
  removeRow: '{row}행 삭제',
  removeRowNone: '행 삭제',
  removeRowHint: '선택한 칸이 있는 행을 삭제합니다',
  addFeature: '특성 추가',
  addFeatureHint: '레이블 앞에 특성 열을 추가합니다',
  importCsv: 'CSV 가져오기…',
  importHint: 'CSV 파일을 고르거나 이 패널에 끌어다 놓으세요',
  exportCsv: 'CSV 내보내기',
  exportHint: '표를 {file} 파일로 저장합니다',
  loadLab: '실습 데이터',
  loadLabHint: '표를 실습의 학생 여섯 명 데이터로 바꿉니다',
  grid: {
    caption: '학습 데이터: 각 행의 특성과 0/1 레이블',
    rowNumber: '행',
    label: '레이블',
    cell: '{row}행, {column}',
    labelToggle: '{row}행 레이블: {value}',
    featureName: '특성 {index} 이름',
    labelName: '레이블 열 이름',
    removeFeature: '특성 {name} 삭제',
    empty: '행이 없습니다. 행을 추가하거나 CSV 파일을 가져오세요.',
    help: '방향키, Enter, Tab으로 칸 사이를 이동합니다. 스프레드시트에서 복사한 블록은 Ctrl+V로 붙여 넣으세요.'
  },
  problem: {
    atRow: '{row}행',
    atCell: '{row}행, {column}',
    atLine: '{line}번째 줄',
    atFileRow: '{line}번째 줄 ({row}행)',
    atFileCell: '{line}번째 줄 ({row}행), {column}열 ({name})',
    notANumber: '{where}: “{value}”은(는) 숫자가 아닙니다',
    emptyCell: '{where}: 칸이 비어 있습니다',
    nonFinite: '{where}: “{value}”은(는) 유한한 숫자가 아닙니다',
    badLabel: '{where}: 레이블은 0 또는 1이어야 합니다 (“{value}”)',
    empty: '데이터에 행이 없습니다',
    noFeatures: '레이블 앞에 특성 열이 하나 이상 있어야 합니다',
    labelCount: '행은 {expected}개인데 레이블은 {value}개입니다',
    ragged: '{where}: 레이블 앞의 값 개수: {value} ({expected}개여야 합니다)',
    singleClass: '모든 레이블이 {value}입니다: 모델이 한 가지 클래스만 배울 수 있습니다',
    malformed: '{where}: 이 줄을 CSV로 읽을 수 없습니다',
    unclosedQuote: '{where}: 따옴표로 시작한 칸이 닫히지 않았습니다',
    strayQuote: '{where}: 따옴표로 감싼 칸 안의 따옴표가 두 번 쓰이지 않았습니다',
    noDelimiter: '{where}: 칸을 나누는 쉼표, 세미콜론, 탭이 없습니다',
    andMore: '{sentence} (외 {count}건)',
    count: '문제: {count}건',
    goTo: '해당 칸으로 이동',
    trainBlocked: '학습할 수 없습니다. {reason}'
  },
  import: {
    title: 'CSV 가져오기',
    fileInput: 'CSV 파일',
    file: '파일: {file}',
    shape: '행 {rows}개, 특성 {features}개, 레이블 “{label}”',
    header: '머리글 행: {answer}',
    yes: '있음',
    no: '없음',
    delimiter: '구분 문자: {name}',
    comma: '쉼표',
    semicolon: '세미콜론',
    tab: '탭',
    sampleCaption: '파일의 처음 몇 행',
    someColumns: '(열 {columns}개 가운데 처음 {shown}개)',
    line: '줄',
    problems: '문제',
    noProblems: '문제가 없습니다.',
    moreProblems: '처음 {count}건의 문제만 보여 줍니다.',
    fixable: '문제가 있는 칸도 가져오며, 표에 표시되므로 그곳에서 고칠 수 있습니다.',
    blocked: '이 파일은 가져올 수 없습니다. 파일을 고친 뒤 다시 시도하세요.',
    replaces: '가져오면 지금 표가 바뀝니다 (실행 취소로 되돌릴 수 있습니다).',
    confirm: '가져오기',
    cancel: '취소',
    choose: 'CSV 파일 선택…',
    chooseTitle: '가져올 CSV 파일을 고르거나 데이터 패널에 끌어다 놓으세요.',
    drop: 'CSV 파일을 놓으면 미리 보기를 엽니다',
    reading: '{file} 파일을 읽는 중…',
    readingRows: '{file} 파일을 읽는 중: 지금까지 {rows}행 ({percent}%)',
    progress: '{file} 파일 읽기',
    cancelled: '가져오기를 취소했습니다: {file} 파일 읽기를 멈췄고, 데이터는 그대로입니다.',
    close: '닫기',
    chooseAnother: '다른 파일 선택…',
    tooLarge: '{file} 파일이 너무 커서 가져올 수 없습니다 ({limit} MB 초과).',
    unreadable: '{file} 파일을 읽을 수 없습니다.'
  },
  limit: {
    file: {
      features:
        '{file}: 열이 {columns}개(특성 {features}개와 레이블)입니다. 앱은 특성을 {max}개까지 엽니다. 열을 줄여서 다시 가져오세요.',
      cells:
        '{file}: 특성 칸(행 × 특성)이 {max}개를 넘습니다. 특성 {features}개짜리 {rows}번째 행에서 읽기를 멈췄습니다. 앱은 특성 칸을 {max}개까지 엽니다. 행이나 열을 줄이세요.',
      rows: '{file}: 행이 {max}개를 넘습니다. {rows}번째 행에서 읽기를 멈췄습니다. 앱은 행을 {max}개까지 엽니다.'
    },
    paste: {
      features:
        '붙여넣지 않았습니다: 표의 특성이 {features}개가 됩니다. 표에는 특성을 {max}개까지 담을 수 있습니다. 데이터는 그대로입니다.',
      rows: '붙여넣지 않았습니다: 표의 행이 {rows}개가 됩니다. 표에는 행을 {max}개까지 담을 수 있습니다. 데이터는 그대로입니다.',
      cells:
        '붙여넣지 않았습니다: 표가 특성 {features}개짜리 행 {rows}개, 특성 칸 {cells}개가 됩니다. 표에는 특성 칸을 {max}개까지 담을 수 있습니다. 데이터는 그대로입니다.'
    },
    addRow: {
      features:
        '행을 추가하지 않았습니다: 표의 특성이 {features}개가 됩니다. 표에는 특성을 {max}개까지 담을 수 있습니다.',
      rows: '행을 추가하지 않았습니다: 표의 행이 {rows}개가 됩니다. 표에는 행을 {max}개까지 담을 수 있습니다.',
      cells:
        '행을 추가하지 않았습니다: 표가 특성 {features}개짜리 행 {rows}개, 특성 칸 {cells}개가 됩니다. 표에는 특성 칸을 {max}개까지 담을 수 있습니다.'
    },
    addFeature: {
      features:
        '특성을 추가하지 않았습니다: 표의 특성이 {features}개가 됩니다. 표에는 특성을 {max}개까지 담을 수 있습니다.',
      rows: '특성을 추가하지 않았습니다: 표의 행이 {rows}개가 됩니다. 표에는 행을 {max}개까지 담을 수 있습니다.',
      cells:
        '특성을 추가하지 않았습니다: 표가 특성 {features}개짜리 행 {rows}개, 특성 칸 {cells}개가 됩니다. 표에는 특성 칸을 {max}개까지 담을 수 있습니다.'
    }
  },
  notice: {
    lastFeature: '마지막 특성은 삭제할 수 없습니다: 모델에는 특성이 하나 이상 필요합니다.',
    emptyName: '열에는 이름이 필요합니다. 이전 이름을 그대로 둡니다.',
    pasted: '{rows}개 행에 {cells}칸을 붙여 넣었습니다.',
    pastedDropped: '{rows}개 행을 붙여 넣었습니다. 레이블 열 오른쪽의 {dropped}칸은 제외했습니다.',
    imported: '{file}에서 행 {rows}개, 특성 {features}개를 가져왔습니다.',
    exported: '행 {rows}개를 {file} 파일로 저장했습니다.',
    importCancelled: '가져오기를 취소했습니다. 데이터는 그대로입니다.',
    undone: '되돌렸습니다.',
    redone: '다시 실행했습니다.'
  }
}
