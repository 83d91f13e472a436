// What names a session file, declared once for the codec, the file services and the dialogs.

/** The value of a session document's "format" field, in every version. */
export const SESSION_FORMAT = 'logit-lab/session'
/** The document version this app writes, and the newest it reads (see migrations.ts). */
export const SESSION_VERSION = 2
/** The name recorded in a document's "app" field. */
export const SESSION_APP_NAME = 'Logit Lab'
/** Session files are `*.logitlab` (without the dot, as file dialogs' filters take it). */
export const SESSION_FILE_EXTENSION = 'logitlab'
