// What a session can hold, checked before training: a run the CLI may train (say --lr 0, or
// 1,000,000 epochs logged every epoch) may still be one the app's settings refuse, and finding
// out after an hour of training would be too late. Each refusal names the option.
import type { TrainingConfig } from '../core'
import { trainingConfigSchema } from '../shared/configSchemas'
import {
  logLineCount,
  MAX_EPOCHS,
  MAX_LOG_LINES,
  MAX_ROWS,
  minimumLogEvery
} from '../shared/limits'
import { checkSession, describeSessionError, type Session } from '../shared/session'
import { fieldPath } from '../shared/validation'
import { CliError } from './errors'
import { optionOf } from './args'

const count = (n: number): string => n.toLocaleString('en-US')

/** What the app's settings allow where the CLI allows more (shared/configSchemas.ts). */
const SESSION_RULES: Record<string, string> = {
  epochs: `a whole number up to ${count(MAX_EPOCHS)}`,
  logEvery: `a whole number up to ${count(MAX_EPOCHS)}`,
  seed: 'a whole number up to 2^53 - 1',
  batchSize: `a whole number up to ${count(MAX_ROWS)}`,
  'optimizer.lr': 'a number > 0',
  'optimizer.momentum': 'a number in [0, 1]',
  'optimizer.dampening': 'a number in [0, 1]',
  'optimizer.eps': 'a number > 0'
}

/** Why a session cannot hold a run of `config`, in a sentence naming the option; or null. */
export function sessionConfigProblem(config: TrainingConfig): string | null {
  const { epochs, logEvery } = config
  const lines = logLineCount(epochs, logEvery)
  if (Number.isSafeInteger(lines) && lines > MAX_LOG_LINES) {
    return (
      `a session keeps at most ${count(MAX_LOG_LINES)} log lines, and --epochs ${epochs} ` +
      `with --log-every ${logEvery} prints ${count(lines)} (use --log-every ` +
      `${minimumLogEvery(epochs)} or more)`
    )
  }
  const parsed = trainingConfigSchema.safeParse(config)
  if (parsed.success) return null
  const field = fieldPath(parsed.error.issues[0]?.path ?? [])
  const rule = SESSION_RULES[field] ?? 'another value'
  return `in a session --${optionOf(field)} must be ${rule}`
}

/** Refuses, before training, a session (without its run yet) that could not be saved. */
export function checkSavable(session: Session, config: TrainingConfig, path: string): void {
  const problem = sessionConfigProblem(config) ?? sessionProblem(session)
  if (problem) throw new CliError(`cannot save ${JSON.stringify(path)}: ${problem}`)
}

function sessionProblem(session: Session): string | null {
  const error = checkSession(session)
  return error && describeSessionError(error)
}
