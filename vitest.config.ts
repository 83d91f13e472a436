import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// Two projects: everything that runs under Node (core, main services, CLI) and the renderer in happy-dom.
export default defineConfig({
  test: {
    projects: [
      {
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
