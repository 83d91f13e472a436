// Where the tests find the repository and the shared fixtures, wherever vitest was started.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The lab's diabetes data (759 x 8), kept outside the repository: ../shared/fixtures. */
export const diabetesCsvPath = resolve(repoRoot, '../shared/fixtures/diabetes.csv')
