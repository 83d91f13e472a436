// Upper bounds on what the renderer may ask of main. They keep a hostile or broken payload from
// making the trainer allocate without end: by the time main validates, Electron has already
// deserialised the message, but nothing past these caps is ever handed to the service.

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
