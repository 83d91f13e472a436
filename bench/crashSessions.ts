// The two sessions the crash-safety stress saves in turn: the same trained table, told apart by
// their titles, so that a file found after a kill can be named as the old or the new save. Built
// the same way in the saving child and in the checking parent (seeded data, real epochs, a fixed
// save time), so the parent knows each file's exact bytes.
import type { Session } from '@shared/session/index'
import { syntheticDataset } from './data'
import { benchSession } from './sessionData'

export const CRASH_TITLES = ['Crash safety A', 'Crash safety B'] as const
export type CrashTitle = (typeof CRASH_TITLES)[number]

/** One save time for every file, so that encoding the same session twice gives the same bytes. */
export const CRASH_META = { appVersion: '0.1.0', savedAt: new Date('2025-03-01T09:30:00.000Z') }

export function isCrashTitle(title: string): title is CrashTitle {
  return (CRASH_TITLES as readonly string[]).includes(title)
}

export function otherTitle(title: CrashTitle): CrashTitle {
  return title === CRASH_TITLES[0] ? CRASH_TITLES[1] : CRASH_TITLES[0]
}

/** Both sessions: `rows` x 8 of data, a 1,000-epoch history and its log. */
export function crashSessions(rows: number): Record<CrashTitle, Session> {
  const base = benchSession(syntheticDataset(rows, 8), {
    historyPoints: 1000,
    logEvery: 100,
    labelTexts: false
  })
  return {
    [CRASH_TITLES[0]]: { ...base, title: CRASH_TITLES[0] },
    [CRASH_TITLES[1]]: { ...base, title: CRASH_TITLES[1] }
  } as Record<CrashTitle, Session>
}
