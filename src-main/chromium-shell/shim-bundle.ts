// Bundles desk-shim.ts (and the preload's API builder it imports) into one classic script for
// Playwright's addInitScript, with the renderer's own build tool.
import { join } from 'node:path'

export async function buildShim(): Promise<string> {
  const { build } = await import('vite')
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root: import.meta.dirname,
    build: {
      write: false,
      minify: false,
      emptyOutDir: false,
      lib: { entry: join(import.meta.dirname, 'desk-shim.ts'), formats: ['iife'], name: 'deskShim', fileName: () => 'desk-shim.js' },
    },
  })
  const outputs = Array.isArray(result) ? result : [result]
  for (const out of outputs) {
    if (!('output' in out)) continue
    const chunk = out.output.find((o) => o.type === 'chunk')
    if (chunk && chunk.type === 'chunk') return chunk.code
  }
  throw new Error('desk-shim: the bundle produced no script')
}
