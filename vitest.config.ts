import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { sourceAliases } from './build/aliases'

// Two projects: everything that runs under Node (core, main services, CLI) and the renderer in happy-dom.
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
          include: ['test/renderer/**/*.test.ts'],
          testTimeout: 30_000
        }
      }
    ]
  }
})
