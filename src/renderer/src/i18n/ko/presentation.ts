// 발표 모드: 머리글의 전환 단추와 알림 문구 (t('presentation.…')).
export default {
  enter: '발표 모드',
  enterTitle: '발표 모드: 큰 글씨로 차트, 로그, 학습 제어만 보여 줍니다 (F5)',
  leave: '발표 모드 끝내기',
  leaveTitle: '모든 패널로 돌아가기 (Esc 또는 F5)',
  entered: '발표 모드입니다. 끝내려면 Esc를 누르세요.',
  left: '발표 모드를 끝냈습니다.'
}
