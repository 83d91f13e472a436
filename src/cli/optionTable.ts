// Every option of the CLI, once: parseArgs, the help text and the checks all read this table.
import { dataOptions } from './dataOptions'
import { mistakeOptions } from './mistakeOptions'

export const COMMANDS = ['train', 'code', 'export'] as const
export type CommandName = (typeof COMMANDS)[number]

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
  standardize: {
    type: 'boolean',
    help: "train on standardized features, x' = (x - mean) / sd per column (the population sd, divided by n; a constant column left as it is); code writes the step out, export gives the model in the data's own units"
  },
  ...mistakeOptions,
  accuracy: {
    type: 'boolean',
    help: "add the accuracy to each log line, like the lab's second loop (also in export --format code)"
  },
  json: {
    type: 'boolean',
    help: 'train: print JSON lines instead: {"epoch","cost","accuracy"} per logged epoch, then {"weights","bias","probabilities","predictions","accuracy"}'
  },
  save: {
    type: 'string',
    value: 'FILE',
    help: 'train: save the run as a session file (FILE.logitlab) the app opens: the table, the settings, the log, the curve, the weights and what continues the run; written whole or not at all. With --resume: where the continued session goes (default: the file it came from)'
  },
  resume: {
    type: 'string',
    value: 'FILE',
    help: "train: continue a session's run (saved by --save or by the app) to --epochs N (default: the run's own N) with its own data and settings, printing what the uninterrupted run prints from its next logged epoch on; --log-every may change. Writes the session back (or to --save)"
  },
  title: {
    type: 'string',
    value: 'TEXT',
    help: "train --save or --resume: the session's title, shown in the app's title bar"
  },
  format: {
    type: 'string',
    value: 'F',
    help: "export: json (the app's weights file), csv (the weights as a table), predictions (the table with H(x) and the prediction per row), pytorch or sklearn (a script that loads the model and prints its accuracy), safetensors or onnx (binary: need --out), code (the PyTorch code that trains the run)"
  },
  out: {
    type: 'string',
    value: 'PATH',
    help: 'export: write to PATH (whole or not at all) instead of stdout'
  },
  weights: {
    type: 'string',
    value: 'inline|safetensors',
    help: 'export --format pytorch: the weights in the script (default: inline) or in a .safetensors file beside --out, which the script loads (model.py: model.safetensors)'
  },
  style: {
    type: 'string',
    value: 'low-level|module',
    help: "code (and export --format code): the lab's low-level W and b with requires_grad=True, or its nn.Module BinaryClassifier (default: low-level)"
  },
  comments: {
    type: 'string',
    value: 'en|ko',
    help: "code (and export --format code): the language of the code's comments (default: en)"
  },
  help: { type: 'boolean', short: 'h', help: 'show this help' }
} satisfies Record<string, OptionInfo>

export type CliOptionName = keyof typeof cliOptions

/** Options that only one optimizer has. */
export const sgdOnly: CliOptionName[] = ['momentum', 'dampening', 'nesterov']
export const adamOnly: CliOptionName[] = ['beta1', 'beta2', 'eps']

/**
 * The commands that take an option, where not `train` and `code` (the options that describe a
 * run: both take those, and they decide what a run computes).
 */
const takenBy: Partial<Record<CliOptionName, readonly CommandName[]>> = {
  accuracy: COMMANDS,
  json: ['train'],
  save: ['train'],
  resume: ['train'],
  title: ['train'],
  format: ['export'],
  out: ['export'],
  weights: ['export'],
  style: ['code', 'export'],
  comments: ['code', 'export'],
  help: COMMANDS
}

export function commandsOf(name: CliOptionName): readonly CommandName[] {
  return takenBy[name] ?? ['train', 'code']
}

/** How far a run goes and what it prints: the run options a resumed run may change. */
const resumable: CliOptionName[] = ['epochs', 'log-every']

/** The options that decide what a run computes: a resumed run keeps its own. */
export const runSemantics = (Object.keys(cliOptions) as CliOptionName[]).filter(
  (name) => takenBy[name] === undefined && !resumable.includes(name)
)
