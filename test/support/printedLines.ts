// Comparing what two programs printed, line by line: exactly, or, where float32 rounding makes
// a printed digit legitimately differ (README, "How close is 'the same'?"), number by number
// against our full-precision value within the fidelity tests' tolerance. Every verdict is
// counted, so a report can say how many lines matched exactly.
import {
  Trainer,
  costAccuracyLine,
  costLine,
  trainingDataset,
  type Dataset,
  type EpochRecord,
  type TrainingConfig
} from '@core'
import { finalLines } from '../../src/cli/report'

/** A line as Logit Lab prints it, with the full-precision values behind its numbers. */
export interface AppLine {
  text: string
  /** Per number printed in `text`, in order: its full value, or null where it must match as text. */
  values: (number | null)[]
}

/** |ours - torch| <= 1e-5 + 1e-5 |torch|: the tolerance of test/core/pytorchReference.test.ts. */
export const TOLERANCE = { abs: 1e-5, rel: 1e-5 }

const NUMBER = /-?\d+(?:\.\d+)?/g

/** What the CLI's plain `train` prints for this run (log lines, then the evaluation). */
export function appLines(
  dataset: Dataset,
  config: TrainingConfig,
  logAccuracy: boolean
): AppLine[] {
  const trainer = Trainer.start(trainingDataset(dataset, config), config)
  const logged: EpochRecord[] = []
  trainer.run(Infinity, (r) => {
    if (r.epoch % config.logEvery === 0) logged.push(r)
  })
  if (trainer.diverged) throw new Error(`the run diverged: ${JSON.stringify(trainer.diverged)}`)
  const lines: AppLine[] = logged.map((r) =>
    logAccuracy
      ? {
          text: costAccuracyLine(r.epoch, config.epochs, r.cost, r.accuracy),
          values: [null, null, r.cost, null]
        }
      : { text: costLine(r.epoch, config.epochs, r.cost), values: [null, null, r.cost] }
  )
  const evaluation = trainer.evaluate()
  const [weights, bias, probabilities, predictions, accuracy] = finalLines({
    weights: trainer.weights,
    bias: trainer.bias,
    evaluation
  })
  return [
    ...lines,
    { text: weights, values: trainer.weights },
    { text: bias, values: [trainer.bias] },
    { text: probabilities, values: Array.from(evaluation.probabilities) },
    { text: predictions, values: Array.from(evaluation.predictions, () => null) },
    { text: accuracy, values: [null] }
  ]
}

export type Verdict = 'exact' | 'lastDigit' | 'withinTolerance'

export interface LineComparison {
  verdict: Verdict | 'different'
  /** For 'different': what differs. */
  reason?: string
}

const decimalsOf = (token: string): number => {
  const dot = token.indexOf('.')
  return dot < 0 ? 0 : token.length - dot - 1
}

/** The printed numbers' difference in units of their last digit (both printed alike). */
function lastDigitUnits(a: string, b: string): number {
  return Math.round(Math.abs(Number(a) - Number(b)) * 10 ** decimalsOf(a))
}

/** One line of PyTorch's output against ours. */
export function compareLine(torch: string, ours: AppLine): LineComparison {
  if (torch === ours.text) return { verdict: 'exact' }
  const theirTokens = torch.match(NUMBER) ?? []
  const ourTokens = ours.text.match(NUMBER) ?? []
  if (torch.split(NUMBER).join('#') !== ours.text.split(NUMBER).join('#')) {
    return { verdict: 'different', reason: 'the words differ' }
  }
  if (theirTokens.length !== ours.values.length || ourTokens.length !== ours.values.length) {
    return { verdict: 'different', reason: 'the count of numbers differs' }
  }
  let verdict: Verdict = 'exact'
  for (let k = 0; k < ours.values.length; k++) {
    const [theirs, mine, full] = [theirTokens[k], ourTokens[k], ours.values[k]]
    if (theirs === mine) continue
    if (full === null) return { verdict: 'different', reason: `number ${k}: ${theirs} vs ${mine}` }
    if (decimalsOf(theirs) !== decimalsOf(mine)) {
      return { verdict: 'different', reason: `number ${k}: ${theirs} vs ${mine}` }
    }
    const halfUnit = 0.5 * 10 ** -decimalsOf(theirs)
    const gap = Math.abs(Number(theirs) - full)
    if (gap > halfUnit + TOLERANCE.abs + TOLERANCE.rel * Math.abs(full)) {
      return { verdict: 'different', reason: `number ${k}: ${theirs} vs ${mine} (ours ${full})` }
    }
    if (lastDigitUnits(theirs, mine) > 1) verdict = 'withinTolerance'
    else if (verdict === 'exact') verdict = 'lastDigit'
  }
  return { verdict }
}
