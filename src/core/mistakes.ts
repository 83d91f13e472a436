// Deliberate mistakes (issue 12 §4): switches that run the lab's loop with one thing wrong, so a
// class sees what goes wrong, with the numbers PyTorch gives for the same mistake. Three change
// the loop (config.mistakes: the trainer and the code generator follow them); the fourth, a
// learning rate far too large, is a preset of an ordinary setting. Names and explanations are the
// renderer's (i18n namespace `mistakes`, keys below); core holds no user-visible text.
import {
  defaultAdam,
  defaultSgd,
  mistakesOf,
  type OptimizerConfig,
  type TrainingConfig,
  type TrainingMistakes
} from './config'

export const MISTAKE_IDS = ['forgetZeroGrad', 'mse', 'unclampedLog', 'lrTooLarge'] as const

export type MistakeId = (typeof MISTAKE_IDS)[number]

export function isMistakeId(value: unknown): value is MistakeId {
  return (MISTAKE_IDS as readonly unknown[]).includes(value)
}

export interface MistakeInfo {
  id: MistakeId
  /** i18n keys of its short name and of what goes wrong, and why. */
  nameKey: string
  explanationKey: string
  /** 'loop': a line of the loop is wrong; 'preset': an ordinary setting set badly. */
  kind: 'loop' | 'preset'
  /** Mistakes that cannot be on with this one (both replace the cost). */
  excludes: readonly MistakeId[]
}

function info(id: MistakeId, kind: MistakeInfo['kind'], excludes: MistakeId[] = []): MistakeInfo {
  return {
    id,
    nameKey: `mistakes.${id}.name`,
    explanationKey: `mistakes.${id}.explanation`,
    kind,
    excludes
  }
}

export const MISTAKES: Readonly<Record<MistakeId, MistakeInfo>> = {
  forgetZeroGrad: info('forgetZeroGrad', 'loop'),
  mse: info('mse', 'loop', ['unclampedLog']),
  unclampedLog: info('unclampedLog', 'loop', ['mse']),
  lrTooLarge: info('lrTooLarge', 'preset')
}

/**
 * The preset's learning rate, per optimizer: 100 times the lab's SGD rate, and 1,000 times
 * Adam's default (Adam's steps are about lr in size whatever the gradient). On the lab's data
 * SGD at 100 pushes rows to where float32's H(x) is exactly 0 or 1 in the first steps: the cost
 * jumps and sticks.
 */
export const TOO_LARGE_LEARNING_RATE: Readonly<Record<OptimizerConfig['kind'], number>> = {
  sgd: 100 * defaultSgd.lr,
  adam: 1000 * defaultAdam.lr
}

/** The rate an optimizer returns to when the preset is switched off: PyTorch's (SGD: the lab's). */
const USUAL_LEARNING_RATE: Readonly<Record<OptimizerConfig['kind'], number>> = {
  sgd: defaultSgd.lr,
  adam: defaultAdam.lr
}

function withLoopMistakes(config: TrainingConfig, mistakes: TrainingMistakes): TrainingConfig {
  const none = !mistakes.forgetZeroGrad && mistakes.loss === 'bce'
  if (none) {
    const { mistakes: _dropped, ...rest } = config
    return rest
  }
  return { ...config, mistakes }
}

function withLearningRate(config: TrainingConfig, lr: number): TrainingConfig {
  return { ...config, optimizer: { ...config.optimizer, lr } }
}

/** Whether the mistake is on in `config` (the preset: the rate is at least the preset's). */
export function hasMistake(config: TrainingConfig, id: MistakeId): boolean {
  const mistakes = mistakesOf(config)
  switch (id) {
    case 'forgetZeroGrad':
      return mistakes.forgetZeroGrad
    case 'mse':
    case 'unclampedLog':
      return mistakes.loss === id
    case 'lrTooLarge':
      return config.optimizer.lr >= TOO_LARGE_LEARNING_RATE[config.optimizer.kind]
  }
}

/** The mistakes on in `config`, in MISTAKE_IDS order (for a label on a run, a compare table). */
export function activeMistakes(config: TrainingConfig): MistakeId[] {
  return MISTAKE_IDS.filter((id) => hasMistake(config, id))
}

/**
 * `config` with the mistake switched on or off. Switching on a cost replaces the other; the
 * preset sets the optimizer's rate to TOO_LARGE_LEARNING_RATE, and off back to the usual rate.
 * Without any loop mistake the config has no `mistakes` field, as a run that never had one.
 */
export function withMistake(config: TrainingConfig, id: MistakeId, on = true): TrainingConfig {
  const mistakes = mistakesOf(config)
  switch (id) {
    case 'forgetZeroGrad':
      return withLoopMistakes(config, { ...mistakes, forgetZeroGrad: on })
    case 'mse':
    case 'unclampedLog':
      if (!on && mistakes.loss !== id) return withLoopMistakes(config, mistakes)
      return withLoopMistakes(config, { ...mistakes, loss: on ? id : 'bce' })
    case 'lrTooLarge': {
      const rates = on ? TOO_LARGE_LEARNING_RATE : USUAL_LEARNING_RATE
      return withLearningRate(config, rates[config.optimizer.kind])
    }
  }
}
