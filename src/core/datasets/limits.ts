// Bounds of the generated data sets, inside the app's data limits (src/shared/limits.ts:
// dataLimitIssue accepts the largest, with polynomial features, by test).

/**
 * The most rows a generated set may have: far more than a class plots, small enough that
 * generating takes milliseconds; with polynomial features 500,000 cells, within the app's 2^24.
 */
export const MAX_GENERATED_ROWS = 100_000
