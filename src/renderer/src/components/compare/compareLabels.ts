// What names a kept run in the Compare view's legend: the settings in which the compared runs
// differ ("lr 0.1", "torch init", "Adam", a deliberate mistake), so two runs that differ only in
// the learning rate read "lr 1" and "lr 0.1". Pure: the words come from the caller's `t`.
import type { TrainingConfig } from '@core/config'
import { activeMistakes } from '@core/mistakes'

type Translate = (key: string, values?: Record<string, unknown>) => string

/** One setting as a short phrase, or null where it does not apply to this run. */
type Part = (config: TrainingConfig, t: Translate) => string | null

const number = (value: number): string => String(value)

/** In the order the legend names them; the first ones are what a lesson varies most. */
const PARTS: Readonly<Record<string, Part>> = {
  mistakes: (config, t) => {
    const ids = activeMistakes(config).filter((id) => id !== 'lrTooLarge')
    return ids.length === 0
      ? t('compare.label.noMistake')
      : ids.map((id) => t(`mistakes.${id}.name`)).join(' + ')
  },
  optimizer: (config, t) => t(`compare.optimizer.${config.optimizer.kind}`),
  lr: (config, t) => {
    const lr = t('compare.label.lr', { lr: number(config.optimizer.lr) })
    // The preset mistake is a learning rate: named beside it.
    return activeMistakes(config).includes('lrTooLarge')
      ? `${lr} (${t('mistakes.lrTooLarge.name')})`
      : lr
  },
  momentum: (config, t) =>
    config.optimizer.kind === 'sgd'
      ? t('compare.label.momentum', { momentum: number(config.optimizer.momentum) })
      : null,
  betas: (config, t) =>
    config.optimizer.kind === 'adam'
      ? t('compare.label.betas', {
          beta1: number(config.optimizer.beta1),
          beta2: number(config.optimizer.beta2)
        })
      : null,
  init: (config, t) => t(`compare.init.${config.init}`),
  seed: (config, t) => t('compare.label.seed', { seed: config.seed }),
  epochs: (config, t) => t('compare.label.epochs', { epochs: config.epochs }),
  batch: (config, t) =>
    config.batchSize === null
      ? t('compare.batch.full')
      : t('compare.batch.size', { size: config.batchSize }),
  weightDecay: (config, t) =>
    t('compare.label.weightDecay', { decay: number(config.optimizer.weightDecay) }),
  threshold: (config, t) => t('compare.label.threshold', { threshold: number(config.threshold) })
}

/**
 * Each config's label: the phrases of the settings in which the configs differ, joined; a run
 * compared with none, or with identical settings, is named by its optimizer and rate.
 */
export function differenceLabels(configs: readonly TrainingConfig[], t: Translate): string[] {
  const phrases = Object.values(PARTS).map((part) => configs.map((config) => part(config, t)))
  const differing = phrases.filter((row) => new Set(row).size > 1)
  const shown = differing.length > 0 ? differing : [phrases[1], phrases[2]]
  return configs.map((_, k) =>
    shown
      .map((row) => row[k])
      .filter((phrase): phrase is string => phrase !== null)
      .join(', ')
  )
}
