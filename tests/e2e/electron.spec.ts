// The same path in the real Electron app (Playwright's _electron): first start shows the samples,
// a folder imports with per-file results, a restart keeps the library, samples go in one click.
// Runs wherever an Electron binary exists; skipped with its reason elsewhere.
import { spawnSync } from 'node:child_process'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { findElectronBinary } from '../../scripts/lib/electron-binary.mjs'
import { ROOT, SHOTS } from './harness'

/** The binary, found without `require('electron')` (which would try to download it), and runnable. */
function electronBinary(): { path: string | null; reason: string } {
  const found = findElectronBinary(ROOT)
  if (!found.path) return { path: null, reason: `no Electron binary on this machine (${found.reason})` }
  const run = spawnSync(found.path, ['--version'], { timeout: 30_000 })
  return run.status === 0 ? { path: found.path, reason: '' } : { path: null, reason: `the Electron binary does not run here (${run.stderr?.toString().trim() || run.error?.message || run.status})` }
}

const electron = electronBinary()
// The list reporter does not print skip reasons: say it once here (it is also in the HTML report).
if (!electron.path) console.log(`[electron] skipped: ${electron.reason}`)

test.describe('the Electron app', () => {
  test.skip(!electron.path, electron.reason)
  let work: string
  let dataDir: string
  const apps: ElectronApplication[] = []

  test.beforeAll(async () => {
    test.setTimeout(600_000)
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' })
    expect(build.status).toBe(0)
    work = await mkdtemp(join(tmpdir(), 'desk-electron-'))
    dataDir = join(work, 'library')
  })
  test.afterAll(async () => {
    for (const app of apps) await app.close().catch(() => undefined)
    if (work) await rm(work, { recursive: true, force: true })
  })

  async function launch(): Promise<{ app: ElectronApplication; page: Page }> {
    const app = await _electron.launch({
      executablePath: electron.path!,
      args: [ROOT],
      cwd: ROOT,
      env: { ...process.env, DESK_DATA_DIR: dataDir, ELECTRON_ENABLE_LOGGING: '1' },
    })
    apps.push(app)
    const page = await app.firstWindow()
    page.on('dialog', (d) => void d.accept())
    return { app, page }
  }

  test('shows the samples, imports a folder, survives a restart, removes the samples', async () => {
    const { app, page } = await launch()
    await page.getByTestId('report-row').first().waitFor({ timeout: 60_000 })
    expect(await page.locator('.tag.sample').count()).toBeGreaterThan(0)
    await mkdir(SHOTS, { recursive: true })
    await page.screenshot({ path: join(SHOTS, 'electron-01-first-start.png') })

    // The app's own security: served from app://, no Node in the page, no network, no devtools.
    expect(page.url()).toMatch(/^app:\/\/desk\//)
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
