// The security gate of `npm test` (npm run test:security): package.json's Electron must be a
// supported major (electronSupport), and Electronegativity over src/ must find nothing that no
// `eng-disable` comment with a written reason excuses (securityGateRules).
// Electronegativity's CLI always exits 0, so the gate reads its programmatic results instead.
// It does not read .vue files; there ESLint's vue/no-v-html stands guard.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, extname, join, relative } from 'node:path'
import { judgeElectron } from './electronSupport'
import { judge, type Finding, type ParseError } from './securityGateRules'

const require = createRequire(import.meta.url)
const root = join(import.meta.dirname, '..')
const scanned = join(root, 'src')
/** The file types Electronegativity parses; the gate reads the same ones for eng-disable. */
const SOURCE_TYPES = new Set(['.js', '.jsx', '.ts', '.tsx', '.html', '.htm'])

// Electronegativity fetches newer translations from S3 as it starts (with retries: seconds
// offline). The gate must not depend on the network, so it gets a `got` that declines at once
// and uses its bundled English strings.
const electronegativityDir = dirname(require.resolve('@doyensec/electronegativity'))
const gotPath = require.resolve('got', { paths: [electronegativityDir] })
const offline = (): Promise<never> => Promise.reject(new Error('the security gate runs offline'))
require.cache[gotPath] = { exports: offline } as unknown as NodeJS.Module

type Run = (
  options: Record<string, unknown>
) => Promise<{ issues: Finding[]; errors: ParseError[] }>
const electronegativity = require('@doyensec/electronegativity') as Run
const electronVersion = (require('electron/package.json') as { version: string }).version
const manifest = require(join(root, 'package.json')) as { devDependencies: Record<string, string> }
const electron = judgeElectron(manifest.devDependencies['electron'] ?? '')

function sourcesUnder(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE_TYPES.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
  return new Map(files.map((file) => [relative(dir, file), readFileSync(file, 'utf8')]))
}

const result = await electronegativity({
  input: scanned,
  isRelative: true,
  // Judge the Electron we ship, not Electronegativity's worst-case guess of version 0.1.0.
  electronVersionOverride: electronVersion,
  // This one asks GitHub for newer Electron releases: offline here, and a moving target anyway.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck']
})
const sources = sourcesUnder(scanned)
const report = judge(result.issues, result.errors, sources)

if (electron.ok) console.log(electron.message)
else report.failures.unshift(electron.message)
for (const line of report.excused) console.log(`excused  ${line}`)
for (const line of report.failures) console.error(`FAILED   ${line}`)
const files = sources.size
if (report.failures.length > 0) {
  const where = `package.json's Electron and ${files} files of src/`
  console.error(`Security gate: ${report.failures.length} problem(s) in ${where}`)
  process.exit(1)
}
console.log(`Security gate: no unexcused Electronegativity finding in ${files} files of src/`)
