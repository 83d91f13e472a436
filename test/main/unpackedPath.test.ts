// Worker scripts of a packaged app start from app.asar.unpacked; other paths stay as they are.
import { describe, expect, it } from 'vitest'
import { unpackedPath } from '../../src/main/unpackedPath'

describe('unpackedPath', () => {
  it.each([
    [
      '/opt/Logit Lab/resources/app.asar/out/main/chunks/worker-1.mjs',
      '/opt/Logit Lab/resources/app.asar.unpacked/out/main/chunks/worker-1.mjs'
    ],
    [
      'C:\\Program Files\\Logit Lab\\resources\\app.asar\\out\\main\\chunks\\worker-1.mjs',
      'C:\\Program Files\\Logit Lab\\resources\\app.asar.unpacked\\out\\main\\chunks\\worker-1.mjs'
    ],
    [
      '/Applications/Logit Lab.app/Contents/Resources/app.asar/out/main/chunks/a.mjs',
      '/Applications/Logit Lab.app/Contents/Resources/app.asar.unpacked/out/main/chunks/a.mjs'
    ]
  ])('moves %s out of the archive', (inside, outside) => {
    expect(unpackedPath(inside)).toBe(outside)
  })

  it.each([
    '/home/me/logit-lab/out/main/chunks/worker-1.mjs', // npm start: no archive
    '/opt/app/resources/app.asar.unpacked/out/main/chunks/worker-1.mjs', // already outside
    '/home/me/notapp.asar/out/main/worker.mjs', // a folder that only ends like one
    '/home/me/app.asar.backup/worker.mjs'
  ])('leaves %s as it is', (path) => {
    expect(unpackedPath(path)).toBe(path)
  })
})
