// A row of narrow cells each holding a count with its unit (表四's 15 cells printed 「2件」「1件」…):
// the detector finds the row's counts run together as one line of words ("2件2件1件1件7件…"), which
// is cut at the first cell's rule (cell-reread.ts, cutAtColumnRule), so every other cell has no
// reading of the detector's and is read again from its own ink. Such a re-read comes back with its
// unit ("1件"); with no digits of the detector's to repeat it is judged as a plain number would be.
// Measured on generated scans (eval-scans, ordinary wear): gen-4's 表四 row read only 「2件」, gen-6's
// 「四、结转下年度继续办理」 row nothing, before re-reads with their unit were taken there.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { degrade, renderPages } from '../../src-main/eval/make-scan'
import { SCAN_KINDS } from '../../src-main/eval/scan-kinds'
import { unitReadingAgrees } from '../../src-main/readers/ocr/cell-reread'
import { loadModels, modelsDir } from '../../src-main/readers/ocr/models'
import { ocrDocument } from '../../src-main/readers/ocr/ocr-document'
import { ocrPage } from '../../src-main/readers/ocr/ocr-page'
import { canPrintPdf, printPdf } from '../variants/render/index'

describe('a re-read with its unit', () => {
  it('must repeat the digits the detector read in the cell', () => {
    expect(unitReadingAgrees('56件', '56')).toBe(true)
    expect(unitReadingAgrees('8391件', '839')).toBe(false)
    expect(unitReadingAgrees('156件', '56')).toBe(false)
  })
  it('is judged as a plain number where the detector read no digit there', () => {
    expect(unitReadingAgrees('9件', '')).toBe(true)
    expect(unitReadingAgrees('12', '1')).toBe(true)
  })
})

const hasModels = existsSync(join(modelsDir(), 'ch_PP-OCRv4_rec_infer.onnx'))

describe.skipIf(!canPrintPdf || !hasModels)('a row of narrow cells of counts with 件, scanned', () => {
  it('every count is read, none differs from the print', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-unit-row-'))
    try {
      const pdf = join(dir, 'row.pdf')
      const want = ['2', '2', '1', '1', '7', '7', '0', '1', '1', '9', '1', '0', '0', '0', '1']
      const cell = 'border:1px solid #000;padding:1px;font-size:14px;width:38px'
      const html = `<html><body style="font-family:'Noto Serif CJK SC',serif;margin:40px"><table style="border-collapse:collapse"><tr>${want
        .map((n) => `<td style="${cell}">${n}件</td>`)
        .join('')}</tr></table></body></html>`
      writeFileSync(pdf, printPdf(html))
      const kind = SCAN_KINDS.find((k) => k.name === 'ordinary')!
      const img = degrade(renderPages(pdf, kind.dpi, 1, 1)[0]!, kind.degrade(4))
      const models = await loadModels()
      const page = await ocrPage(models, 1, (img.width * 72) / kind.dpi, (img.height * 72) / kind.dpi, img)
      const doc = ocrDocument('row.pdf', 'pdf', [page])
      const table = doc.blocks.find((b) => b.kind === 'table')
      expect(table?.kind).toBe('table')
      if (table?.kind !== 'table') return
      const read = table.rows[0]!.map((c) => c.text.replace(/\s/g, '').replace(/件$/, ''))
      read.forEach((t, k) => t === '' || expect(t).toBe(want[k]))
      expect(read.filter((t) => t !== '').length).toBe(want.length)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
