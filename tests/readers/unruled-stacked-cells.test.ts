// A number wrapped in a narrow cell of a table without grid lines (Chromium wraps full-width digits
// anywhere): 「２１」 in the 总计 column prints 「２」 half a line above its row and 「１」 half a line below.
// Read line by line, 「１」 became the row's seventh number and the total was read 1 (ofd-unruled
// variant sweep, huaian-hongze 2023 #701010: 1 wrong cell). stacked-cells.ts puts the two pieces back
// on the row as one cell; where a neighbouring row lacks that column too, a piece might be the rest
// of that row's cell, and the lines stay as they are.
import { describe, expect, it } from 'vitest'
import { pageContent } from '../../src-main/readers/pdf-layout/page-content'
import type { PdfItem } from '../../src-main/readers/pdf-layout/text-join'

const SIZE = 9
const piece = (str: string, x: number, y: number): PdfItem => ({ str, x, y, w: [...str].length * SIZE, size: SIZE })
const COLS = [315, 347, 386, 425, 480, 534, 558]
const row = (label: string, cells: (string | null)[], y: number): PdfItem[] => [piece(label, 37, y), ...cells.flatMap((c, k) => (c === null ? [] : [piece(c, COLS[k]!, y)]))]
const ZEROS = ['０', '０', '０', '０', '０', '０', '０']

function texts(items: PdfItem[]): string[] {
  return pageContent(1, 600, 842, items, []).entries.flatMap((e) => (e.kind === 'line' ? [e.text] : e.rows.map((r) => r.map((c) => c.text).join(' '))))
}

describe('a number wrapped over two lines around its row', () => {
  it('is read as one cell of that row, its top line first', () => {
    const items = [
      ...row('要求行政机关确认或重新出具已获取信息', ZEROS, 624.1),
      piece('２', 558, 607.6),
      ...row('合计', ['２１', '０', '０', '０', '０', '０', null], 601.6),
      piece('１', 558, 594.8),
      ...row('结转下一年度继续办理', ZEROS, 578.3),
    ]
    const out = texts(items)
    expect(out).toContain('合计 ２１ ０ ０ ０ ０ ０ ２１')
    expect(out).not.toContain('１')
  })

  it('is left as printed where the row below lacks that column too (the lower piece may be its cell’s head)', () => {
    const items = [
      ...row('要求行政机关确认或重新出具已获取信息', ZEROS, 624.1),
      piece('２', 558, 607.6),
      ...row('合计', ['２１', '０', '０', '０', '０', '０', null], 601.6),
      piece('１', 558, 594.8),
      ...row('结转下一年度继续办理', ['０', '０', '０', '０', '０', '０', null], 578.3),
    ]
    const out = texts(items).join('\n')
    expect(out).not.toContain('２１ ０ ０ ０ ０ ０ ２１')
  })
})
