// A stand-in for Electron's Windows distribution, for packaging tests on a machine that cannot
// download Electron: electron.exe as a minimal but valid PE executable holding what
// electron-builder works on, nothing that runs. It has a version-info resource (electron-builder
// writes the asar integrity resource in its language, and edits it) and Electron's fuse wire
// with the fuses in Electron's default states (which electronFuses flips). Electron keeps its
// wire in .rdata; here it sits in an RCDATA resource, which is found the same way: by searching
// the file for the sentinel.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { NtExecutable, NtExecutableResource, Resource } from 'resedit'

/** What @electron/fuses searches for; the wire follows it: version, length, one byte a fuse. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const FUSE_WIRE_VERSION = 1

/**
 * Electron's defaults (its docs/tutorial/fuses.md) in wire order, '1' on and '0' off: runAsNode,
 * cookieEncryption, nodeOptions, nodeCliInspect, embeddedAsarIntegrityValidation,
 * onlyLoadAppFromAsar, loadBrowserProcessSpecificV8Snapshot, grantFileProtocolExtraPrivileges,
 * and a ninth, newer than electron-builder's options, that packaging must leave alone.
 */
export const DEFAULT_FUSES = '101100011'

const EN_US = { lang: 1033, codepage: 1200 }
const RT_RCDATA = 10

function fuseWire(): ArrayBuffer {
  const bytes = Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([FUSE_WIRE_VERSION, DEFAULT_FUSES.length]),
    Buffer.from(DEFAULT_FUSES, 'latin1')
  ])
  return Uint8Array.from(bytes).buffer
}

/** Writes electron.exe and an empty resources folder into `dir`, as Electron's zip unpacks. */
export function writeFakeElectronWin(dir: string, electronVersion: string): void {
  const executable = NtExecutable.createEmpty(false, false) // PE32+, an .exe
  const resources = NtExecutableResource.from(executable)
  // One language, as Electron's exe has (electron-builder refuses an exe with more or none).
  const versionInfo = Resource.VersionInfo.create(EN_US.lang, {}, [
    { ...EN_US, values: { ProductName: 'Electron', FileDescription: 'Electron' } }
  ])
  versionInfo.setFileVersion(electronVersion)
  versionInfo.setProductVersion(electronVersion)
  versionInfo.outputToResourceEntries(resources.entries)
  resources.entries.push({ type: RT_RCDATA, id: 1, ...EN_US, bin: fuseWire() })
  resources.outputResource(executable)
  mkdirSync(join(dir, 'resources'), { recursive: true })
  writeFileSync(join(dir, 'electron.exe'), Buffer.from(executable.generate()))
}
