// Once per `npx playwright test`: build the renderer the Chromium tests serve (plain vite, the
// renderer part of electron.vite.config.ts), so the suite never depends on an earlier build.
import { join } from 'node:path'
import { E2E_RENDERER, ROOT } from './harness'

export default async function globalSetup(): Promise<void> {
  const { build } = await import('vite')
  const vue = (await import('@vitejs/plugin-vue')).default
  await build({
    root: join(ROOT, 'src-renderer'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [vue()],
    build: { outDir: E2E_RENDERER, emptyOutDir: true },
  })
}
