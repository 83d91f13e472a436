// Standardization travels with the settings (src/core/standardize.ts): the config's schema takes
// it as an optional true/false, a session keeps it (in the settings and in the run's config), a
// session saved before it existed opens with it off, and a lesson link carries it.
import { describe, expect, it } from 'vitest'
import { labConfig, toyDataset } from '@core'
import { trainingConfigSchema } from '@shared/schemas'
import { decodeSession, encodeSession } from '@shared/session'
import { makeShareLink, readShareLink } from '@shared/shareLink'
import { sessionOf, trainedSession } from './session/sessionFixtures'

const meta = { appVersion: '0.1.0', savedAt: new Date('2026-03-01T09:30:00.000Z') }
const standardized = { ...labConfig, epochs: 40, standardize: true }

describe('standardization in the contract', () => {
  it('is an optional true or false in a training config', () => {
    expect(trainingConfigSchema.safeParse(standardized).success).toBe(true)
    expect(trainingConfigSchema.safeParse(labConfig).success).toBe(true)
    const result = trainingConfigSchema.safeParse({ ...labConfig, standardize: 'yes' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0].path).toEqual(['standardize'])
  })

  it('comes back exactly from a session file, in the settings and in the run', () => {
    const session = trainedSession(toyDataset(), standardized, 17)
    const decoded = decodeSession(encodeSession(session, meta))
    expect(decoded.ok && decoded.session).toEqual(session)
    expect(decoded.ok && decoded.session.settings.config.standardize).toBe(true)
    expect(decoded.ok && decoded.session.run?.config.standardize).toBe(true)
  })

  it('is off in a session saved before it existed (no field: the data as given)', () => {
    const text = encodeSession(sessionOf(toyDataset(), labConfig), meta)
    expect(text).not.toContain('standardize')
    const decoded = decodeSession(text)
    expect(decoded.ok).toBe(true)
    expect(decoded.ok && decoded.session.settings.config.standardize).toBeUndefined()
  })

  it('travels in a lesson link', () => {
    const { title, notes, data, settings } = sessionOf(toyDataset(), standardized)
    const made = makeShareLink('https://logit-lab.example/', { title, notes, data, settings }, meta)
    expect(made.ok).toBe(true)
    const read = readShareLink(made.ok ? made.link : '')
    expect(read.ok && read.lesson.settings.config.standardize).toBe(true)
  })
})
