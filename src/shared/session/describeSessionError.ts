// A session error in English, for the CLI and for logs. The renderer and main translate the codes
// themselves (see sessionErrors.ts); this is not their text.
import type { SessionError, SessionText, SessionCount } from './sessionErrors'

const count = (value: number): string => value.toLocaleString('en-US')

const countNames: Record<SessionCount, string> = {
  rows: 'rows',
  features: 'features',
  cells: 'feature cells',
  historyPoints: 'history points',
  logLines: 'log lines'
}

const textNames: Record<SessionText, string> = {
  title: 'the title',
  notes: 'the notes',
  featureName: 'a feature name',
  labelName: 'the label name',
  appName: "the app's name",
  appVersion: "the app's version"
}

const reasons = {
  type: 'is missing or of the wrong type',
  value: 'holds a value that is not allowed there',
  unknownKey: 'is not a field of the session format',
  order: 'is not in strictly ascending order'
} as const

/** One line, lower case, no final period: "session file: <this>" reads well. */
export function describeSessionError(error: SessionError): string {
  switch (error.code) {
    case 'tooLarge':
      return `the file is ${count(error.actual)} bytes; a session may be at most ${count(error.limit)} bytes`
    case 'empty':
      return 'the file is empty'
    case 'notJson':
      return 'the file is not JSON'
    case 'truncated':
      return 'the file ends too early (it was cut off, perhaps while being saved)'
    case 'tooDeep':
      return `the file nests ${count(error.actual)} levels deep; a session nests at most ${count(error.limit)}`
    case 'notSession':
      return error.field === 'format'
        ? 'the file is not a Logit Lab session (its "format" is not "logit-lab/session")'
        : 'the file is not a Logit Lab session (it is not a JSON object)'
    case 'futureVersion':
      return `the file is a version ${error.version} session from a newer Logit Lab; this one reads versions up to ${error.newest}`
    case 'unknownVersion':
      return `the file is a version ${error.version} session, which this Logit Lab cannot read`
    case 'migrationFailed':
      return `the file could not be updated from session version ${error.version} to ${error.version + 1}`
    case 'invalidField':
      return `${error.field} ${reasons[error.reason]}`
    case 'tooMany':
      return `${error.field} holds ${count(error.actual)} ${countNames[error.what]}; at most ${count(error.limit)} are allowed`
    case 'tooLong':
      return `${textNames[error.what]} (${error.field}) is ${count(error.actual)} characters long; at most ${count(error.limit)} are allowed`
    case 'mismatch':
      return error.measure === 'length'
        ? `${error.field} holds ${count(error.actual)} values where ${count(error.expected)} are expected`
        : `${error.field} is ${error.actual} where ${error.expected} is expected`
    case 'internal':
      return `an internal error while reading the file: ${error.message}`
  }
}
