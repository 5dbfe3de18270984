// The report view's crops, cut in the OCR process (crop-client.ts → crop-serve.ts), never in the
// process that asks: a band of printed text comes back as a PNG with ink; a page that is not there
// gives no crop; a file over the byte bound is refused before it is read; a crop over the time bound
// ends the process and fails alone; a crop process that dies is replaced for the next crop.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ScanArea } from '../../shared/model/document'
import { imagePdf, renderPages } from '../../src-main/eval/make-scan'
import { CropClient } from '../../src-main/readers/ocr/crop-client'
import { OcrFailure } from '../../src-main/readers/ocr/ocr-client'
import { inkShare } from './ink'
import { ocrChildren } from '../import/ocr-children'

const source = resolve('../shared/corpus/synthetic/yunxi-jyj_2021.pdf')
const hasTools = existsSync(source) && ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some(existsSync)
const dir = mkdtempSync(join(tmpdir(), 'desk-crops-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The page's first lines of text (the title), in page points, and a band of white margin. */
const title: ScanArea = { page: 1, x: 60, y: 60, w: 480, h: 60, skew: 0 }
const margin: ScanArea = { page: 1, x: 2, y: 700, w: 20, h: 20, skew: 0 }

describe.skipIf(!hasTools || process.platform !== 'linux')('crops of a stored scan', () => {
  const scan = join(dir, 'scan.pdf')
  if (hasTools) writeFileSync(scan, imagePdf(renderPages(source, 150, 1, 1), 150))
  const sha256 = 'a'.repeat(64)

  it('are cut in a process of their own, one process for many crops, with ink where the text is', { timeout: 120_000 }, async () => {
    const client = new CropClient({ utility: null })
    try {
      const url = await client.crop({ path: scan, sha256, area: title })
      expect(url).toMatch(/^data:image\/png;base64,/)
      expect(inkShare(url!)).toBeGreaterThan(0.01)
      const children = ocrChildren()
      expect(children).toHaveLength(1)
      expect(children[0]).not.toBe(process.pid)
      const blank = await client.crop({ path: scan, sha256, area: margin })
      expect(inkShare(blank!)).toBeLessThan(0.001)
      // The same process served both.
      expect(ocrChildren()).toEqual(children)
      // A page the file does not have: no crop.
      expect(await client.crop({ path: scan, sha256, area: { ...title, page: 9 } })).toBeNull()
    } finally {
      client.close()
    }
  })

  it('a file over the byte bound is refused with a message, before it is read', { timeout: 60_000 }, async () => {
    const client = new CropClient({ utility: null, maxBytes: 1000 })
    try {
      await expect(client.crop({ path: scan, sha256, area: title })).rejects.toThrow(/^未能截取原件：文件过大/)
    } finally {
      client.close()
    }
  })

  it('a crop over the time bound ends its process and fails alone; a killed process is replaced', { timeout: 120_000 }, async () => {
    const slow = new CropClient({ utility: null, timeoutMs: 1 })
    const failed = await slow.crop({ path: scan, sha256, area: title }).catch((e: unknown) => e)
    expect(failed).toBeInstanceOf(OcrFailure)
    expect((failed as OcrFailure).reason).toBe('stalled')
    slow.close()
    // A process that dies cutting the crop (here: out of its heap bound) fails that crop with a message.
    const starved = new CropClient({ utility: null, heapMb: 4 })
    const died = await starved.crop({ path: scan, sha256, area: title }).catch((e: unknown) => e)
    starved.close()
    expect(died).toBeInstanceOf(OcrFailure)
    expect((died as OcrFailure).message).toMatch(/^截取原件的进程意外退出/)
    const client = new CropClient({ utility: null })
    try {
      expect(await client.crop({ path: scan, sha256, area: title })).not.toBeNull()
      const [pid] = ocrChildren()
      process.kill(pid!, 'SIGKILL')
      const end = Date.now() + 10_000
      while (ocrChildren().includes(pid!) && Date.now() < end) await new Promise((r) => setTimeout(r, 50))
      // The next crop starts a fresh process.
      const url = await client.crop({ path: scan, sha256, area: title })
      expect(inkShare(url!)).toBeGreaterThan(0.01)
      expect(ocrChildren()).not.toContain(pid)
    } finally {
      client.close()
    }
  })
})
