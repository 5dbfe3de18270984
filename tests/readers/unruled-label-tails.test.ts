// Unruled table 三 rows placed by their labels (row-cells.ts) in three shapes the variant sweep of
// text-only OFD (ofd-unruled) left unread: a row label wrapped round its numbers whose tail shares a
// line with a group's label (「（六）其他」 「理其政府信息公开申请」), a traditional-script 小計 row,
// and labels whose 一 is the radical ⼀ (U+2F00) in the OFD's text (the PDF reader folded them, the
// OFD reader did not). Each made the whole table fall back to line-by-line reading.
import { describe, expect, it } from 'vitest'
import { pageContent } from '../../src-main/readers/pdf-layout/page-content'
import type { PdfItem } from '../../src-main/readers/pdf-layout/text-join'
import { readOfd } from '../../src-main/readers/ofd/read-ofd'
import { writeOfd } from './ofd-writer'

const SIZE = 9
const piece = (str: string, x: number, y: number): PdfItem => ({ str, x, y, w: [...str].length * SIZE * (/^[\d,]+$/.test(str) ? 0.5 : 1), size: SIZE })
const colX = (c: number): number => 360 + c * 30
const cells = (nums: number[], y: number): PdfItem[] => nums.map((n, c) => piece(`${n}件`, colX(c), y))

function rowTexts(items: PdfItem[]): string[] {
  return pageContent(1, 600, 842, items, []).entries.flatMap((e) => (e.kind === 'line' ? [e.text] : e.rows.map((r) => r.map((c) => c.text).join(' '))))
}

/** Table 三's 「（六）其他处理」 group as Chromium prints it without rulings: the total 「16件」 of
 *  「（五）」's row wrapped over two lines (「16」 over 「件」), so the rows are placed by their labels. */
function groupSix(): PdfItem[] {
  return [
    piece('5.要求行政机关确认或重新出具已获取信息', 144, 400),
    piece('16', colX(6), 406),
    ...cells([10, 2, 1, 1, 1, 1], 400),
    piece('件', colX(6), 393),
    piece('1.申请人无正当理由逾期不补正、行政机关不再处', 144, 374.8),
    ...cells([1, 0, 0, 0, 0, 0, 1], 368.8),
    piece('（六）其他', 90, 362.1),
    piece('理其政府信息公开申请', 144, 362.1),
    piece('处理', 90, 347.8),
    piece('2.申请人逾期未按收费通知要求缴纳费用、行政机', 144, 347.8),
    ...cells([0, 0, 0, 0, 0, 0, 0], 339.6),
    piece('关不再处理其政府信息公开申请', 144, 332.8),
    piece('3.其他', 144, 316.3),
    ...cells([2, 1, 0, 0, 0, 0, 3], 316.3),
  ]
}

describe('unruled table 三, rows placed by their labels', () => {
  it('gives a wrapped label’s tail on a group label’s line to its own row, the numbers between its lines with it', () => {
    const out = rowTexts(groupSix())
    expect(out.join('\n')).toContain('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 1件 0件 0件 0件 0件 0件 1件')
    expect(out.join('\n')).toContain('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0件 0件 0件 0件 0件 0件 0件')
    expect(out.join('\n')).toContain('5.要求行政机关确认或重新出具已获取信息 10件 2件 1件 1件 1件 1件 16')
  })

  it('knows a 小計 row by its traditional 計, and leaves a page number under the table out of the rows', () => {
    const items = [
      piece('（二）部分公開', 101, 726.8),
      ...cells([6, 1, 0, 0, 0, 0, 7], 726.8),
      piece('小計', 144, 710.3),
      ...cells([7, 1, 0, 0, 0, 0], 710.3),
      piece('8', colX(6), 716.3),
      piece('件', colX(6), 703.6),
      piece('1．屬於國家秘密', 144, 693.8),
      ...cells([0, 0, 0, 0, 0, 0, 0], 693.8),
      piece('7', 34, 640),
    ]
    const out = rowTexts(items).join('\n')
    expect(out).toContain('小計 7件 1件 0件 0件 0件 0件 8')
    expect(out).toContain('（二）部分公開 6件 1件 0件 0件 0件 0件 7件')
  })

  it('reads an OFD whose labels print 一 as the radical ⼀: rows placed, text folded', () => {
    // mm, y from the top: each row's total 「N件」 wrapped, N half a line above the label, 件 below.
    const texts = [['⼀、本年新收政府信息公开申请数量', [61, 10, 0, 0, 1, 2], 74], ['⼆、上年结转政府信息公开申请数量', [5, 1, 0, 0, 0, 0], 6], ['三、本年度办理结果', [], 0]] as const
    const out: { text: string; x: number; y: number; size: number }[] = []
    texts.forEach(([label, nums, total], r) => {
      const y = 40 + r * 8
      out.push({ text: label, x: 13, y, size: 3.2 })
      nums.forEach((n, c) => out.push({ text: `${n}件`, x: 127 + c * 11, y, size: 3.2 }))
      if (nums.length) {
        out.push({ text: String(total), x: 127 + 6 * 11, y: y - 2.1, size: 3.2 })
        out.push({ text: '件', x: 127 + 6 * 11, y: y + 2.3, size: 3.2 })
      }
    })
    const r = readOfd(writeOfd([{ texts: out, rules: [] }], { objects: 'run', boxes: 'tight', scale: 1, rules: 'stroke' }), '/x/a.ofd', 'a.ofd')
    if (!r.ok) throw new Error(r.error.message)
    const rows = r.document.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((row) => row.map((c) => c.text).join(' ')) : [b.text]))
    expect(rows).toContain('一、本年新收政府信息公开申请数量 61件 10件 0件 0件 1件 2件 74')
    expect(rows).toContain('二、上年结转政府信息公开申请数量 5件 1件 0件 0件 0件 0件 6')
  })
})
