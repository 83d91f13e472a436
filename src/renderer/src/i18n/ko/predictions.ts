// 예측 패널: 행별 H(x), 정확도, 혼동 행렬.
export default {
  title: '예측',
  tableLabel: '행별 예측',
  columns: {
    row: '#',
    y: 'y',
    h: 'H(x)',
    prediction: '예측',
    correct: '정답 여부'
  },
  sortBy: '{column} 기준으로 정렬',
  correct: '맞음',
  wrong: '틀림',
  accuracy: '정확도',
  accuracyValue: '{value} ({rows}개 행 중 {correct}개 맞음)',
  source: {
    model: '현재 데이터에 최신 가중치로 계산한 H(x)입니다.',
    initial:
      '학습 전: 현재 설정의 초기 가중치({init})로 계산한 H(x)입니다. 학습을 눌러 배워 보세요.'
  },
  init: {
    zeros: '모두 0, 그래서 모든 H(x)가 0.5',
    torch: 'PyTorch nn.Linear 초기화, 시드 {seed}'
  },
  noData: '올바른 데이터가 없습니다. 데이터 패널을 고치면 예측이 보입니다.',
  threshold: {
    label: '예측 임계값',
    hint: 'H(x) ≥ 임계값이면 1로 예측합니다. 움직이면 다시 학습하지 않고 바로 예측이 바뀝니다.'
  },
  confusion: {
    title: '혼동 행렬',
    caption: '행: 실제 레이블 y. 열: 예측.',
    actual1: 'y = 1',
    actual0: 'y = 0',
    predicted1: '1로 예측',
    predicted0: '0으로 예측',
    tp: 'TP (참 양성)',
    fp: 'FP (거짓 양성)',
    fn: 'FN (거짓 음성)',
    tn: 'TN (참 음성)',
    precision: '정밀도 = TP / (TP + FP)',
    recall: '재현율 = TP / (TP + FN)',
    rate: '{value} ({denominator}개 중 {numerator}개)',
    undefinedValue: '—',
    precisionUndefined: '정의되지 않음 (0 / 0): 이 임계값에서 1로 예측된 행이 없습니다.',
    recallUndefined: '정의되지 않음 (0 / 0): y = 1인 행이 없습니다.'
  }
}
