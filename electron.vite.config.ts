import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'

// The dev server injects styles as inline <style> tags; only there does the CSP allow them.
// The built app keeps the strict policy of src-renderer/index.html.
const devInlineStyles: Plugin = {
  name: 'desk-dev-inline-styles',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"),
}

// The official electron-vite split: main, preload, renderer. `shared/` is bundled into each.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // @napi-rs/canvas (native; an optional dependency of pdfjs-dist, not ours): loaded from node_modules at run
      // time by the OCR process to draw vector pages (src-main/readers/ocr/render-page.ts), never bundled.
      externalizeDeps: { include: ['@napi-rs/canvas'] },
      // read-worker: the readers' worker thread entry (src-main/import/worker-pool.ts loads ./read-worker.js).
      // ocr-process: the OCR child process entry (src-main/readers/ocr/ocr-client.ts starts ./ocr-process.js).
      rollupOptions: { input: { index: resolve('src-main/main/index.ts'), 'read-worker': resolve('src-main/import/read-worker.ts'), 'ocr-process': resolve('src-main/readers/ocr/ocr-process.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [vue(), devInlineStyles],
    base: './',
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('src-renderer/index.html') } },
    },
  },
})
