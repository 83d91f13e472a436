// 제어 패널 아래의 상태 줄 (t('status.…')).
export default {
  epoch: '에포크 {epoch}/{total}',
  rate: '초당 {rate} 에포크',
  states: {
    idle: '준비',
    starting: '시작하는 중…',
    running: '학습 중',
    paused: '일시정지됨',
    done: '완료',
    stopped: '중지됨',
    diverged: '발산',
    error: '오류'
  },
  diverged:
    '에포크 {epoch}에서 {quantity} 값이 무한대나 NaN이 되었습니다 (부동소수점 오버플로). 입력 데이터의 크기를 조정하거나 학습률을 낮추면 나아질 수 있습니다.',
  quantities: {
    cost: '비용',
    gradients: '기울기',
    weights: '가중치'
  },
  workerCrashed:
    '학습 워커가 멈췄습니다 ({detail}). 앱은 계속 쓸 수 있습니다. 학습을 누르면 새로 시작합니다.',
  workerLoss: {
    unknownMessage: '앱이 이해할 수 없는 메시지를 보냄',
    unreadableMessage: '메시지를 읽을 수 없음',
    stopped: '이유를 알리지 않고 멈춤',
    exited: '종료 코드 {code}'
  },
  apiErrors: {
    invalidPayload: '학습기가 요청을 거부했습니다 ({detail}).',
    invalidData: '학습기가 데이터를 거부했습니다 ({detail}).',
    tooLarge: '요청이 학습기가 받을 수 있는 크기를 넘었습니다 ({detail}).',
    busy: '이전 학습이 아직 시작하는 중입니다. 잠시 후 다시 시도하세요.',
    noSuchRun: '그 학습은 이미 끝났습니다.',
    internal: '학습기에 문제가 생겼습니다 ({detail}). 학습을 눌러 다시 시도하세요.'
  }
}
