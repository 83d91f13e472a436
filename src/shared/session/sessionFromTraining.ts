// Sessions made outside the app's window (the CLI trains headlessly and saves what the app would
// have held), and the other way: what a session trains on. Every session built here goes through
// newSession or continuedSession, so a field the format gains is filled in one place.
import { DEFAULT_BATCH_SIZE, defaultAdam, defaultSgd, type TrainingConfig } from '../../core/config'
import type { Dataset, DatasetIssue } from '../../core/dataset'
import type { TrainerState } from '../../core/trainerState'
import { datasetFromTable } from './sessionTable'
import type { Session, SessionData, SessionRun, SessionSettings } from './sessionTypes'

export interface NewSessionParts {
  /** The table (sessionTable.ts: tableFromDataset, tableFromCells). */
  data: SessionData
  /** The settings the app opens with: the run's config, or what a run would train with. */
  config: TrainingConfig
  /** The run (RunRecorder.finish), or null for a session not trained yet. */
  run: SessionRun | null
  title?: string
}

/**
 * The settings a session gets besides its config: as the app starts (full speed, one epoch, the
 * other optimizer at its defaults, the mini-batch size the run's or the app's default).
 */
function settingsOf(config: TrainingConfig): SessionSettings {
  return {
    config,
    speed: { mode: 'max' },
    stepUnit: 'epoch',
    otherOptimizer: config.optimizer.kind === 'sgd' ? { ...defaultAdam } : { ...defaultSgd },
    batchSize: config.batchSize ?? DEFAULT_BATCH_SIZE
  }
}

export function newSession({ data, config, run, title = '' }: NewSessionParts): Session {
  return { title, notes: '', data, settings: settingsOf(config), run }
}

/**
 * `saved` with its run replaced by `run`, which continued it: the table, notes and speed kept.
 * The settings follow the run (its new N, its log interval) where they were the saved run's own;
 * settings changed in the app since that run are the student's, and are kept.
 */
export function continuedSession(saved: Session, run: SessionRun, title?: string): Session {
  const follow = saved.run !== null && sameValue(saved.settings.config, saved.run.config)
  return {
    ...saved,
    title: title ?? saved.title,
    settings: follow ? { ...saved.settings, config: run.config } : saved.settings,
    run
  }
}

/** Plain data (a config) compared field by field, whatever the order of its keys. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Object.is(a, b)
  }
  const keysA = Object.keys(a)
  if (keysA.length !== Object.keys(b).length) return false
  const recordA = a as Record<string, unknown>
  const recordB = b as Record<string, unknown>
  return keysA.every((key) => Object.hasOwn(recordB, key) && sameValue(recordA[key], recordB[key]))
}

/** Why a session cannot be trained on. */
export type SessionTrainingProblem =
  /** A cell is not a number, or a label not 0 or 1 (`problems` cells in all), or no rows. */
  | { code: 'invalidTable'; issue: DatasetIssue; problems: number }
  /** The table has another number of features than the run's weights (edited since). */
  | { code: 'featureCount'; table: number; run: number }

export type SessionTraining =
  | {
      ok: true
      dataset: Dataset
      /** E.g. every label the same: the table trains, with a warning. */
      warnings: DatasetIssue[]
      /** The run's config when there is a run, else the settings'. */
      config: TrainingConfig
      /** What continues the run; null without a run or when it cannot be continued. */
      resumeFrom: TrainerState | null
    }
  | { ok: false; problem: SessionTrainingProblem }

/** The data set and config a session trains with, continuing its run where it can. */
export function trainingFromSession(session: Session): SessionTraining {
  const table = datasetFromTable(session.data)
  if (!table.ok) {
    return {
      ok: false,
      problem: { code: 'invalidTable', issue: table.issue, problems: table.problems }
    }
  }
  const { run } = session
  const features = table.dataset.cols
  if (run !== null && run.weights.length !== features) {
    return {
      ok: false,
      problem: { code: 'featureCount', table: features, run: run.weights.length }
    }
  }
  return {
    ok: true,
    dataset: table.dataset,
    warnings: table.warnings,
    config: run?.config ?? session.settings.config,
    resumeFrom: run?.trainer ?? null
  }
}
