// 일부러 넣은 실수 (t('mistakes.…')): 실수마다 이름과 무엇이 잘못되는지 (src/core/mistakes.ts의
// id를 키로: nameKey, explanationKey).
export default {
  label: '일부러 넣은 실수',
  switches: {
    title: '일부러 넣은 실수',
    count: '{count}개 켜짐',
    intro:
      '스위치마다 실습을 한 가지만 일부러 틀리게 돌려서, 무엇이 잘못되는지 보여 줍니다. 코드 보기에 틀린 줄이 나옵니다.',
    label: '일부러 넣은 실수: {name}'
  },
  log: {
    title: '이 실행에 일부러 넣은 실수',
    item: '일부러 넣은 실수: {name}. {explanation}',
    infCost:
      '에포크 {epoch}에서 cost가 무한대(inf 또는 nan)가 되었습니다. 클램프가 없으면 log(0)은 음의 무한대입니다. 버그가 아니라 일부러 넣은 실수의 결과입니다.'
  },
  forgetZeroGrad: {
    name: 'optimizer.zero_grad() 빠뜨리기',
    explanation:
      'zero_grad가 없으면 backward()가 기울기를 이전 기울기에 계속 더하므로, 매 스텝이 지금까지의 모든 기울기의 합을 씁니다. 스텝이 점점 커집니다. 속도를 잃지 않는 공처럼요.'
  },
  mse: {
    name: '교차 엔트로피 대신 평균 제곱 오차',
    explanation:
      'H(x)의 제곱 오차에 시그모이드의 기울기가 곱해지는데, H(x)가 0이나 1에 가까우면 그 기울기가 거의 0입니다. 자신 있게 틀린 답도 거의 고쳐지지 않아서 학습이 아주 느립니다.'
  },
  unclampedLog: {
    name: 'log에 클램프 없음',
    explanation:
      'torch.log로 직접 쓴 cost에는 클램프가 없습니다. float32에서 H(x)가 정확히 0이나 1이 되면 log(0)은 음의 무한대라서 cost가 inf가 됩니다 (0 곱하기 무한대는 숫자가 아니므로 nan이 되기도 합니다). F.binary_cross_entropy는 log를 -100에서 자릅니다.'
  },
  lrTooLarge: {
    name: '너무 큰 학습률',
    explanation:
      '스텝마다 지나치게 멀리 갑니다. 가중치가 크게 튀어서 많은 행의 H(x)가 정확히 0이나 1이 되고, cost가 뛰어올라 멈춰 버리며, 그 행들의 기울기는 사라집니다.'
  }
}
