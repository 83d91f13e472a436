// 차트 패널: 에포크별 비용과 정확도, 그리고 데이터와 결정 경계선.
export default {
  title: '차트',
  epoch: '에포크',
  tooltipEpoch: '에포크 {epoch}',
  logged: '기록된 에포크',
  cost: {
    title: '에포크별 비용',
    series: '비용',
    axis: '비용',
    logScale: '로그 눈금',
    summary: '최근: 에포크 {epoch}, 비용 {value}. 최저: 에포크 {lowestEpoch}에서 {lowest}.',
    file: 'logit-lab-cost.png'
  },
  accuracy: {
    title: '에포크별 정확도',
    series: '정확도',
    axis: '정확도',
    summary: '최근: 에포크 {epoch}, 정확도 {value}. 최고: 에포크 {highestEpoch}에서 {highest}.',
    file: 'logit-lab-accuracy.png'
  },
  empty: '아직 학습하지 않았습니다. 학습을 누르면 여기에 곡선이 그려집니다.',
  downsampled:
    '긴 학습: 처음 구간 이후의 곡선은 최솟값/최댓값 포락선으로 그립니다. 기록된 에포크는 정확합니다.',
  tools: {
    short: {
      zoomIn: '+',
      zoomOut: '−',
      panLeft: '◀',
      panRight: '▶',
      resetZoom: '1:1',
      savePng: 'PNG'
    },
    label: '{chart}: 차트 도구',
    zoomIn: '확대',
    zoomOut: '축소',
    panLeft: '왼쪽으로 이동',
    panRight: '오른쪽으로 이동',
    resetZoom: '확대 초기화',
    savePng: 'PNG 파일로 저장',
    keyboard:
      '차트 키: + 와 - 로 확대/축소, 왼쪽/오른쪽 화살표로 이동, 0 으로 확대 초기화. 마우스: 휠이나 핀치로 확대, 끌어서 이동.'
  },
  model: {
    label: '모델',
    parameters: '가중치',
    sigmoid: '시그모이드',
    text: '지금의 모델: {formula}'
  },
  boundary: {
    title: '데이터와 결정 경계선',
    file: 'logit-lab-decision-line.png',
    class0: 'y = 0 (불합격)',
    class1: 'y = 1 (합격)',
    line: '결정 경계선 (H(x) = {threshold})',
    lineLabel: '경계선',
    equation: '경계선: {expression} = logit({threshold}) = {level}',
    zeroWeights:
      '두 가중치가 모두 0이라 모든 점에서 H(x)가 같으므로 아직 경계선이 없습니다. 학습하면 선이 움직입니다.',
    outside: '결정 경계선이 그림 영역 밖에 있습니다. 모든 점이 같은 쪽에 있습니다.',
    extremeThreshold: '임계값이 0 또는 1이면 경계선이 없습니다. 모든 점이 한쪽에 놓입니다.',
    nonFinite: '가중치가 유한한 수가 아니므로(학습이 발산함) 경계선이 없습니다.',
    needsTwo: '결정 경계 그림에는 특성이 두 개 이상 필요합니다. 이 데이터의 특성은 {d}개입니다.',
    noData: '아직 그릴 수 있는 올바른 데이터가 없습니다.',
    sampled: '{total}개 행 중 {shown}개를 표시합니다.',
    summary: '{rows}개 행을 표시합니다. 가로축은 {x1}, 세로축은 {x2}입니다.',
    wrongCount: '그중 {count}개는 예측이 틀렸습니다(고리로 표시).',
    wrong: '틀림',
    mark: '선택한 행',
    shading: '배경색: H(x), y = 0(0)에서 경계선({threshold})을 지나 y = 1(1)까지',
    shadingShort: 'H(x)',
    heldAtMean: '나머지 특성은 평균값으로 고정했습니다: {list}.',
    edit: {
      tools: '{chart}: 편집 도구',
      newClass: '새 점',
      class0: 'y = 0',
      class1: 'y = 1',
      newAs0: '클릭으로 추가한 점은 y = 0 (Shift 클릭: y = 1)',
      newAs1: '클릭으로 추가한 점은 y = 1 (Shift 클릭: y = 0)',
      resetView: '보기 초기화',
      across: '가로축',
      up: '세로축',
      short: '클릭: 추가 · 끌기: 이동 · 오른쪽 클릭 또는 Delete: 삭제',
      hint: '그림을 클릭하면 점이 추가됩니다(Shift 클릭: 다른 클래스). 점을 끌면 옮겨지고, 오른쪽 클릭하거나 선택한 뒤 Delete 키를 누르면 삭제됩니다. 실행 취소로 되돌릴 수 있으며, 표에서도 키보드로 같은 편집을 할 수 있습니다.',
      locked:
        '학습이 진행 중일 때는 그림을 편집할 수 없습니다. 학습을 멈추거나 끝날 때까지 기다리세요.'
    }
  }
}
