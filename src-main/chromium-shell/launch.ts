// Starts the machine's Chromium as an app window (--app: no tabs, no address bar), driven over its
// debugging pipe (Playwright's default: no port is opened), with a throw-away browser profile.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { OFFLINE_ARGS } from './offline-args'

export interface AppWindow {
  context: BrowserContext
  page: Page
  /** Closes the browser and removes its profile. */
  close(): Promise<void>
}

export interface LaunchOptions {
  executablePath: string
  width?: number
  height?: number
}

// A launch now and then hangs while Chromium's GPU process fails to start (seen once under a virtual
// display, where the next launch took 12 s): so each try is bounded, and a second try starts with a
// fresh profile and without the GPU.
const TRY_MS = 90_000

export async function launchAppWindow(o: LaunchOptions): Promise<AppWindow> {
  try {
    return await launchOnce(o, false)
  } catch (first) {
    console.error(`Chromium 启动未成功，不用 GPU 重试一次 / Chromium did not start, trying once more without the GPU: ${(first as Error).message.split('\n')[0]}`)
    return launchOnce(o, true)
  }
}

async function launchOnce(o: LaunchOptions, noGpu: boolean): Promise<AppWindow> {
  const profile = await mkdtemp(join(tmpdir(), 'desk-chromium-profile-'))
  const width = o.width ?? 1366
  const height = o.height ?? 860
  const args = [...OFFLINE_ARGS, `--window-size=${width},${height}`, '--app=about:blank']
  // Chromium refuses to run as root with its sandbox on (CI containers run as root).
  if (process.getuid?.() === 0) args.push('--no-sandbox')
  if (noGpu) args.push('--disable-gpu')
  const context = await chromium.launchPersistentContext(profile, {
    timeout: TRY_MS,
    executablePath: o.executablePath,
    headless: false,
    viewport: null,
    locale: 'zh-CN',
    acceptDownloads: false,
    serviceWorkers: 'block',
    // Playwright opens about:blank in a tab of its own; the --app window replaces it.
    ignoreDefaultArgs: ['about:blank'],
    args,
  }).catch(async (e: unknown) => {
    await rm(profile, { recursive: true, force: true })
    throw e
  })
  const page = context.pages()[0] ?? (await context.waitForEvent('page'))
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => undefined)
      await rm(profile, { recursive: true, force: true })
    },
  }
}
