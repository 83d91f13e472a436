// Caps on what an imported weights file may hold. Core imports nothing of ours outside core (see
// ARCHITECTURE.md and the lint rule), so these restate src/shared/limits.ts's MAX_COLS and
// MAX_FEATURE_NAME_LENGTH here; test/core/export/limits.test.ts keeps the two in step.

/** At most this many weights (features): shared/limits.ts MAX_COLS. */
export const MAX_IMPORT_FEATURES = 4096
/** A feature name's length: shared/limits.ts MAX_FEATURE_NAME_LENGTH. */
export const MAX_IMPORT_FEATURE_NAME_LENGTH = 200
/**
 * A weights file's size. The largest honest file, 4096 names of 200 characters each written as
 * \uXXXX escapes plus 4097 numbers, is under 5 MiB; anything past 8 MiB is not ours.
 */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024
