// Struck-through text in a PDF (tracked deletions printed by LibreOffice Writer or Word with their
// line through them): the struck glyphs are not the report's text (review 9 g03-tracked-prose, where
// 「40000」 struck and 「45367」 new were read together as 4,000,045,367).
import { describe, expect, it } from 'vitest'
import type { Ruling } from '../../src-main/readers/pdf-layout/rulings'
import { dropStruckText } from '../../src-main/readers/pdf-layout/struck-text'
import { pageContent } from '../../src-main/readers/pdf-layout/page-content'
import type { PdfItem } from '../../src-main/readers/pdf-layout/text-join'

const piece = (str: string, x: number, y: number, size = 12): PdfItem => ({ str, x, y, w: [...str].reduce((a, ch) => a + (/[\u4e00-\u9fff]/.test(ch) ? size : size / 2), 0), size })
const h = (at: number, from: number, to: number): Ruling => ({ dir: 'h', at, from, to })
const v = (at: number, from: number, to: number): Ruling => ({ dir: 'v', at, from, to })
const lineText = (items: PdfItem[]): string => pageContent(1, 595, 842, items, []).entries.map((e) => (e.kind === 'line' ? e.text : '')).join('|')

describe('PDF: struck-through text is left out', () => {
  // As LibreOffice writes it: 「全年共主动公开政府信息 」, then 「40000」 with a line 3.2 pt above the
  // baseline across it, then 「45367」 underlined (1.4 pt below the baseline), then 「 条。」.
  const head = piece('全年共主动公开政府信息', 56.8, 677.8)
  const old = piece('40000', 191.2, 677.8)
  const now = piece('45367', 224.6, 677.8)
  const tail = piece('条。', 257.9, 677.8)
  const strike = h(681, 191.2, 224.6)
  const underline = h(676.4, 224.6, 257.9)

  it('drops the struck piece, keeps the underlined one, and the strike is no ruling', () => {
    const r = dropStruckText([head, old, now, tail], [strike, underline])
    expect(r.items.map((it) => it.str)).toEqual(['全年共主动公开政府信息', '45367', '条。'])
    expect(r.rulings).toEqual([underline])
    expect(r.struck).toBe(1)
    expect(lineText(r.items).replace(/\s/g, '')).toBe('全年共主动公开政府信息45367条。')
  })

  it('cuts the struck characters out of a longer piece (one text run holding old and new digits)', () => {
    const run = piece('4000045367条。', 191.2, 677.8)
    const r = dropStruckText([head, run], [h(681, 191.2, 221.2)])
    expect(r.items.map((it) => it.str)).toEqual(['全年共主动公开政府信息', '45367条。'])
  })

  it('leaves text alone under an underline, a table border and a line over the whole page width', () => {
    const row = [piece('予以公开', 60, 500), piece('43', 200, 500), piece('11', 260, 500)]
    // A cell border at the text's middle height but reaching past the text to the cells' edges.
    const border = h(504, 56, 300)
    const r = dropStruckText(row, [border, h(498, 60, 108), v(56, 490, 520)])
    expect(r.items).toEqual(row)
    expect(r.rulings).toHaveLength(3)
    expect(r.struck).toBe(0)
  })

  it('a line above the text (an overline or the row above) strikes nothing', () => {
    const r = dropStruckText([old], [h(677.8 + 9, 191.2, 221.2)])
    expect(r.items).toEqual([old])
  })
})
