import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import { sourceAliases } from './build/aliases'
import { devCsp } from './build/devCsp'
import { RENDERER_CHUNK_WARNING_KB, rendererAssetsInlineLimit } from './build/rendererBundle'

// The desktop build: main and preload for Node/Electron, the renderer for Chromium.
// The preload is CommonJS because sandboxed preloads cannot be ES modules.
const resolveAliases = { alias: sourceAliases(__dirname) }

export default defineConfig({
  main: {
    resolve: resolveAliases,
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/main/index.ts') },
        // The worker threads' scripts: .mjs, so they are ES modules wherever they sit. Packaged,
        // they live outside app.asar (electron-builder.yml), where no package.json says "module".
        output: { chunkFileNames: 'chunks/[name]-[hash].mjs' }
      }
    }
  },
  preload: {
    resolve: resolveAliases,
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: resolveAliases,
    plugins: [vue(), devCsp()],
    // The CSV import's Web Worker (a module worker, as in the web edition's build).
    worker: { format: 'es' },
    build: {
      chunkSizeWarningLimit: RENDERER_CHUNK_WARNING_KB,
      assetsInlineLimit: rendererAssetsInlineLimit,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    }
  }
})
