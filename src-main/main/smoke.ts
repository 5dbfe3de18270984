// `npm start -- --smoke FILE.png` in Electron (the Chromium shell has its own, chromium-shell/smoke.ts):
// wait until the library view lists the bundled samples, save a picture of the window, exit 0;
// exit 1 with the reason when it does not come up in time.
import { writeFile } from 'node:fs/promises'
import type { BrowserWindow } from 'electron'

export function smokeTarget(argv: readonly string[]): string | null {
  const arg = argv.find((a) => a.startsWith('--smoke='))
  return arg ? arg.slice('--smoke='.length) || null : null
}

export async function runSmoke(win: BrowserWindow, file: string, timeoutMs = 120_000): Promise<number> {
  const count = (selector: string) => win.webContents.executeJavaScript(`document.querySelectorAll(${JSON.stringify(selector)}).length`) as Promise<number>
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if ((await count('[data-testid="report-row"]')) > 0 && (await count('.tag.sample')) > 0) {
      await new Promise((r) => setTimeout(r, 300)) // layout and fonts settle
      await writeFile(file, (await win.webContents.capturePage()).toPNG())
      console.log(`smoke: 报告库已显示示例报告，截图 ${file} / the library shows the samples, screenshot ${file}`)
      return 0
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  console.error(`smoke failed: 报告库在 ${timeoutMs / 1000} 秒内没有显示示例报告 / the library did not show the samples within ${timeoutMs / 1000} s`)
  return 1
}
