// The prediction table's fixed geometry: every row has the same height, so the virtualiser can
// place 100,000 rows without measuring them.
export const ROW_HEIGHT = 28
/** Smaller tables render every row (simpler for screen readers, nothing to scroll in). */
export const VIRTUAL_FROM_ROWS = 200
