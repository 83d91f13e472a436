// 키보드 단축키 안내 (t('help.…')).
export default {
  title: '키보드 단축키',
  intro: '입력란에 글자를 입력하는 중이 아니면 창 어디에서나 쓸 수 있습니다.',
  keyColumn: '키',
  actionColumn: '동작',
  close: '닫기',
  keys: {
    space: 'Space',
    s: 'S',
    r: 'R',
    question: '?',
    f5: 'F5',
    escape: 'Esc'
  },
  actions: {
    trainPause: '학습 시작, 또는 일시정지와 계속',
    step: '한 단계: 제어 패널에서 고른 대로 에포크 하나 또는 로그 간격 하나',
    reset: '가중치 초기화',
    help: '이 목록 보기',
    present: '발표 모드 켜기/끄기',
    close: '이 목록 닫기, 또는 발표 모드 끝내기'
  }
}
