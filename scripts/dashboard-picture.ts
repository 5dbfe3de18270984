// Regenerates docs/dashboard.png (the README's picture) as a user sees the dashboard on first start:
// a fresh library with only the bundled samples, the body with the most reports, nothing else on
// screen. Headless Chromium through the Chromium shell's own pieces. Run: npm run picture
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { APP_URL, attachDesk } from '../src-main/chromium-shell/attach'
import { OFFLINE_ARGS } from '../src-main/chromium-shell/offline-args'
import { findChromium } from '../src-main/chromium-shell/find-chromium'
import { buildShim } from '../src-main/chromium-shell/shim-bundle'
import { Library } from '../src-main/library/library'
import { DeskService } from '../src-main/services/desk'
import { realPipeline } from '../src-main/services/pipeline'
import { JsonFileSettingsStore } from '../src-main/services/settings'

const ROOT = resolve(import.meta.dirname, '..')
const OUT = join(ROOT, 'docs', 'dashboard.png')

const executablePath = findChromium()
if (!executablePath) throw new Error('no Chromium or Chrome found (apt-get install chromium, or DESK_CHROMIUM=...)')
const work = await mkdtemp(join(tmpdir(), 'desk-picture-'))
const browser = await chromium.launch({ executablePath, args: [...OFFLINE_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])] })
try {
  const desk = new DeskService({
    library: new Library(join(work, 'library')),
    settings: new JsonFileSettingsStore(join(work, 'settings.json')),
    dialogs: { openFiles: async () => [], openFolder: async () => [] },
    samplesDir: join(ROOT, 'resources', 'samples'),
    emit: () => undefined,
    pipeline: realPipeline,
  })
  await desk.start()
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  await attachDesk(context, { desk, rendererDir: join(ROOT, 'out', 'renderer'), shim: await buildShim() })
  const page = await context.newPage()
  await page.goto(APP_URL)
  await page.getByTestId('report-row').first().waitFor({ timeout: 120_000 })
  await page.locator('[data-view="dashboard"]').click()
  const picker = page.getByTestId('body-picker')
  await picker.waitFor()
  // The body with the most reports: "(…，N 份)" in its option text. (No named functions inside
  // evaluate: tsx would wrap them in a helper the page does not have.)
  const options = await picker.evaluate((el) => Array.from((el as HTMLSelectElement).options).map((o) => [o.value, o.text]))
  const count = (text: string) => Number(/(\d+)\s*份/.exec(text)?.[1] ?? 0)
  const value = options.filter(([v]) => v).sort((a, b) => count(b[1]!) - count(a[1]!))[0]?.[0] ?? ''
  if (value) await picker.selectOption(value)
  await page.getByTestId('trend-chart').first().waitFor()
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForTimeout(800) // chart animations
  await page.screenshot({ path: OUT })
  console.log(`docs/dashboard.png written (${await picker.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text ?? '')})`)
} finally {
  await browser.close()
  await rm(work, { recursive: true, force: true })
}
