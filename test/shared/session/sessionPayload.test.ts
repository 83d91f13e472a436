// A session from a renderer, as main's IPC checks it (backupSession's and saveSession's payloads):
// what the app sends passes whole; a problem is refused with its field named.
import { describe, expect, it } from 'vitest'
import { labConfig, toyDataset } from '@core'
import { isKeepable, keptRunOf, type Session } from '@shared/session'
import { parseRequest } from '@shared/validation'
import { toySession, trainedSession } from './sessionFixtures'

function withKeptRun(): Session {
  const trained = trainedSession(toyDataset(), { ...labConfig, epochs: 100 })
  const run = trained.run
  if (run === null || !isKeepable(run)) throw new Error('no keepable run')
  return { ...trained, keptRuns: [keptRunOf(run)] }
}

const withTexts = (texts: [number, string][][]): Session => {
  const session = toySession()
  return { ...session, data: { ...session.data, texts } }
}

describe('a session payload', () => {
  it('passes with runs kept for comparison, as the Compare tab adds them', () => {
    const session = withKeptRun()
    const parsed = parseRequest('backupSession', { session })
    expect(parsed).toEqual({ ok: true, value: { session } })
  })

  it('refuses a kept run the file format would refuse, by its field', () => {
    const session = withKeptRun()
    const [kept] = session.keptRuns ?? []
    const broken = { ...session, keptRuns: [{ ...kept, finalAccuracy: 2 }] }
    expect(parseRequest('saveSession', { session: broken, as: false })).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload', field: 'session.keptRuns[0].finalAccuracy' }
    })
  })

  it('names a cell text’s row out of the table by its indexes', () => {
    const session = withTexts([[], [[9, 'x']], []])
    expect(parseRequest('backupSession', { session })).toMatchObject({
      ok: false,
      error: { code: 'invalidPayload', field: 'session.data.texts[1][0][0]' }
    })
  })
})
