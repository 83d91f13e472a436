import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { sourceAliases } from './build/aliases.ts'
import { devCsp } from './build/devCsp.ts'
import { RENDERER_CHUNK_WARNING_KB, rendererAssetsInlineLimit } from './build/rendererBundle.ts'

// The web edition: the same renderer, served to a browser; training runs in a Web Worker.
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  resolve: { alias: sourceAliases(import.meta.dirname) },
  plugins: [vue(), devCsp()],
  worker: { format: 'es' },
  // WEB_OUT_DIR lets several test servers build side by side without clobbering each other.
  build: {
    outDir: resolve(import.meta.dirname, process.env['WEB_OUT_DIR'] ?? 'out/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: RENDERER_CHUNK_WARNING_KB,
    assetsInlineLimit: rendererAssetsInlineLimit
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true }
})
