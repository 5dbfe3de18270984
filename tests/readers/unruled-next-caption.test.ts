// An unruled table (a text-only OFD: no ruling lines) followed right away by the next table's
// caption line: the caption is no wrapped tail of the last row's label (review 10 R10-9: table 二's
// 「行政规范性文件」 became 「行政规范性文件第二十条第（五）项」 and the row was noted as having no
// numbers). A line that starts left of the label, or a 第…条 caption, is text of its own; a real tail
// under the label still joins it.
import { describe, expect, it } from 'vitest'
import { pageContent, type PageLine, type PageTable } from '../../src-main/readers/pdf-layout/page-content'
import type { PdfItem } from '../../src-main/readers/pdf-layout/text-join'

const SIZE = 10
const PITCH = 18
const piece = (str: string, x: number, y: number): PdfItem => ({ str, x, y, w: [...str].length * SIZE, size: SIZE })

/** Table 二's first table: labels centred in a column from x = 40 to 130, then `after` lines below. */
function page(after: [string, number][]): PdfItem[] {
  const items: PdfItem[] = []
  const centred = (s: string): number => 85 - ([...s].length * SIZE) / 2
  let y = 700
  for (const [label, nums] of [['规章', ['1', '0', '57']], ['行政规范性文件', ['86', '14', '553']]] as const) {
    items.push(piece(label, centred(label), y))
    nums.forEach((n, c) => items.push(piece(n, 160 + c * 70, y)))
    y -= PITCH
  }
  for (const [text, x] of after) {
    items.push(piece(text, x, y))
    y -= PITCH
  }
  return items
}

const read = (items: PdfItem[]): { rows: string[][]; lines: string[] } => {
  const entries = pageContent(1, 600, 800, items, []).entries
  const tables = entries.filter((e): e is PageTable => e.kind === 'table')
  expect(tables).toHaveLength(1)
  return { rows: tables[0]!.rows.map((r) => r.map((c) => c.text)), lines: entries.filter((e): e is PageLine => e.kind === 'line').map((l) => l.text) }
}

describe('unruled table, the next table’s caption right under it', () => {
  it('leaves a caption set at the table’s left edge out of the last label', () => {
    const { rows, lines } = read(page([['第二十条第（五）项', 30], ['信息内容本年处理决定数量', 50]]))
    expect(rows).toEqual([['规章', '1', '0', '57'], ['行政规范性文件', '86', '14', '553']])
    expect(lines[0]).toBe('第二十条第（五）项')
  })

  it('leaves a 第…条 caption out even where it starts where the label does', () => {
    const { rows, lines } = read(page([['第二十条第（五）项', 50]]))
    expect(rows[1]).toEqual(['行政规范性文件', '86', '14', '553'])
    expect(lines).toContain('第二十条第（五）项')
  })

  it('still joins a label’s own tail, centred under it', () => {
    const { rows } = read(page([['（试行）', 85 - 2 * SIZE]]))
    expect(rows[1]![0]).toBe('行政规范性文件（试行）')
  })
})
