// The comments of the generated code, in English or in Korean (the lab's own comments are
// Korean: '모델 초기화', 'cost로 H(x) 개선', ...). The code itself is the same in both.

export type CodeCommentLanguage = 'en' | 'ko'

export const CODE_COMMENT_LANGUAGES: readonly CodeCommentLanguage[] = ['en', 'ko']

export interface CodeComments {
  header: string
  seed: string
  data: (features: string, label: string) => string
  zerosLowLevel: string
  torchLowLevel: (d: number, seed: number) => string
  zerosModule: string
  torchModule: string
  reseed: string
  optimizer: string
  hypothesis: string
  cost: string
  step: string
  log: (every: number) => string
  shuffle: string
  epochSums: string
  evaluation: string
  /** Above the optional standardization (src/core/standardize.ts). */
  standardize: string
  /** Above the lines that leave constant columns as they are: their names. */
  constantColumns: (names: string) => string
  /** Above a deliberately wrong line (src/core/mistakes.ts): what is wrong with it. */
  mistakes: {
    forgetZeroGrad: string
    mse: string
    unclampedLog: string
  }
}

const english: CodeComments = {
  header:
    "Logistic regression as in PyTorch Lab-05 of 모두를 위한 딥러닝 시즌2, with Logit Lab's data " +
    'and settings. Run it with PyTorch (python3 lab.py): it prints the lines Logit Lab prints.',
  seed: 'For reproducibility',
  data: (features, label) => `Training data: ${features} -> ${label}`,
  zerosLowLevel: 'Model init: W and b start at zero',
  torchLowLevel: (d, seed) =>
    `Model init: W and b start where nn.Linear(${d}, 1) starts after torch.manual_seed(${seed})`,
  zerosModule: 'Model init: the weight and the bias set to zero',
  torchModule: "Model init: nn.Linear's own, after torch.manual_seed above",
  reseed:
    'The shuffle starts from the seed, as in Logit Lab, whose zeros init draws no random numbers',
  optimizer: 'Optimizer',
  hypothesis: 'H(x)',
  cost: 'Cost',
  step: 'Improve H(x) with the cost',
  log: (every) => `A log line every ${every} epoch${every === 1 ? '' : 's'}`,
  shuffle: 'The rows in a new order each epoch (torch.randperm draws from the seed above)',
  epochSums: "The epoch's cost and accuracy: every row, each from its own batch's forward pass",
  evaluation: 'The model after training (Logit Lab prints the same lines)',
  standardize:
    "Standardization (Logit Lab's switch in the data panel): x' = (x - mu) / sigma per " +
    'column, sigma the population standard deviation (divided by n, as sklearn StandardScaler)',
  constantColumns: (names) => `Every value the same (sigma 0), so left as it is: ${names}`,
  mistakes: {
    forgetZeroGrad:
      'DELIBERATE MISTAKE: optimizer.zero_grad() is left out, so each backward() adds its ' +
      'gradient to the old ones and every step uses the sum of all gradients so far',
    mse:
      'DELIBERATE MISTAKE: the mean squared error instead of the binary cross-entropy; where ' +
      'H(x) is near 0 or 1 its gradient all but vanishes, even for a wrong answer',
    unclampedLog:
      'DELIBERATE MISTAKE: the cross-entropy written out with torch.log, without the clamp of ' +
      'F.binary_cross_entropy; once H(x) is exactly 0 or 1 in float32, log(0) makes the cost inf or nan'
  }
}

const korean: CodeComments = {
  header:
    '모두를 위한 딥러닝 시즌2 PyTorch Lab-05의 로지스틱 회귀를 Logit Lab의 데이터와 설정으로 ' +
    '옮긴 코드입니다. PyTorch로 실행하면(python3 lab.py) Logit Lab과 같은 줄을 출력합니다.',
  seed: 'For reproducibility',
  data: (features, label) => `학습 데이터: ${features} -> ${label}`,
  zerosLowLevel: '모델 초기화',
  torchLowLevel: (d, seed) =>
    `모델 초기화: torch.manual_seed(${seed}) 다음의 nn.Linear(${d}, 1)과 같은 값에서 시작`,
  zerosModule: '모델 초기화: 가중치와 편향을 0으로',
  torchModule: '모델 초기화: 위의 torch.manual_seed 다음의 nn.Linear 기본 초기화',
  reseed: '섞는 순서는 시드에서 시작합니다 (Logit Lab의 0 초기화는 난수를 뽑지 않으므로)',
  optimizer: 'optimizer 설정',
  hypothesis: 'H(x) 계산',
  cost: 'Cost 계산',
  step: 'cost로 H(x) 개선',
  log: (every) => `${every}번마다 로그 출력`,
  shuffle: '에포크마다 행의 순서를 새로 섞기 (torch.randperm은 위의 시드에서 이어서 뽑습니다)',
  epochSums: '에포크의 cost와 정확도: 모든 행에 대해, 각 행이 속한 배치의 순전파로',
  evaluation: '학습한 모델 확인 (Logit Lab도 같은 줄을 출력합니다)',
  standardize:
    "표준화 (Logit Lab 데이터 패널의 스위치): 열마다 x' = (x - mu) / sigma, sigma는 모표준편차 " +
    '(n으로 나눔, sklearn StandardScaler와 같음)',
  constantColumns: (names) => `모든 값이 같아서(sigma 0) 그대로 두는 열: ${names}`,
  mistakes: {
    forgetZeroGrad:
      '일부러 넣은 실수: optimizer.zero_grad()를 빠뜨려서, backward()가 기울기를 이전 기울기에 ' +
      '계속 더하고 매 스텝이 지금까지의 모든 기울기의 합을 씁니다',
    mse:
      '일부러 넣은 실수: 이진 교차 엔트로피 대신 평균 제곱 오차; H(x)가 0이나 1에 가까우면 ' +
      '틀린 답이어도 기울기가 거의 사라집니다',
    unclampedLog:
      '일부러 넣은 실수: F.binary_cross_entropy의 클램프 없이 torch.log로 직접 쓴 교차 엔트로피; ' +
      'float32에서 H(x)가 정확히 0이나 1이 되면 log(0) 때문에 cost가 inf나 nan이 됩니다'
  }
}

export const codeComments: Record<CodeCommentLanguage, CodeComments> = {
  en: english,
  ko: korean
}
