// 결과 열의 보기 (t('lab.…')): 차트 | 실습 | 코드, 실습 보기의 노트북 셀, PyTorch 코드 미러,
// 카오스 실행 안내 (로그, 상태 줄, 비용 차트).
export default {
  views: {
    label: '결과 보기',
    charts: '차트',
    lab: '실습',
    code: '코드',
    compare: '비교'
  },
  title: '실습: 살아 있는 노트북',
  intro:
    'PyTorch Lab-05의 셀을 순서대로, 지금 데이터와 지금 보이는 가중치({source})로 계산합니다. 다음 단계를 누르고 숫자가 움직이는 것을 보세요.',
  source: {
    model: '에포크 {epoch} 이후',
    initial: '학습이 시작할 가중치'
  },
  waitsForPause: '큰 데이터: 학습하는 동안에는 일시정지하거나 끝날 때 숫자가 바뀝니다.',
  nextStep: '다음 단계',
  nextStepHint: '실제 학습을 한 에포크 더 진행한 뒤 일시정지합니다.',
  epochNow: '에포크 {epoch}',
  noData: '실습에는 학습기가 받아들일 수 있는 데이터가 필요합니다. 먼저 표를 고치세요.',
  rowsOmitted: '… 나머지 {count}개 행은 표시하지 않았습니다.',
  row: '행',
  equals: '출력',
  cells: {
    exp: { title: '1. e와 시그모이드' },
    hypothesis: {
      title: '2. 가설 H(X)',
      formula: 'H(X)는 1 나누기 1 더하기 e의 마이너스 (X W 더하기 b) 제곱',
      weights: 'W = {w}, b = {b}',
      z: 'z = XW + b',
      byFormula: '1 / (1 + exp(−z))',
      bySigmoid: 'sigmoid(z)'
    },
    cost: {
      title: '3. 비용',
      formula:
        '원소 하나의 비용: 마이너스 y 곱하기 log H(x), 마이너스 (1 빼기 y) 곱하기 log(1 빼기 H(x)); 비용은 이들의 평균',
      element: '첫 번째 원소의 비용',
      losses: 'losses',
      loss: '손실',
      mean: 'cost = losses.mean()',
      bce: 'F.binary_cross_entropy',
      agree:
        '세 값이 일치합니다: 첫 번째 손실은 첫 원소의 비용이고, 손실의 평균은 F.binary_cross_entropy와 같습니다.',
      disagree:
        '일치하지 않습니다: {rows}개 행에서 float32의 H(x)가 정확히 0이나 1이라, 식이 log(0) = −inf를 써서 inf나 nan(0 × −inf)이 됩니다. F.binary_cross_entropy는 각 log를 −100에서 자르므로 그런 행의 비용은 많아야 100이고, 레이블 때문에 그 항이 0이면 비용이 없습니다.'
    },
    step: {
      title: '4. 경사 하강법 한 단계',
      formula:
        'W에 대한 비용의 기울기는 (H 빼기 y) 곱하기 x의 평균; W는 W 빼기 학습률 곱하기 기울기가 됩니다',
      error: 'H − y',
      gradientTerm: '(H − y)·x',
      notPlain:
        '{optimizer}에서는 실제 단계가 옵티마이저 자체의 상태(모멘텀, Adam의 이동 평균, 가중치 감쇠)나 미니배치도 씁니다. 위 줄은 비교를 위한 순수한 경사 하강 단계입니다.',
      optimizers: {
        sgd: '이 SGD 설정',
        adam: 'Adam',
        batches: '미니배치'
      }
    },
    evaluation: {
      title: '5. 평가',
      hypothesis: 'hypothesis',
      prediction: 'prediction',
      correct: 'correct_prediction',
      label: 'y',
      accuracy: 'accuracy = {accuracy} ({rows}개 행 중 {correct}개)',
      yes: 'True',
      no: 'False'
    }
  },
  code: {
    title: 'PyTorch 코드',
    intro:
      '이 데이터와 설정에 맞춘 실습 코드입니다. PyTorch로 실행하면(python3 lab.py) Logit Lab과 같은 로그 줄을 출력합니다.',
    style: '코드 스타일',
    styles: {
      'low-level': '저수준 (W, b)',
      module: 'nn.Module'
    },
    copy: '복사',
    copied: '코드를 클립보드에 복사했습니다.',
    copyFailed: '복사하지 못했습니다. 코드를 선택하고 Ctrl+C를 누르세요.',
    download: '.py 내려받기',
    fileName: 'logit-lab.py',
    onDemand:
      '큰 데이터({rows}개 행): 코드에 모든 행이 들어가므로 복사나 내려받기를 누를 때 만듭니다 (몇 초 걸릴 수 있습니다).',
    noData: '코드에는 학습기가 받아들일 수 있는 데이터가 필요합니다. 먼저 표를 고치세요.',
    settingsInvalid:
      '아직 올바르지 않은 설정이 있습니다. 코드는 마지막으로 올바른 설정을 따릅니다.',
    linesOmitted:
      '… 데이터 {count}줄은 여기 표시하지 않았습니다. 복사와 내려받기에는 파일 전체가 들어 있습니다.',
    label: 'PyTorch 코드'
  },
  chaos: {
    log: '안내: 에포크 {epoch}부터 이 실행은 카오스 상태입니다. 학습률이 이 데이터에 너무 커서 비용이 흔들리고, 작은 반올림 차이가 커져서 PyTorch가 다른 숫자를 출력합니다. 학습률을 낮추면 숫자가 다시 일치합니다.',
    status:
      '에포크 {epoch}부터 카오스: PyTorch는 다른 숫자를 출력할 것입니다. 학습률을 낮추면 다시 일치합니다.',
    chart: '에포크 {epoch}부터 카오스'
  }
}
