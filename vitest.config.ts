import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { sourceAliases } from './build/aliases'

// Two projects: everything that runs under Node (core, main services, CLI) and the renderer in happy-dom.
// Every test file runs in a fresh process of its own (Vitest's default, stated so that Vitest 5
// stops suggesting otherwise): the main tests mock `electron` per file and import modules that
// register handlers as they load, and each renderer file gets a DOM no other file touched.
const isolation = { pool: 'forks', isolate: true } as const

export default defineConfig({
  // Inherited by both projects (extends: true).
  resolve: { alias: sourceAliases(import.meta.dirname) },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          ...isolation,
          include: ['test/**/*.test.ts'],
          exclude: ['test/renderer/**'],
          setupFiles: [],
          testTimeout: 60_000
        }
      },
      {
        extends: true,
        plugins: [vue()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          ...isolation,
          include: ['test/renderer/**/*.test.ts'],
          testTimeout: 30_000
        }
      }
    ]
  }
})
