// `train`: load and check everything first (so bad input prints nothing on stdout, and a session
// that could not be saved is refused before the run, not after it), then run the lab's loop and
// print as it goes; with --save, write the run as a session file at the end.
import { newSession, RunRecorder, tableFromDataset, type Session } from '../shared/session'
import type { SaveRequest, TrainRequest } from './args'
import { loadData, type LoadedData } from './data'
import { checkOutputPath } from './outputFile'
import { checkSavable } from './saveChecks'
import { writeSessionFile } from './sessionFile'
import { divergedError, runAndReport, startRun, type TrainOutput } from './trainingRun'

export type { TrainOutput } from './trainingRun'

/** The session before its run (what the app would open before training), checked savable. */
function sessionToSave(request: TrainRequest, save: SaveRequest, loaded: LoadedData): Session {
  const data = loaded.table ?? tableFromDataset(loaded.dataset, loaded.labelName)
  const session = newSession({ data, config: request.config, run: null, title: save.title })
  checkSavable(session, request.config, save.path)
  checkOutputPath(save.path)
  return session
}

export async function train(request: TrainRequest, output: TrainOutput): Promise<void> {
  const { save } = request
  const loaded = loadData(request.data, request.dataOptions, { table: save !== null })
  const session = save && sessionToSave(request, save, loaded)
  const run = await startRun(loaded.dataset, request.config, null)
  const recorder = session && new RunRecorder(run.trainer)
  let diverged
  try {
    loaded.warnings.forEach((warning) => output.warn(`warning: ${warning}`))
    diverged = await runAndReport(run, request, output, (record) => recorder?.record(record))
  } finally {
    await run.accumulator?.dispose()
  }
  if (save && session && recorder) {
    // A diverged run is saved too, as the app saves it: its state, nothing to continue.
    await writeSessionFile(save.path, { ...session, run: recorder.finish() }, output.warn)
  }
  if (diverged) throw divergedError(diverged, run.trainer.config)
}
