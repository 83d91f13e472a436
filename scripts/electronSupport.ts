// Which Electron majors are still supported, for the security gate: an out-of-support Electron
// gets no security fixes, whatever the app does right. Electron supports its latest three stable
// majors and ships a new one about every eight weeks, so this list ages: when the registry's
// electron moves to a new major, add it here and drop the oldest (and move package.json too).

/** Electron's supported majors as of `asOf` (the registry's current electron then: 45.6.1). */
export const supportedElectron = { asOf: '2026-12-05', majors: [43, 44, 45] } as const

/** The lowest major a version or range in package.json allows ("^45.6.1", "~44.0.0", "45"). */
export function majorOf(range: string): number | null {
  const match = /^\s*(?:\^|~|>=|=)?\s*v?(\d+)(?:\.[\dx*]+){0,2}(?:-[\w.]+)?\s*$/.exec(range)
  return match ? Number(match[1]) : null
}

export interface ElectronVerdict {
  ok: boolean
  message: string
}

/** Judges package.json's electron against the supported majors. */
export function judgeElectron(range: string, known = supportedElectron): ElectronVerdict {
  const major = majorOf(range)
  const supported = `Electron supports its latest three majors: ${known.majors.join(', ')} as of ${known.asOf}`
  if (major === null) {
    return { ok: false, message: `cannot read the Electron version "${range}" in package.json` }
  }
  const oldest = Math.min(...known.majors)
  const newest = Math.max(...known.majors)
  if (major < oldest) {
    return {
      ok: false,
      message: `Electron ${major} (package.json: "${range}") is out of support. ${supported}; move to ^${newest}`
    }
  }
  if (major > newest) {
    return {
      ok: true,
      message: `Electron ${major} is newer than the majors known in scripts/electronSupport.ts (${known.asOf}): update that list`
    }
  }
  return { ok: true, message: `Electron ${major} is supported (${supported})` }
}
