// Every option of the CLI, once: parseArgs, the help text and the checks all read this table.
import { dataOptions } from './dataOptions'
import { mistakeOptions } from './mistakeOptions'

export interface OptionInfo {
  type: 'string' | 'boolean'
  /** The value's placeholder in the help, e.g. 'N'. */
  value?: string
  help: string
  short?: string
}

export const cliOptions = {
  data: {
    type: 'string',
    value: '<csv path | set>',
    help: "the data: a CSV file (label in the last column, optional header row, lines starting with # ignored) or a built-in set: lab (or toy), iris, iris4, blobs, separable, xor (listed below; default: the lab's toy data)"
  },
  ...dataOptions,
  epochs: {
    type: 'string',
    value: 'N',
    help: 'train epochs 0..N, like range(N + 1) (default: 1000)'
  },
  lr: {
    type: 'string',
    value: 'X',
    help: "learning rate (default: 1, the lab's; PyTorch's Adam default would be 0.001)"
  },
  'log-every': {
    type: 'string',
    value: 'K',
    help: 'print the epochs divisible by K (default: 100)'
  },
  init: {
    type: 'string',
    value: 'zeros|torch',
    help: "zeros (the lab's W and b) or torch: nn.Linear's init after torch.manual_seed(--seed) (default: zeros)"
  },
  seed: {
    type: 'string',
    value: 'S',
    help: 'torch.manual_seed for --init torch and the mini-batch shuffle (default: 1)'
  },
  optimizer: {
    type: 'string',
    value: 'sgd|adam',
    help: 'torch.optim.SGD or torch.optim.Adam (default: sgd)'
  },
  momentum: { type: 'string', value: 'M', help: 'SGD momentum (default: 0)' },
  dampening: { type: 'string', value: 'D', help: 'SGD dampening (default: 0)' },
  nesterov: {
    type: 'boolean',
    help: 'SGD with Nesterov momentum (needs --momentum > 0 and --dampening 0)'
  },
  'weight-decay': {
    type: 'string',
    value: 'W',
    help: 'L2 weight decay added to the gradient, SGD or Adam (default: 0)'
  },
  beta1: { type: 'string', value: 'B', help: 'Adam beta1 (default: 0.9)' },
  beta2: { type: 'string', value: 'B', help: 'Adam beta2 (default: 0.999)' },
  eps: { type: 'string', value: 'E', help: 'Adam eps (default: 1e-8)' },
  'batch-size': {
    type: 'string',
    value: 'B',
    help: 'mini-batches of B rows, in the order torch.randperm(n) gives each epoch after torch.manual_seed(--seed) (default: the full batch, as the lab)'
  },
  threshold: { type: 'string', value: 'T', help: 'predict 1 when H(x) >= T (default: 0.5)' },
  ...mistakeOptions,
  accuracy: {
    type: 'boolean',
    help: "add the accuracy to each log line, like the lab's second loop"
  },
  json: {
    type: 'boolean',
    help: 'train: print JSON lines instead: {"epoch","cost","accuracy"} per logged epoch, then {"weights","bias","probabilities","predictions","accuracy"}'
  },
  style: {
    type: 'string',
    value: 'low-level|module',
    help: "code: the lab's low-level W and b with requires_grad=True, or its nn.Module BinaryClassifier (default: low-level)"
  },
  comments: {
    type: 'string',
    value: 'en|ko',
    help: "code: the language of the code's comments (default: en)"
  },
  help: { type: 'boolean', short: 'h', help: 'show this help' }
} satisfies Record<string, OptionInfo>

export type CliOptionName = keyof typeof cliOptions

/** Options that only one optimizer has. */
export const sgdOnly: CliOptionName[] = ['momentum', 'dampening', 'nesterov']
export const adamOnly: CliOptionName[] = ['beta1', 'beta2', 'eps']

/** Options that only one command has. */
export const trainOnly: CliOptionName[] = ['json']
export const codeOnly: CliOptionName[] = ['style', 'comments']
