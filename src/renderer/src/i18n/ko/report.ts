// 제출용 한 쪽 보고서와 그 인쇄 단추 (t('report.…')).
export default {
  print: '인쇄 / PDF로 저장',
  printTitle: '이번 학습의 한 쪽 보고서: 데이터, 설정, 로그, 차트, 예측',
  saved: '{file}에 저장했습니다.',
  failed: '보고서를 {file}(으)로 저장하지 못했습니다.',
  title: 'Logit Lab 학습 보고서',
  printedAt: '인쇄한 때: {date}',
  data: {
    title: '데이터',
    rows: '행',
    features: '특성',
    classes: '클래스',
    classCounts: 'y = 0: {zeros}개 · y = 1: {ones}개',
    none: '데이터가 없습니다.'
  },
  settings: {
    title: '설정',
    epochs: '에포크',
    optimizer: '옵티마이저',
    sgd: 'SGD (학습률 {lr}, 모멘텀 {momentum})',
    adam: 'Adam (학습률 {lr}, 베타 {beta1}, {beta2})',
    init: '초기 가중치',
    zeros: '0으로',
    torch: 'PyTorch nn.Linear (시드 {seed})',
    batch: '배치',
    fullBatch: '전체 배치',
    miniBatch: '미니배치당 {size}행 (시드 {seed})',
    threshold: '임계값',
    logEvery: '로그 간격'
  },
  result: {
    title: '결과',
    status: '학습',
    accuracy: '정확도',
    accuracyValue: '{value} ({rows}행 중 {correct}행)'
  },
  log: {
    title: '마지막 로그',
    empty: '아직 학습하지 않았습니다.'
  },
  predictions: {
    title: '예측 (앞쪽 행)',
    row: '행',
    label: 'y',
    probability: 'H(x)',
    predicted: '예측',
    correct: '맞음',
    yes: '예',
    no: '아니요',
    more: '외 {count}행',
    moreFeatures: '…'
  }
}
