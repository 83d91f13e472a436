// --mistake: the deliberate mistakes (src/core/mistakes.ts) by the names a class says them,
// several at once with commas: --mistake no-zero-grad,mse. Each is refused (exit 2, one line)
// where it cannot apply.
import { MISTAKES, hasMistake, withMistake, type MistakeId, type TrainingConfig } from '../core'
import { CliError } from './errors'
import type { OptionInfo } from './optionTable'

const MISTAKE_OF_NAME: Record<string, MistakeId> = {
  'no-zero-grad': 'forgetZeroGrad',
  mse: 'mse',
  'no-clamp': 'unclampedLog',
  'lr-too-large': 'lrTooLarge'
}

const NAME_OF_MISTAKE = Object.fromEntries(
  Object.entries(MISTAKE_OF_NAME).map(([name, id]) => [id, name])
) as Record<MistakeId, string>

const NAMES = Object.keys(MISTAKE_OF_NAME)

export const mistakeOptions = {
  mistake: {
    type: 'string',
    value: 'M[,M]',
    help:
      'deliberate mistakes, to see what goes wrong (PyTorch makes them the same way; code shows ' +
      'the mistaken line): no-zero-grad (gradients add up), mse (mean squared error instead of ' +
      'cross-entropy), no-clamp (log(0): the cost becomes inf or nan), lr-too-large (lr 100 for ' +
      'SGD, 1 for Adam; not with --lr)'
  }
} satisfies Record<string, OptionInfo>

/** `config` with the mistakes --mistake names; `lrGiven`: --lr was given too. */
export function withCliMistakes(
  config: TrainingConfig,
  text: string | boolean | undefined,
  lrGiven: boolean
): TrainingConfig {
  if (typeof text !== 'string') return config
  const names = text.split(',').map((name) => name.trim().toLowerCase())
  const unknown = names.find((name) => !(name in MISTAKE_OF_NAME))
  if (unknown !== undefined) {
    throw new CliError(
      `--mistake must be ${NAMES.slice(0, -1).join(', ')} or ${NAMES.at(-1)} ` +
        `(several with commas), got ${JSON.stringify(unknown)}`
    )
  }
  const ids = names.map((name) => MISTAKE_OF_NAME[name])
  for (const id of ids) {
    const clash = MISTAKES[id].excludes.find((other) => ids.includes(other))
    if (clash) {
      throw new CliError(
        `--mistake ${NAME_OF_MISTAKE[id]} and ${NAME_OF_MISTAKE[clash]} both replace the cost: choose one`
      )
    }
  }
  if (ids.includes('lrTooLarge') && lrGiven) {
    throw new CliError('--mistake lr-too-large sets the learning rate itself: leave out --lr')
  }
  return ids.reduce((mistaken, id) => withMistake(mistaken, id), config)
}

/** What to try when a run's numbers stopped being finite. */
export function divergenceHint(config: TrainingConfig): string {
  return hasMistake(config, 'unclampedLog')
    ? 'the deliberate mistake --mistake no-clamp: log(0) is -inf without the clamp'
    : 'try a smaller --lr'
}
