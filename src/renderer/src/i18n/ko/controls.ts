// 제어 패널 (t('controls.…')).
export default {
  title: '학습',
  train: '학습',
  pause: '일시정지',
  resume: '계속',
  step: '한 단계',
  stop: '중지',
  reset: '가중치 초기화',
  withShortcut: '{action} ({key})',
  noData: '학습할 데이터가 없습니다.',
  stepUnit: {
    label: '단계 크기',
    epoch: '에포크 하나',
    logInterval: '로그 간격 하나'
  },
  speed: {
    label: '속도',
    max: '최대한 빠르게',
    paced: '초당 {rate} 에포크'
  }
}
