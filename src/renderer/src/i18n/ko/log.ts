// 로그 패널 (t('log.…')).
export default {
  title: '로그',
  copy: '복사',
  copied: '로그를 클립보드에 복사했습니다.',
  failed: '복사하지 못했습니다. 줄을 선택하고 Ctrl+C를 누르세요.',
  empty: '학습을 누르면 PyTorch가 출력하는 그대로 로그가 여기에 나옵니다.',
  jumpToEnd: '마지막 줄로'
}
