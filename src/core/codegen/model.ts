// The model in each of the lab's two styles: how it is built and started, and the expressions
// the loop and the evaluation use. Both start exactly where Logit Lab starts: zeros, or
// nn.Linear(d, 1)'s own init drawn right after torch.manual_seed(seed) (src/core/init.ts).
import type { InitKind } from '../config'
import type { CodeComments } from './comments'
import type { PytorchCodeStyle } from './options'

export interface ModelCode {
  /** Lines that define, build and start the model. */
  setup: string[]
  /** What the optimizer is given: '[W, b]' or 'model.parameters()'. */
  parameters: string
  /** H(x) for the rows of the tensor named `x`. */
  hypothesis: (x: string) => string
  /** The weights as a flat Python list, and the bias as a float. */
  weights: string
  bias: string
}

interface ModelInput {
  d: number
  init: InitKind
  seed: number
  /** Whether a zeros-init run must re-seed before its shuffle draws (see moduleModel). */
  shuffles: boolean
  text: CodeComments
}

function lowLevelModel({ d, init, seed, text }: ModelInput): ModelCode {
  const setup =
    init === 'zeros'
      ? [
          `# ${text.zerosLowLevel}`,
          `W = torch.zeros((${d}, 1), requires_grad=True)`,
          'b = torch.zeros(1, requires_grad=True)'
        ]
      : [
          `# ${text.torchLowLevel(d, seed)}`,
          `linear = nn.Linear(${d}, 1)`,
          `W = linear.weight.detach().T.clone().requires_grad_(True)  # (1, ${d}) -> (${d}, 1)`,
          'b = linear.bias.detach().clone().requires_grad_(True)'
        ]
  return {
    setup,
    parameters: '[W, b]',
    hypothesis: (x) => `torch.sigmoid(${x}.matmul(W) + b)`,
    weights: 'W.view(-1).tolist()',
    bias: 'b.item()'
  }
}

/**
 * The lab's BinaryClassifier. Building it draws nn.Linear's init whatever the init; for zeros
 * the parameters are then zeroed, and a run that shuffles re-seeds so that its first
 * torch.randperm draws what Logit Lab's first shuffle draws (its zeros init draws nothing).
 */
function moduleModel({ d, init, seed, shuffles, text }: ModelInput): ModelCode {
  const start =
    init === 'zeros'
      ? [
          `# ${text.zerosModule}`,
          'nn.init.zeros_(model.linear.weight)',
          'nn.init.zeros_(model.linear.bias)',
          ...(shuffles ? [`# ${text.reseed}`, `torch.manual_seed(${seed})`] : [])
        ]
      : []
  return {
    setup: [
      'class BinaryClassifier(nn.Module):',
      '    def __init__(self):',
      '        super().__init__()',
      `        self.linear = nn.Linear(${d}, 1)`,
      '        self.sigmoid = nn.Sigmoid()',
      '',
      '    def forward(self, x):',
      '        return self.sigmoid(self.linear(x))',
      '',
      '',
      ...(init === 'torch' ? [`# ${text.torchModule}`] : []),
      'model = BinaryClassifier()',
      ...start
    ],
    parameters: 'model.parameters()',
    hypothesis: (x) => `model(${x})`,
    weights: 'model.linear.weight.view(-1).tolist()',
    bias: 'model.linear.bias.item()'
  }
}

export function modelCode(style: PytorchCodeStyle, input: ModelInput): ModelCode {
  return style === 'module' ? moduleModel(input) : lowLevelModel(input)
}
