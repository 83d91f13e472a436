// The rules of the security gate, kept apart from Electronegativity so they can be tested: a
// finding passes only when an `eng-disable` comment on its line, or the line above, names its
// check and says why; and every `eng-disable` comment anywhere must say why.

/** The part of an Electronegativity finding the gate reads. */
export interface Finding {
  id: string
  file: string
  location: { line: number; column: number }
  description: string
  manualReview?: boolean
}

export interface ParseError {
  file: string
  message: string
  tolerable: boolean
}

export interface Suppression {
  line: number
  checks: string[]
  reason: string
}

const MARKER = /(?:\/\/|\/\*|<!--)\s*eng-disable\b(.*)$/
/** A reason is a few words of prose, not a shrug. */
const MIN_REASON_WORDS = 3

/** Every eng-disable comment of a source file, with the checks it names and its reason. */
export function parseSuppressions(source: string): Suppression[] {
  return source.split(/\r?\n/).flatMap((text, index) => {
    const match = MARKER.exec(text)
    if (!match) return []
    const rest = match[1].replace(/\*\/|-->/g, ' ')
    // Check ids (SOME_JS_CHECK, comma or space separated) come first; ':' or '--' may end them.
    const checkId = /[\s,]*([A-Za-z0-9]+_[A-Za-z0-9_]+)(:?)/y
    const checks: string[] = []
    let position = 0
    for (let id = checkId.exec(rest); id !== null; id = checkId.exec(rest)) {
      checks.push(id[1].toUpperCase())
      position = checkId.lastIndex
      if (id[2] === ':') break
    }
    const reason = rest
      .slice(position)
      .replace(/^\s*(--|:|—)?\s*/, '')
      .trim()
    return [{ line: index + 1, checks, reason }]
  })
}

export function hasReason(suppression: Suppression): boolean {
  return (
    suppression.reason.split(/\s+/).filter((word) => /\w/.test(word)).length >= MIN_REASON_WORDS
  )
}

/** The suppression that excuses `finding`, if there is one with a reason. */
export function excuseFor(finding: Finding, suppressions: Suppression[]): Suppression | undefined {
  const { line } = finding.location
  return suppressions.find(
    (suppression) =>
      (suppression.line === line || suppression.line === line - 1) &&
      suppression.checks.includes(finding.id.toUpperCase()) &&
      hasReason(suppression)
  )
}

export interface GateReport {
  failures: string[]
  excused: string[]
}

/**
 * Judges Electronegativity's output. `sources` maps each scanned file (as findings name it) to
 * its text; findings in files that are not there (global findings, file "N/A") cannot be excused.
 */
export function judge(
  findings: Finding[],
  errors: ParseError[],
  sources: Map<string, string>
): GateReport {
  const report: GateReport = { failures: [], excused: [] }
  const suppressionsOf = new Map(
    [...sources].map(([file, text]) => [file, parseSuppressions(text)])
  )
  for (const error of errors.filter((e) => !e.tolerable)) {
    report.failures.push(`${error.file}: could not be scanned: ${error.message}`)
  }
  for (const finding of findings) {
    const where = `${finding.file}:${finding.location.line} ${finding.id}`
    const excuse = excuseFor(finding, suppressionsOf.get(finding.file) ?? [])
    if (excuse) report.excused.push(`${where} (${excuse.reason})`)
    else report.failures.push(`${where}: ${finding.description}`)
  }
  for (const [file, suppressions] of suppressionsOf) {
    for (const suppression of suppressions) {
      if (suppression.checks.length === 0) {
        report.failures.push(`${file}:${suppression.line} eng-disable names no check`)
      } else if (!hasReason(suppression)) {
        report.failures.push(`${file}:${suppression.line} eng-disable without a written reason`)
      }
    }
  }
  return report
}
