// Counts printed with their unit in a scanned table's cells (「17件」, 「174」 over 「件」 in a
// narrow column, a unit in a box of its own): the unit is no number and no reason to doubt the
// number beside it; a cell is read again from its number's ink alone (the unit's line left out),
// and a re-read with its unit is kept only where it repeats the detector's digits. First the parts
// on boxes built here, then a ruled table printed by Chromium, worn as an ordinary scan and read by
// the OCR models: every count comes out, none differs from the print.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { degrade, renderPages } from '../../src-main/eval/make-scan'
import { SCAN_KINDS } from '../../src-main/eval/scan-kinds'
import { fillsInk, withoutUnits } from '../../src-main/readers/ocr/cell-reread'
import { cutAtColumnRule, type ReadBox } from '../../src-main/readers/ocr/cell-rule-readings'
import { modelsDir, loadModels } from '../../src-main/readers/ocr/models'
import { ocrDocument } from '../../src-main/readers/ocr/ocr-document'
import { ocrPage } from '../../src-main/readers/ocr/ocr-page'
import { canPrintPdf, printPdf } from '../variants/render/index'
import { existsSync } from 'node:fs'

const unit = (x: number, y: number): ReadBox => ({ box: { x, y, w: 20, h: 20, score: 1 }, read: { text: '件', confidence: 1, minConfidence: 1, steps: [] } })

describe('a unit in a box of its own', () => {
  const cell = { x0: 0, y0: 0, x1: 40, y1: 60 }
  it('set below the number: the cell is cut above the unit glyph', () => {
    expect(withoutUnits(cell, [unit(10, 34)])).toEqual({ x0: 0, y0: 0, x1: 40, y1: 34 + 0.19 * 20 - 1 })
  })
  it('beside the number: the cell is cut left of it', () => {
    expect(withoutUnits({ x0: 0, y0: 0, x1: 60, y1: 30 }, [unit(30, 5)])).toEqual({ x0: 0, y0: 0, x1: 30 + 0.19 * 20 - 1, y1: 30 })
  })
  it('a reading with its unit accounts for ink a glyph wider than its digits; the digits alone do not', () => {
    const ink = { x0: 0, y0: 0, x1: 48, y1: 20 }
    expect(fillsInk('17件', ink, 22)).toBe(true)
    expect(fillsInk('17', ink, 22)).toBe(false)
  })
})

const hasModels = existsSync(join(modelsDir(), 'ch_PP-OCRv4_rec_infer.onnx'))

describe.skipIf(!canPrintPdf || !hasModels)('counts with 件 in a narrow ruled table, scanned', () => {
  it('every count is read (174 over 件, 17件 against the left rule, 0 over 件), none wrong', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-units-'))
    try {
      const pdf = join(dir, 'units.pdf')
      const cell = 'border:1px solid #000;padding:2px 1px;text-align:left;width:34px;font-size:14px'
      const row = (label: string, cells: string[]): string => `<tr><td style="${cell};width:150px">${label}</td>${cells.map((c) => `<td style="${cell}">${c}</td>`).join('')}</tr>`
      const html = `<html><body style="font-family:'Noto Serif CJK SC',serif;margin:40px"><table style="border-collapse:collapse">${[
        row('本机关不掌握相关政府信息', ['174件', '17件', '0件', '191件']),
        row('保护第三方合法权益', ['17件', '2件', '0件', '19件']),
        row('属于国家秘密', ['1件', '0件', '0件', '1件']),
      ].join('')}</table></body></html>`
      writeFileSync(pdf, printPdf(html))
      const kind = SCAN_KINDS.find((k) => k.name === 'ordinary')!
      const img = degrade(renderPages(pdf, kind.dpi, 1, 1)[0]!, kind.degrade(1))
      const models = await loadModels()
      const page = await ocrPage(models, 1, (img.width * 72) / kind.dpi, (img.height * 72) / kind.dpi, img)
      const doc = ocrDocument('units.pdf', 'pdf', [page])
      const table = doc.blocks.find((b) => b.kind === 'table')
      expect(table?.kind).toBe('table')
      if (table?.kind !== 'table') return
      const numbers = table.rows.map((r) => r.slice(1).map((c) => c.text.replace(/\s/g, '').replace(/件$/, '')))
      const want = [['174', '17', '0', '191'], ['17', '2', '0', '19'], ['1', '0', '0', '1']]
      // Nothing read differs from the print; the narrow cells' counts are all read.
      numbers.forEach((r, i) => r.forEach((t, k) => t === '' || expect(t).toBe(want[i]![k])))
      expect(numbers.flat().filter((t) => t !== '').length).toBe(12)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('a label found as one box with the cells beside it', () => {
  // A lone row printed as its own narrow table: the detector found its label and its 无 cells as one
  // line. At 48 pixels high a step of the recogniser is 8 pixels of the crop.
  const label = '四、结转下年度继续办理'
  const text = `${label}无无`
  const steps = [...[...label].map((_, k) => 1 + 3 * k), 36, 40]
  const line: ReadBox = { box: { x: 0, y: 0, w: 340, h: 48, score: 1 }, read: { text, confidence: 0.9, minConfidence: 0.9, steps } }
  const cells = [{ x0: 0, y0: -4, x1: 270, y1: 52 }, { x0: 270, y0: -4, x1: 300, y1: 52 }, { x0: 300, y0: -4, x1: 330, y1: 52 }]

  it('is cut at the rule of the cell it starts in, keeping the characters placed before it', () => {
    const cut = cutAtColumnRule(line, cells)
    expect(cut.read.text).toBe(label)
    expect(cut.box.x + cut.box.w).toBe(270)
    expect(cut.read.steps).toHaveLength(label.length)
  })

  it('words inside their cell, or characters that cannot be placed, are left as they are', () => {
    expect(cutAtColumnRule({ ...line, box: { ...line.box, w: 260 } }, cells)).toEqual({ ...line, box: { ...line.box, w: 260 } })
    const unplaced = { ...line, read: { ...line.read, steps: steps.slice(1) } }
    expect(cutAtColumnRule(unplaced, cells)).toBe(unplaced)
  })
})
