// Why a session file was refused, as data: a code for the UIs to translate (the renderer's
// vue-i18n, main's dialogs, the CLI's English in describeSessionError.ts), with the field, limit
// and counts that make the message precise. Never a sentence to parse back.

/** The counts a session's limits bound (see src/shared/limits.ts). */
export type SessionCount = 'rows' | 'features' | 'cells' | 'historyPoints' | 'logLines'

/** The texts whose length a session's limits bound. */
export type SessionText = 'title' | 'notes' | 'featureName' | 'labelName' | 'appName' | 'appVersion'

/**
 * What is wrong with an invalid field: 'type' (missing, or the wrong kind of JSON value), 'value'
 * (the right kind, but not allowed there: out of range, not whole, not finite, not one of the
 * choices), 'unknownKey' (a key the format does not have), 'order' (not strictly ascending).
 */
export type InvalidReason = 'type' | 'value' | 'unknownKey' | 'order'

export type SessionError =
  /** The file (or text) is larger than MAX_SESSION_BYTES; both in bytes of UTF-8. */
  | { code: 'tooLarge'; limit: number; actual: number }
  /** Nothing but white space. */
  | { code: 'empty' }
  /** Not JSON. */
  | { code: 'notJson' }
  /** JSON cut off: the text ends inside a string or with brackets still open. */
  | { code: 'truncated' }
  /** Nested deeper than MAX_SESSION_DEPTH. */
  | { code: 'tooDeep'; limit: number; actual: number }
  /** JSON, but not a Logit Lab session: not an object, or its "format" (the field) is not ours. */
  | { code: 'notSession'; field?: 'format' }
  /** A session from a newer app: `version` is the file's, `newest` the newest this app reads. */
  | { code: 'futureVersion'; version: number; newest: number }
  /** An older (or never released) version with no migration to the current one. */
  | { code: 'unknownVersion'; version: number }
  /** The migration from `version` to `version + 1` failed on this file; `message` is for logs. */
  | { code: 'migrationFailed'; version: number; message: string }
  /** A field that is missing or wrong, e.g. "data.columns[2][17]" or "settings.config.optimizer.lr". */
  | { code: 'invalidField'; field: string; reason: InvalidReason }
  /** More of something than a limit allows. */
  | { code: 'tooMany'; what: SessionCount; field: string; limit: number; actual: number }
  /** A text longer (in UTF-16 code units, as JavaScript counts) than a limit allows. */
  | { code: 'tooLong'; what: SessionText; field: string; limit: number; actual: number }
  /**
   * A length or value that must agree with another one and does not, e.g. a column shorter than
   * the others ('length'), or a saved trainer epoch that is not the run's next epoch ('value').
   */
  | {
      code: 'mismatch'
      field: string
      measure: 'length' | 'value'
      expected: number
      actual: number
    }
  /** A fault of this program, not of the file (a bug to report); `message` is for logs only. */
  | { code: 'internal'; message: string }

export type SessionErrorCode = SessionError['code']

/** Every code, for the UIs' translation tables and their tests. */
export const SESSION_ERROR_CODES = [
  'tooLarge',
  'empty',
  'notJson',
  'truncated',
  'tooDeep',
  'notSession',
  'futureVersion',
  'unknownVersion',
  'migrationFailed',
  'invalidField',
  'tooMany',
  'tooLong',
  'mismatch',
  'internal'
] as const satisfies readonly SessionErrorCode[]

// The list above names every code exactly once more: a code added to SessionError without it
// fails to compile here.
type Expect<T extends true> = T
export type _EveryCodeListed = Expect<
  SessionErrorCode extends (typeof SESSION_ERROR_CODES)[number] ? true : false
>
