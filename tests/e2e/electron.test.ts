// The same path in the real Electron app (Playwright's _electron): first start shows the samples,
// a folder imports with per-file results, a restart keeps the library, samples go in one click.
// Runs wherever an Electron binary exists; skipped with a printed reason elsewhere.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { ROOT, SHOTS } from './harness'

function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown
    if (typeof path !== 'string' || !existsSync(path)) return null
    return spawnSync(path, ['--version'], { timeout: 30_000 }).status === 0 ? path : null
  } catch {
    return null
  }
}

const electronPath = electronBinary()
if (!electronPath) console.log('skipped: no Electron binary on this machine')

describe.skipIf(!electronPath)('the Electron app', () => {
  let work: string
  let dataDir: string
  const apps: ElectronApplication[] = []

  beforeAll(async () => {
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' })
    expect(build.status).toBe(0)
    work = await mkdtemp(join(tmpdir(), 'desk-electron-'))
    dataDir = join(work, 'library')
  })
  afterAll(async () => {
    for (const app of apps) await app.close().catch(() => undefined)
    if (work) await rm(work, { recursive: true, force: true })
  })

  async function launch(): Promise<{ app: ElectronApplication; page: Page }> {
    const app = await _electron.launch({
      executablePath: electronPath!,
      args: [ROOT],
      cwd: ROOT,
      env: { ...process.env, DESK_DATA_DIR: dataDir, ELECTRON_ENABLE_LOGGING: '1' },
    })
    apps.push(app)
    const page = await app.firstWindow()
    page.on('dialog', (d) => void d.accept())
    return { app, page }
  }

  it('shows the samples, imports a folder, survives a restart, removes the samples', async () => {
    const { app, page } = await launch()
    await page.getByTestId('report-row').first().waitFor({ timeout: 60_000 })
    const samples = await page.locator('.tag.sample').count()
    expect(samples).toBeGreaterThan(0)
    await mkdir(SHOTS, { recursive: true })
    await page.screenshot({ path: join(SHOTS, 'electron-01-first-start.png') })

    // The app's own security: no Node in the page, no network.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
    expect(await page.evaluate(() => fetch('https://example.com/').then(() => 'reached', () => 'blocked'))).toBe('blocked')

    const incoming = join(work, 'incoming')
    await mkdir(incoming)
    await writeFile(join(incoming, '损坏的报告.pdf'), '%PDF-1.7 garbage')
    await app.evaluate(({ dialog }, folder) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [folder] })) as typeof dialog.showOpenDialog
    }, incoming)
    await page.getByTestId('import-folder').click()
    const bad = page.locator('[data-status="failed"]', { hasText: '损坏的报告.pdf' })
    await bad.waitFor({ timeout: 120_000 })
    expect(await bad.locator('.reason').textContent()).toMatch(/[\u4e00-\u9fff]/)
    const count = await page.getByTestId('report-row').count()
    await app.close()

    const again = await launch()
    await again.page.getByTestId('report-row').first().waitFor({ timeout: 60_000 })
    expect(await again.page.getByTestId('report-row').count()).toBe(count)
    await again.page.getByTestId('remove-samples').click()
    await expect.poll(() => again.page.locator('.tag.sample').count(), { timeout: 60_000 }).toBe(0)
    await again.app.close()
  })
})
