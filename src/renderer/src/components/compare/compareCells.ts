// The Compare table's cells as text: pure, so the table stays declarative and this is testable.
import { formatFixed } from '@core/format'
import { activeMistakes } from '@core/mistakes'
import type { KeptRun } from '@shared/session'
import { formatPercent } from '../predictions/predictionFormat'

type Translate = (key: string, values?: Record<string, unknown>) => string

/** Weights past this many are summarised ("… 12 more"); the cell's title lists them all. */
const SHOWN_WEIGHTS = 4

export interface CompareCells {
  optimizer: string
  details: string
  lr: string
  init: string
  epochs: string
  batch: string
  mistakes: string
  finalCost: string
  accuracy: string
  weights: string
  allWeights: string
}

const weight = (value: number): string => formatFixed(value, 4)

export function compareCells(run: KeptRun, t: Translate): CompareCells {
  const { config } = run
  const optimizer = config.optimizer
  const details =
    optimizer.kind === 'adam'
      ? t('compare.optimizerDetails.adam', { beta1: optimizer.beta1, beta2: optimizer.beta2 })
      : t(`compare.optimizerDetails.${optimizer.nesterov ? 'nesterov' : 'sgd'}`, {
          momentum: optimizer.momentum
        })
  const mistakes = activeMistakes(config).map((id) => t(`mistakes.${id}.name`))
  const state =
    run.state === 'done' ? '' : ` (${t(`compare.state.${run.state}`, { epoch: run.epoch })})`
  const shown = run.weights.slice(0, SHOWN_WEIGHTS).map(weight)
  const more = run.weights.length - shown.length
  return {
    optimizer: t(`compare.optimizer.${optimizer.kind}`),
    details,
    lr: String(optimizer.lr),
    init: t(`compare.init.${config.init}`),
    epochs: `${run.epoch}/${config.epochs}${state}`,
    batch:
      config.batchSize === null
        ? t('compare.batch.full')
        : t('compare.batch.size', { size: config.batchSize }),
    mistakes: mistakes.length === 0 ? t('compare.none') : mistakes.join(', '),
    // The log's spelling: the table's final cost reads exactly as the log's last line.
    finalCost: formatFixed(run.finalCost, 6),
    accuracy: formatPercent(run.finalAccuracy),
    weights: `[${shown.join(', ')}${more > 0 ? `, … +${more}` : ''}]; ${weight(run.bias)}`,
    allWeights: `[${run.weights.map(weight).join(', ')}]; ${weight(run.bias)}`
  }
}
