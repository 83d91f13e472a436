// Makes `npm start` work where npm was told not to run install scripts (this project's .npmrc):
// if Electron's runtime is missing, run Electron's own installer once, then go on.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { spawnSync } from 'node:child_process'

const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))

if (!existsSync(join(electronDir, 'path.txt'))) {
  console.log('Logit Lab: downloading the Electron runtime (first start only)…')
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'inherit'
  })
  if (result.status !== 0) {
    console.error(
      'Logit Lab: the Electron runtime could not be downloaded. Check the network, or use the ' +
        'browser edition instead: npm run web'
    )
    process.exit(1)
  }
}
