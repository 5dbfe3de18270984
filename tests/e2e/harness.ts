// The Chromium end-to-end harness: builds the renderer, serves it from 127.0.0.1, and backs
// `window.desk` with the REAL main-process services (DeskService + the IPC dispatch with its zod
// validation and sender check) on a temp data folder.
import { mkdir } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { extname, join, normalize, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { dispatch } from '../../src-main/ipc/handlers'
import { isTrustedSender } from '../../src-main/ipc/sender'
import { Library } from '../../src-main/library/library'
import { DeskService } from '../../src-main/services/desk'
import { realPipeline } from '../../src-main/services/pipeline'
import { JsonFileSettingsStore } from '../../src-main/services/settings'
import type { DeskEvent } from '../../shared/api'

export const ROOT = resolve(import.meta.dirname, '../..')
export const CHROMIUM = '/usr/bin/chromium'
export const SHOTS = join(ROOT, 'test-output', 'screenshots')

export async function buildRenderer(outDir: string): Promise<void> {
  const { build } = await import('vite')
  const vue = (await import('@vitejs/plugin-vue')).default
  await build({
    root: join(ROOT, 'src-renderer'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [vue()],
    build: { outDir, emptyOutDir: true },
  })
}

export async function shimScript(): Promise<string> {
  const esbuild = await import('esbuild')
  const out = await esbuild.build({ entryPoints: [join(import.meta.dirname, 'desk-shim.ts')], bundle: true, format: 'iife', write: false, platform: 'browser' })
  return out.outputFiles[0]!.text
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' }

export async function serveDir(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '')
    const file = join(dir, path || 'index.html')
    if (!file.startsWith(dir)) return void res.writeHead(403).end()
    try {
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const addr = server.address()
  const port = typeof addr === 'object' && addr ? addr.port : 0
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(() => ok())) }
}

export interface Backend {
  desk: DeskService
  /** The paths the next "open folder"/"open files" dialog returns. */
  nextDialog: string[]
  attach(page: Page): void
}

export function createBackend(dataDir: string, samplesDir: string | null): Backend {
  let page: Page | null = null
  const backend: Backend = {
    nextDialog: [],
    desk: null as unknown as DeskService,
    attach: (p) => {
      page = p
    },
  }
  const emit = (event: DeskEvent) => {
    void page?.evaluate((e) => window.__deskEmit?.(e), event).catch(() => undefined)
  }
  const take = async () => {
    const paths = backend.nextDialog
    backend.nextDialog = []
    return paths
  }
  backend.desk = new DeskService({
    library: new Library(join(dataDir, 'library')),
    settings: new JsonFileSettingsStore(join(dataDir, 'settings.json')),
    dialogs: { openFiles: take, openFolder: take },
    samplesDir,
    emit,
    pipeline: realPipeline,
  })
  return backend
}

/** Open the app page with window.desk bound to the backend (same checks as the preload's IPC). */
export async function openApp(browser: Browser, appUrl: string, backend: Backend, shim: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  const page = await context.newPage()
  const trusted = { rendererDirUrl: 'file:///nonexistent/', devServerUrl: new URL(appUrl).origin }
  await page.exposeBinding('__deskInvoke', async (source, channel: string, arg: unknown) => {
    try {
      if (!isTrustedSender(source.frame.url(), trusted)) throw new Error('调用来源不受信任，已拒绝')
      const value = await dispatch(backend.desk, channel, arg === null ? undefined : arg)
      return JSON.stringify({ ok: true, value: value ?? null })
    } catch (err) {
      return JSON.stringify({ ok: false, error: (err as Error).message })
    }
  })
  await page.addInitScript({ content: shim })
  backend.attach(page)
  page.on('dialog', (d) => void d.accept())
  await page.goto(appUrl)
  return page
}

export async function shot(page: Page, name: string): Promise<string> {
  await mkdir(SHOTS, { recursive: true })
  const path = join(SHOTS, `${name}.png`)
  await page.screenshot({ path, fullPage: false })
  return path
}

export const hasChromium = existsSync(CHROMIUM)
