// The import aliases, for the bundlers and Vitest: `@core/…` says where a module lives rather than
// how many `../` lead there. TypeScript and tsx read the same map from tsconfig.base.json's
// `paths` (JSON cannot import this file); test/build/aliases.test.ts keeps the two in step.
//
// src/core, src/shared, src/node and src/cli import each other relatively (one `../` at most):
// the CLI and its worker threads run from source under tsx from any working directory, where tsx
// finds no tsconfig and so no aliases.
import { resolve } from 'node:path'

/** Alias → folder, relative to the repository root. */
export const SOURCE_ALIASES = {
  '@core': 'src/core',
  '@shared': 'src/shared',
  '@renderer': 'src/renderer/src'
} as const

/** The aliases as absolute folders under `root`, for Vite's and Vitest's `resolve.alias`. */
export function sourceAliases(root: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SOURCE_ALIASES).map(([alias, folder]) => [alias, resolve(root, folder)])
  )
}
