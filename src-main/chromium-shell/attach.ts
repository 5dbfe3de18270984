// Puts the app into a Playwright browser context: its files served under https://desk.invalid/ by
// request interception (no listening socket), every other request refused, and `window.desk` bound
// to the real main-process services through the same IPC table, argument validation and sender check
// as the Electron app. Used by the Chromium shell of `npm start` and by the end-to-end tests.
import type { BrowserContext, Route } from 'playwright-core'
import type { DeskEvent } from '../../shared/api'
import { dispatch } from '../ipc/handlers'
import { isTrustedSender } from '../ipc/sender'
import { CHROMIUM_APP_BASE, isAppUrl, readAppFile } from '../main/app-files'
import type { DeskService } from '../services/desk'

export const APP_URL = `${CHROMIUM_APP_BASE}index.html`

export interface AttachOptions {
  desk: DeskService
  rendererDir: string
  /** The bundled desk-shim.ts (shim-bundle.ts). */
  shim: string
  /** Called with every refused URL. */
  onBlocked?: (url: string) => void
  /** Appended to the page title, e.g. which shell runs. */
  titleSuffix?: string
}

export interface AttachedDesk {
  /** Sends a main-process event (import progress, library changes) to every page of the context. */
  emit(event: DeskEvent): void
}

export async function attachDesk(context: BrowserContext, o: AttachOptions): Promise<AttachedDesk> {
  const trusted = { rendererDirUrl: CHROMIUM_APP_BASE, devServerUrl: null }
  await context.route('**/*', async (route: Route) => {
    const url = route.request().url()
    let own = false
    try {
      own = isAppUrl(new URL(url), CHROMIUM_APP_BASE)
    } catch {
      own = false
    }
    if (!own) {
      o.onBlocked?.(url)
      return route.abort('blockedbyclient')
    }
    const r = await readAppFile(url, CHROMIUM_APP_BASE, o.rendererDir)
    return route.fulfill({ status: r.status, headers: r.headers, body: r.body })
  })
  await context.routeWebSocket(/.*/, (ws) => {
    o.onBlocked?.(ws.url())
    void ws.close()
  })
  await context.exposeBinding('__deskInvoke', async (source, channel: string, arg: unknown) => {
    try {
      if (!isTrustedSender(source.frame.url(), trusted)) throw new Error('调用来源不受信任，已拒绝')
      const value = await dispatch(o.desk, channel, arg === null ? undefined : arg)
      return JSON.stringify({ ok: true, value: value ?? null })
    } catch (err) {
      return JSON.stringify({ ok: false, error: (err as Error).message })
    }
  })
  await context.addInitScript({ content: o.shim })
  if (o.titleSuffix) {
    const suffix = JSON.stringify(o.titleSuffix)
    await context.addInitScript({ content: `document.addEventListener('DOMContentLoaded', () => { document.title += ${suffix} })` })
  }
  return {
    emit(event) {
      for (const page of context.pages()) void page.evaluate((e) => window.__deskEmit?.(e), event).catch(() => undefined)
    },
  }
}
