// The session document: the `*.logitlab` file format, shared by the desktop main process, the web
// edition's worker and the CLI. Pure TypeScript (no Node, DOM or Electron).
export type {
  DecodeResult,
  KeptRun,
  KeptRunState,
  Session,
  SessionData,
  SessionHistory,
  SessionLog,
  SessionMeta,
  SessionRun,
  SessionRunState,
  SessionSeries,
  SessionSettings,
  StepUnit
} from './sessionTypes'
export type {
  InvalidReason,
  SessionCount,
  SessionError,
  SessionErrorCode,
  SessionText
} from './sessionErrors'
export { SESSION_ERROR_CODES } from './sessionErrors'
export { SESSION_FILE_EXTENSION, SESSION_FORMAT, SESSION_VERSION } from './sessionFormat'
export { encodeSession, SessionEncodeError } from './encode'
export type { EncodeMeta } from './documentWriter'
export { decodeSession } from './decode'
export { checkSessionSize } from './sessionSize'
export { describeSessionError } from './describeSessionError'
export {
  migrateForward,
  type JsonObject,
  type MigrationResult,
  type MigrationTable,
  type SessionMigration
} from './migrations'
export {
  continuedSession,
  newSession,
  trainingFromSession,
  type NewSessionParts,
  type SessionTraining,
  type SessionTrainingProblem
} from './sessionFromTraining'
export {
  datasetFromTable,
  tableFromCells,
  tableFromDataset,
  type TableDataset
} from './sessionTable'
export { boundHistory, RunRecorder, type RecordedTrainer } from './runRecorder'
export { checkSession } from './checkSession'
export {
  downsampledCurve,
  isKeepable,
  keptRunOf,
  keptRunSchema,
  MAX_KEPT_POINTS,
  MAX_KEPT_RUNS
} from './keptRuns'
