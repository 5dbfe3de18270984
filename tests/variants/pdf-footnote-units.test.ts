// A footnote mark raised after a cell that carries its unit, in PDF (cell:footnote-sup,
// pdf:superscript-mark with counts printed 「3件」): the mark stands after 件, or after 件 alone where
// the cell wraps (「13」 over 「件¹」). Before the fix the raised mark was grouped as a line of its own
// above the number, and the cell read 「9 3件」 — table 二's 规范性文件 read 9 for 3, 规章 4 for 0.
// Forced here over many seeds (the suite draws few PDFs with marks), every model's template.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { canPrintPdf } from './render/index'
import { markRaisedPieces } from '../../src-main/readers/pdf-layout/raised-marks'
import type { PdfItem } from '../../src-main/readers/pdf-layout/text-join'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

const item = (str: string, x: number, y: number, w: number, size: number): PdfItem => ({ str, x, y, w, size }) as PdfItem

describe('a raised mark after a count word', () => {
  it('is a superscript on its number\'s baseline, after 「3件」 and after a wrapped 「件」 alone', () => {
    const [, mark] = markRaisedPieces([item('3件', 100, 500, 14, 9), item('9', 114.5, 503, 4, 6)])
    expect(mark).toMatchObject({ str: '⁹', y: 500 })
    const [, alone] = markRaisedPieces([item('件', 100, 500, 9, 9), item('1', 109.2, 503, 4, 6)])
    expect(alone).toMatchObject({ str: '¹', y: 500 })
  })

  // w23 (seed 902308, a 备注 column): the amount 「216.93万元²」 read 「2 216.93万元」 and the fee 2 for 216.93.
  it('is a superscript after an amount that carries its money unit (「216.93万元」)', () => {
    const [, mark] = markRaisedPieces([item('216.93万元', 100, 500, 45, 9), item('2', 145.5, 503, 4, 6)])
    expect(mark).toMatchObject({ str: '²', y: 500 })
  })

  it('puts a smaller mark that wrapped under its number (「０<sup>16</sup>」 in a narrow cell) after that number', () => {
    const [, mark] = markRaisedPieces([item('０', 534.8, 650.3, 9, 9), item('16', 534.8, 639, 8.3, 7.5)], { wrappedMarks: true })
    expect(mark).toMatchObject({ str: '¹⁶', y: 650.3 })
    // A number of the row below, as large as the one above, is no mark.
    const below = [item('０', 534.8, 650.3, 9, 9), item('16', 534.8, 639, 9, 9)]
    expect(markRaisedPieces(below, { wrappedMarks: true })[1]).toBe(below[1])
    // OCR boxes (no wrappedMarks): a smaller box under a number is left as it was.
    const ocr = [item('０', 534.8, 650.3, 9, 9), item('16', 534.8, 639, 8.3, 7.5)]
    expect(markRaisedPieces(ocr)[1]).toBe(ocr[1])
  })

  it('leaves a digit of the same size on the baseline after a lone 件 as it was (prose, not a mark)', () => {
    const pieces = [item('件', 100, 500, 9, 9), item('12', 109.2, 500, 9, 9)]
    expect(markRaisedPieces(pieces)[1]).toBe(pieces[1])
  })
})

describe.skipIf(!existsSync(corpus) || !canPrintPdf)('footnote marks after cells with units, PDF', () => {
  it('reads no wrong cell over many seeds', async () => {
    const models = loadModels(corpus)
    const variants = Array.from({ length: 16 }, (_, k) => {
      const m = models[(k * 5) % models.length]!
      const seed = 954_000 + 1000 * k + 81
      const drawn = drawChoices(seed, 'pdf', m.template)
      return makeVariant(m, seed, 'pdf', { cellMarks: { kind: 'footnote-sup', cells: 4 }, table2: { ...drawn.table2, countUnits: true, units: 'cells' } })
    })
    const results = await readVariants(variants)
    for (const r of results) expect(r.variant.tags).toContain('pdf:superscript-mark')
    const wrong = missesOf(results, '错')
    expect(wrong).toEqual([])
    const cells = results.reduce((n, r) => n + r.score.right + r.score.unread + r.score.wrong, 0)
    const right = results.reduce((n, r) => n + r.score.right, 0)
    expect(right / cells).toBeGreaterThan(0.9)
  }, 300_000)
})
