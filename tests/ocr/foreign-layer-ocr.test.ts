// A scanned report that came with another tool's OCR text over its pictures, that text's digits slipped
// as OCR slips them (8→3, 1→7, 0→6…), invisible (render mode 3) or painted under the picture. Read by that
// layer, a third of the report's numbers were wrong (the table sums do not catch a prose figure, nor a
// row slipped twice). The layer is set aside and the page pictures read by our OCR: no number wrong.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import type { Report } from '../../shared/model/report'
import { pageLines, slipDigits, withHiddenChineseText, type LayerWay } from '../../src-main/eval/garbled-layer'
import { imagePdf, renderPages } from '../../src-main/eval/make-scan'
import { FOREIGN_LAYER_DETAIL } from '../../src-main/readers/foreign-layer'
import { readFile } from '../../src-main/readers/index'
import { readPdf } from '../../src-main/readers/pdf'

const source = resolve('../shared/corpus/synthetic/yunxi-jyj_2021.pdf')
const hasTools = existsSync(source) && ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some(existsSync)
const dir = mkdtempSync(join(tmpdir(), 'desk-foreign-ocr-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Every number of the report's three number sections, by its path. */
function numbers(r: Report): Map<string, number> {
  const out = new Map<string, number>()
  const walk = (x: unknown, path: string): void => {
    if (typeof x === 'number') out.set(path, x)
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, `${path}.${k}`)
  }
  walk({ a: r.activeDisclosure, r: r.requests, v: r.reviewLitigation }, '')
  return out
}

/** Numbers read the same as the text PDF's, and numbers read otherwise (one the text PDF does not have counts as wrong). */
function scored(want: Report, got: Report): { same: number; wrong: string[] } {
  const w = numbers(want)
  let same = 0
  const wrong: string[] = []
  for (const [k, v] of numbers(got)) if (w.get(k) === v) same++
  else wrong.push(`${k}: ${v}（应为 ${w.get(k) ?? '空'}）`)
  return { same, wrong }
}

describe.skipIf(!hasTools)('a scan with another tool’s OCR layer whose digits slipped', () => {
  const make = async (way: LayerWay, name: string): Promise<{ file: string; want: Report }> => {
    const original = await readPdf(new Uint8Array(readFileSync(source)), source, basename(source))
    if (!original.ok) throw new Error(original.error.message)
    const file = join(dir, name)
    writeFileSync(file, withHiddenChineseText(imagePdf(renderPages(source, 150), 150), slipDigits(pageLines(original.document)), way))
    return { file, want: extractReport(original.document).report }
  }

  it('an invisible layer: its pictures are read by our OCR, said in a note, no number wrong', { timeout: 900_000 }, async () => {
    const { file, want } = await make('invisible', '他方识别层.pdf')
    const read = await readFile(file, { ocr: { cacheDir: join(dir, 'c') } })
    if (!read.ok) throw new Error(read.error.message)
    expect(read.document.ocr?.pages).toBe(5)
    expect(read.document.notes?.join('')).toContain(FOREIGN_LAYER_DETAIL)
    const { same, wrong } = scored(want, extractReport(read.document).report)
    expect(wrong).toEqual([])
    expect(same).toBeGreaterThan(100)
  })


})
