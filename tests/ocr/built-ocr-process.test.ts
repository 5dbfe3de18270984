// The OCR process as the app runs it: the bundled out/main/ocr-process.js (CI builds before the
// tests; skipped where nothing is built). It must load (a bundle once declared `require` twice and
// died at its first line, so no scan could be read in the built app) and answer a job: here a crop
// of a small image-only PDF, whose band of ink comes back.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { pngBytes } from '../../src-main/eval/scan-sources'
import { launchOcrProcess } from '../../src-main/readers/ocr/ocr-launch'
import type { OcrMessage } from '../../src-main/readers/ocr/ocr-protocol'
import { picturesToPdf } from '../../src-main/readers/ocr/pictures-pdf'
import { inkShare } from './ink'

const BUILT = resolve(__dirname, '../../out/main/ocr-process.js')
const dir = mkdtempSync(join(tmpdir(), 'desk-built-ocr-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.skipIf(!existsSync(BUILT))('the built OCR process', () => {
  it('loads and cuts a crop', { timeout: 120_000 }, async () => {
    const width = 900, height = 1273
    const data = new Uint8Array(width * height).fill(255)
    for (let y = 300; y < 330; y++) data.fill(0, y * width + 100, y * width + 800)
    const file = join(dir, 'page.pdf')
    writeFileSync(file, picturesToPdf([{ name: 'p.png', bytes: pngBytes({ width, height, data }) }]).pdf!)
    // The bar is 300–330 px down a 1273-px page drawn 842 pt high: ~198–218 pt.
    const area = { page: 1, x: 60, y: 195, w: 480, h: 25, skew: 0 }
    const child = launchOcrProcess({ file: BUILT, execArgv: [], heapMb: 512 }, null)
    try {
      const reply = await new Promise<OcrMessage | string>((done) => {
        child.onMessage((m) => done(m))
        child.onEnd((why) => done(`ended: ${why}`))
        child.send({ kind: 'crop', id: 1, path: file, sha256: 'b'.repeat(64), area, maxBytes: 10_000_000 })
      })
      expect(reply).toMatchObject({ type: 'crop', id: 1, dataUrl: expect.stringMatching(/^data:image\/png;base64,/) })
      expect(inkShare((reply as { dataUrl: string }).dataUrl)).toBeGreaterThan(0.2)
    } finally {
      child.kill()
    }
  })
})
