// 비교 보기 (t('compare.…')): 보관한 실행들의 곡선을 겹쳐 보고, 설정과 결과를 표로 비교한다.
export default {
  title: '실행 비교',
  keep: '비교용으로 보관',
  keepHint: '끝난 실행을 보관해 다른 실행과 비교합니다 (최대 {max}개).',
  outcome: {
    kept: '비교용으로 보관했습니다 ({max}개 중 {count}개).',
    notFinished: '끝난 실행만 보관할 수 있습니다. 끝까지 실행하거나 먼저 정지하세요.',
    already: '이 실행은 이미 보관되어 있습니다.'
  },
  full: {
    title: '이미 {max}개의 실행을 보관하고 있습니다',
    text: '이 실행({label})을 보관하려면 보관한 실행 하나를 지우세요. 취소하면 지금의 {max}개를 그대로 둡니다.',
    replace: '{label} 지우기',
    cancel: '취소'
  },
  empty:
    '아직 보관한 실행이 없습니다. 학습한 뒤 “비교용으로 보관”을 누르세요. 최대 {max}개(예: lr 1과 lr 0.1)까지 보관하면 곡선이 여기에 함께 그려집니다.',
  showCurrent: '현재 실행도 표시',
  current: '현재 실행',
  legend: '차트의 실행',
  number: '실행 {n}',
  cost: {
    title: '에포크별 비용',
    summary: '최종 비용: {values}.',
    file: 'logit-lab-compare-cost.png'
  },
  accuracy: {
    title: '에포크별 정확도',
    summary: '최종 정확도: {values}.',
    file: 'logit-lab-compare-accuracy.png'
  },
  table: {
    caption: '보관한 실행: 설정과 결과',
    run: '실행',
    optimizer: '옵티마이저',
    lr: '학습률',
    init: '초기 가중치',
    epochs: '에포크',
    batch: '배치',
    mistakes: '일부러 한 실수',
    finalCost: '최종 비용',
    accuracy: '정확도',
    weights: '가중치; 편향',
    actions: '지우기',
    remove: '지우기',
    removeRun: '비교에서 {label} 지우기'
  },
  removed: '{label}을(를) 지웠습니다.',
  undo: '되돌리기',
  state: {
    done: '끝남',
    stopped: '에포크 {epoch}에서 정지',
    diverged: '에포크 {epoch}에서 발산'
  },
  optimizer: {
    sgd: 'SGD',
    adam: 'Adam'
  },
  optimizerDetails: {
    sgd: '모멘텀 {momentum}',
    nesterov: '모멘텀 {momentum}, 네스테로프',
    adam: 'β₁ {beta1}, β₂ {beta2}'
  },
  init: {
    zeros: '0으로 초기화',
    torch: 'torch 초기화'
  },
  batch: {
    full: '전체 배치',
    size: '배치 {size}'
  },
  label: {
    lr: 'lr {lr}',
    momentum: '모멘텀 {momentum}',
    betas: 'β₁ {beta1}, β₂ {beta2}',
    seed: '시드 {seed}',
    epochs: '에포크 {epochs}',
    weightDecay: '가중치 감쇠 {decay}',
    threshold: '임계값 {threshold}',
    noMistake: '실수 없음'
  },
  none: '없음'
}
