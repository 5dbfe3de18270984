// The Chromium end-to-end harness: the real main-process services (DeskService with the real
// pipeline, behind the same IPC table, validation and sender check as the Electron app) on a temp
// data folder, put into a browser context by the Chromium shell's own attachDesk
// (src-main/chromium-shell/attach.ts). Fixtures for Playwright Test are in fixtures.ts.
import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import type { AttachedDesk } from '../../src-main/chromium-shell/attach'
import { Library } from '../../src-main/library/library'
import { DeskService } from '../../src-main/services/desk'
import { realPipeline } from '../../src-main/services/pipeline'
import { JsonFileSettingsStore } from '../../src-main/services/settings'

export const ROOT = resolve(import.meta.dirname, '../..')
export const SHOTS = join(ROOT, 'test-output', 'screenshots')
/** The renderer built once for the run by global-setup.ts. */
export const E2E_RENDERER = join(ROOT, 'test-output', 'e2e-renderer')

export interface Backend {
  desk: DeskService
  /** The paths the next "open folder"/"open files" dialog returns. */
  nextDialog: string[]
  attach(attached: AttachedDesk): void
}

export function createBackend(dataDir: string, samplesDir: string | null): Backend {
  let attached: AttachedDesk | null = null
  const backend: Backend = {
    nextDialog: [],
    desk: null as unknown as DeskService,
    attach: (a) => {
      attached = a
    },
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
    emit: (event) => attached?.emit(event),
    pipeline: realPipeline,
  })
  return backend
}

export async function shot(page: Page, name: string): Promise<string> {
  await mkdir(SHOTS, { recursive: true })
  const path = join(SHOTS, `${name}.png`)
  await page.screenshot({ path, fullPage: false })
  return path
}
