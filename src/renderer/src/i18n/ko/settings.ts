// 설정 패널 (t('settings.…')). hint는 마우스를 올리거나 포커스할 때 보이는 짧은 설명입니다.
export default {
  title: '설정',
  resetToLab: '실습 설정',
  lockedNote: '학습 중에는 잠깁니다. 임계값과 속도는 바로 바꿀 수 있습니다.',
  invalidNote: '빨간색으로 표시된 설정을 고치면 학습할 수 있습니다.',
  init: {
    label: '초기 가중치',
    hint: '경사 하강법이 출발하는 곳입니다. 실습은 0에서 시작하고, PyTorch 초기화는 nn.Linear처럼 시드로 작은 난수 가중치를 뽑습니다.',
    zeros: '0 (실습)',
    torch: 'PyTorch nn.Linear'
  },
  seed: {
    label: '시드',
    hint: 'torch.manual_seed(seed): 같은 시드는 같은 초기 가중치와 같은 미니배치 순서를 만듭니다.'
  },
  optimizer: {
    label: '옵티마이저',
    hint: '가중치가 내리막을 내려가는 방법입니다. SGD는 기울기 반대 방향으로 걷고, Adam은 가중치마다 보폭을 조절합니다.',
    sgd: 'SGD',
    adam: 'Adam'
  },
  lr: {
    label: '학습률',
    slider: '학습률, 로그 눈금',
    hint: '한 걸음의 크기입니다. 너무 작으면 학습이 느리고, 너무 크면 비용이 튀거나 넘칩니다.'
  },
  momentum: {
    label: '모멘텀',
    hint: '이전 걸음의 일부를 이어 가서 하강을 부드럽고 빠르게 합니다. 0이면 일반 SGD입니다.'
  },
  nesterov: {
    label: 'Nesterov',
    hint: '모멘텀 방향으로 한 걸음 앞에서 기울기를 구합니다. 모멘텀이 0보다 커야 합니다.'
  },
  beta1: {
    label: 'Adam β1',
    hint: 'Adam이 지난 기울기를 평균하는 정도입니다. PyTorch 기본값은 0.9입니다.'
  },
  beta2: {
    label: 'Adam β2',
    hint: 'Adam이 지난 기울기 제곱을 평균하는 정도로, 걸음 크기를 정합니다. PyTorch 기본값은 0.999입니다.'
  },
  eps: {
    label: 'Adam ε',
    hint: '0으로 나누지 않도록 분모에 더하는 값입니다. PyTorch 기본값은 1e-8입니다.'
  },
  weightDecay: {
    label: 'L2 가중치 감쇠',
    hint: '걸음마다 가중치를 0 쪽으로 당깁니다 (기울기에 감쇠 × w를 더함). 0이면 쓰지 않습니다.'
  },
  epochs: {
    label: '에포크',
    hint: 'N: 실습의 range(nb_epochs + 1)처럼 에포크 0부터 N까지 돕니다.'
  },
  logEvery: {
    label: '로그 간격',
    hint: '이 수로 나누어떨어지는 에포크마다 로그를 한 줄 씁니다.'
  },
  threshold: {
    label: '임계값',
    slider: '임계값 슬라이더',
    hint: 'H(x) ≥ 임계값이면 1로 예측합니다. 바꾸면 다시 학습하지 않고 예측이 바로 바뀝니다.'
  },
  batch: {
    label: '배치',
    hint: '전체 배치는 에포크마다 모든 행으로 한 걸음 갑니다 (실습). 미니배치는 에포크마다 행을 섞고 배치마다 한 걸음 갑니다.',
    full: '전체 배치',
    mini: '미니배치'
  },
  batchSize: {
    label: '배치 크기',
    hint: '미니배치 하나의 행 수입니다. 에포크의 마지막 배치는 더 작을 수 있습니다.'
  },
  errors: {
    empty: '숫자를 입력하세요.',
    notANumber: '숫자가 아닙니다.',
    notInteger: '정수를 입력하세요.',
    atLeast: '{limit} 이상이어야 합니다.',
    greaterThan: '{limit}보다 커야 합니다.',
    atMost: '{limit} 이하여야 합니다.',
    lessThan: '{limit}보다 작아야 합니다.',
    needsMomentum: 'Nesterov는 모멘텀이 0보다 커야 합니다.',
    tooManyLogLines: '한 번 학습에 로그는 {lines}줄까지입니다: {limit} 에포크 이상마다 기록하세요.'
  }
}
