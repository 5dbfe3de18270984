// `npm start -- --smoke FILE.png` in the Chromium shell: the library view must list the bundled
// samples; then a screenshot is saved. The Electron shell does the same in src-main/main/smoke.ts.
import type { Page } from 'playwright-core'

export interface SmokeResult {
  ok: boolean
  message: string
}

export async function runSmoke(page: Page, file: string, timeoutMs = 120_000): Promise<SmokeResult> {
  try {
    await page.getByTestId('report-row').first().waitFor({ timeout: timeoutMs })
  } catch {
    return { ok: false, message: `报告库在 ${timeoutMs / 1000} 秒内没有显示示例报告 / the library did not show the samples within ${timeoutMs / 1000} s` }
  }
  const rows = await page.getByTestId('report-row').count()
  const samples = await page.locator('.tag.sample').count()
  if (samples === 0) return { ok: false, message: `报告库有 ${rows} 行，但没有示例报告 / ${rows} rows, none of them a sample` }
  // Let the fonts and layout settle before the picture.
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.screenshot({ path: file })
  return { ok: true, message: `${rows} 份报告（${samples} 份示例）已显示，截图 ${file} / ${rows} reports (${samples} samples) shown, screenshot ${file}` }
}
