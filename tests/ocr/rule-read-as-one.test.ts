// A cell whose number sits just right of its column rule (行政强制 | 8件 in a narrow section 二 table) was read
// 18件: the recogniser took the rule for a 1, and the re-read of the cell's ink, whose crop margin reached over
// the same rule, read 18 again and "confirmed" it — a wrong number on an ordinary office scan (generated
// report gen-4, kind 'ordinary'; helper ocr21). The re-read crops now come from the page with its
// column rules painted out in the paper's grey: the cell is read 8 or left empty, never 18.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { degrade, imagePdf, renderPages } from '../../src-main/eval/make-scan'
import { SCAN_KINDS } from '../../src-main/eval/scan-kinds'
import { generatedReports } from '../../src-main/eval/scan-reports'
import type { GrayImage } from '../../src-main/readers/ocr/gray-image'
import { withoutRules } from '../../src-main/readers/ocr/rules-painted-out'
import { readFile } from '../../src-main/readers/index'

const corpus = resolve('../shared/corpus')
const hasTools = existsSync(corpus) && ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some(existsSync)
const dir = mkdtempSync(join(tmpdir(), 'desk-rule-one-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a column rule is never read as the 1 of the number beside it', () => {
  it('painting out: the rule takes the paper grey beside it; print off the rule stays', () => {
    const width = 40, height = 10
    const data = new Uint8Array(width * height).fill(228)
    for (let y = 0; y < height; y++) {
      data[y * width + 20] = 30 // the rule, 2 px thick
      data[y * width + 21] = 40
      data[y * width + 30] = 10 // print 10 px off the rule
    }
    const img: GrayImage = { width, height, data }
    const out = withoutRules(img, [{ dir: 'v', at: 20.5, from: 0, to: height - 1 }])
    for (let y = 0; y < height; y++) {
      expect(out.data[y * width + 20]).toBe(228)
      expect(out.data[y * width + 21]).toBe(228)
      expect(out.data[y * width + 30]).toBe(10)
    }
    // A row's rule is left alone, and the picture given is not changed.
    expect(withoutRules(img, [{ dir: 'h', at: 5, from: 0, to: width - 1 }]).data).toEqual(img.data)
    expect(img.data[20]).toBe(30)
  })

  it.runIf(hasTools)('gen-4 ordinary: 行政强制 8件 is not read 18', async () => {
    const source = generatedReports(4, corpus, dir)[3]!
    expect(source.id).toBe('gen-4')
    const kind = SCAN_KINDS.find((k) => k.name === 'ordinary')!
    const pages = renderPages(source.pdf, kind.dpi).map((img, i) => degrade(img, kind.degrade(i + 1)))
    const file = join(dir, 'gen-4-ordinary.pdf')
    writeFileSync(file, imagePdf(pages, kind.dpi))
    const read = await readFile(file, { ocr: { cacheDir: join(dir, 'cache') } })
    expect(read.ok).toBe(true)
    if (!read.ok) return
    const enforcement = extractReport(read.document).report.activeDisclosure.enforcement?.decisions ?? null
    expect([8, null]).toContain(enforcement)
  }, 300_000)
})
