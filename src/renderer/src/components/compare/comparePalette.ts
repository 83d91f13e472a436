// The kept runs' colours: the Okabe-Ito palette, which stays distinct for the common kinds of
// colour blindness, in shades that keep at least 3:1 against each theme's chart surface; each run
// also has its own dash pattern, so the lines differ without colour (and in a grey printout).
// A run keeps its slot (its colour) while runs before it are removed.

export const SLOT_COUNT = 4

const COLOURS = {
  light: ['#0072B2', '#D55E00', '#009E73', '#CC79A7'],
  dark: ['#56B4E9', '#E69F00', '#2FBF8F', '#E08CC0']
} as const

const DASHES: readonly number[][] = [[], [8, 4], [2, 3], [10, 3, 2, 3]]

export type CompareTheme = keyof typeof COLOURS

export interface SlotLook {
  colour: string
  dash: number[]
}

export function slotLook(slot: number, theme: CompareTheme): SlotLook {
  const at = ((slot % SLOT_COUNT) + SLOT_COUNT) % SLOT_COUNT
  return { colour: COLOURS[theme][at], dash: [...DASHES[at]] }
}

/** The effective theme, as useTheme puts it on <html data-theme>. */
export function currentTheme(root: HTMLElement = document.documentElement): CompareTheme {
  return root.dataset.theme === 'dark' ? 'dark' : 'light'
}

/** The lowest slot no kept run holds (there is one: at most SLOT_COUNT runs are kept). */
export function freeSlot(taken: readonly number[]): number {
  for (let slot = 0; slot < SLOT_COUNT; slot++) if (!taken.includes(slot)) return slot
  return taken.length % SLOT_COUNT
}
