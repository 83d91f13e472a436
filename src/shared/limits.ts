// Upper bounds on what the renderer may ask of main, and on what a session file may hold. They keep
// a hostile or broken payload or file from making the app allocate without end: by the time main
// validates, Electron has already deserialised the message, but nothing past these caps is ever
// handed to the service; a session file past them is refused with the limit it crossed.

/** At most 2^24 feature cells: 128 MiB of float64, eight times the 1,000,000 x 8 benchmark. */
export const MAX_CELLS = 2 ** 24
/** At most this many features per row. */
export const MAX_COLS = 4096
/** At most this many rows (a one-feature data set at the cell cap). */
export const MAX_ROWS = MAX_CELLS
/** Epoch counts (N, log interval, steps) are integers up to a billion. */
export const MAX_EPOCHS = 1_000_000_000
/** Feature names are short labels for table headers and log lines. */
export const MAX_FEATURE_NAME_LENGTH = 200
/** Run ids are short tokens minted by main. */
export const RUN_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,128}$/
/** Slow motion for class: the issue asks for 2 to 60 epochs a second; allow a margin each side. */
export const MIN_PACED_EPOCHS_PER_SECOND = 1
export const MAX_PACED_EPOCHS_PER_SECOND = 1000
/** Long enough for any real link; the allow-list decides which ones open. */
export const MAX_URL_LENGTH = 2048
/** mt19937 keeps 624 32-bit words. */
export const MT_STATE_WORDS = 624

/** Which limit a data set passes, with the count and the limit, for a message that names both. */
export type DataLimitIssue =
  | { limit: 'features'; actual: number; max: number }
  | { limit: 'rows'; actual: number; max: number }
  | { limit: 'cells'; actual: number; max: number }

/**
 * The first limit that `rows` rows of `features` features pass, or null. Applied wherever data
 * comes in (the renderer's import and paste, main's IPC through its schemas, the CLI), so whatever
 * one part accepts, the others open.
 */
export function dataLimitIssue(rows: number, features: number): DataLimitIssue | null {
  if (features > MAX_COLS) return { limit: 'features', actual: features, max: MAX_COLS }
  if (rows > MAX_ROWS) return { limit: 'rows', actual: rows, max: MAX_ROWS }
  const cells = rows * features
  if (cells > MAX_CELLS) return { limit: 'cells', actual: cells, max: MAX_CELLS }
  return null
}

/**
 * Log lines one run may print. Every logged epoch is kept exactly for the whole run (the log,
 * its copy, the marks on the charts), at about 230 bytes each in the page: this bound keeps a
 * run's log under ~50 MB, where 100,000,000 epochs logged every epoch would need 23 GB.
 */
export const MAX_LOG_LINES = 200_000

/**
 * The most history points (cost and accuracy per epoch) the renderer keeps for drawing. The
 * runner streams 200,000 exact points, then an envelope of about as many again (runnerHistory.ts);
 * past this bound the renderer's history halves itself. A saved run holds at most as many.
 */
export const MAX_HISTORY_POINTS = 500_000

/**
 * A session file's size. Every session the app makes fits with room to spare: the largest table
 * it imports is a 64 MiB CSV, whose numbers a session spells the same way, and a full run (500,000
 * history points, 200,000 log lines) adds ~40 MB; a trained 1,000,000 x 8 session of
 * full-precision doubles measures 166 MB. A table at the cell cap (2^24 cells) fits when spelled
 * like measured data (~10 characters a cell, "-0.294118,": ~200 MB), not as full-precision
 * doubles (20 to 25 characters: 330 to 420 MB), which only generated data has: encodeSession
 * refuses that session (tooLarge) rather than write a file that would not open. A cap that held
 * it would come near V8's longest string (~512 MiB) and take gigabytes to parse.
 */
export const MAX_SESSION_BYTES = 256 * 1024 * 1024
/**
 * How deep a session file's JSON may nest. A version-1 document nests 5 deep (data.texts[j][k]);
 * the margin is for later versions. Checked before parsing: JSON.parse takes ~1.7 us per level.
 */
export const MAX_SESSION_DEPTH = 32
/**
 * A CSV file, imported or opened as a document: larger files are refused before they are read.
 * Room for every table within MAX_CELLS spelled in up to 15 characters and a separator a cell
 * (the 1,000,000 x 8 benchmark file is 62 MiB; at the cell limit its spelling makes 130 MiB);
 * the renderer's import worker peaks near 1 GB at this size.
 */
export const MAX_CSV_BYTES = 256 * 1024 * 1024
/** A session's title: a line for the window's title bar and the recent-documents list. */
export const MAX_TITLE_LENGTH = 200
/** A session's notes: the teacher's task or the student's answers, ~50 pages of text. */
export const MAX_NOTES_LENGTH = 100_000
/** The app name and version a session file records (e.g. "Logit Lab", "0.1.0"). */
export const MAX_APP_FIELD_LENGTH = 100

/** The lines a run prints: epochs 0..N, one for each multiple of logEvery. */
export function logLineCount(epochs: number, logEvery: number): number {
  return Math.floor(epochs / logEvery) + 1
}

/**
 * The smallest "log every" that keeps a run of `epochs` epochs within MAX_LOG_LINES lines. Epochs
 * 0 to N logged every k print floor(N / k) + 1 lines, at most MAX_LOG_LINES exactly when
 * k > N / MAX_LOG_LINES.
 */
export function minimumLogEvery(epochs: number): number {
  return Math.floor(epochs / MAX_LOG_LINES) + 1
}
