// Unruled PDF tables with a narrow label column: each row label wraps over 2–4 lines and the row's
// numbers sit beside its middle, first or last line. Every label line must end up in its own row's
// label — a label's tail joined to the row below once read a 小计 row's numbers as
// 5.要求行政机关确认或重新出具已获取信息 (generator rule t3:narrow-labels).
import { describe, expect, it } from 'vitest'
import { pageContent, type PageTable } from '../../src-main/readers/pdf-layout/page-content'
import type { PdfItem } from '../../src-main/readers/pdf-layout/text-join'

const SIZE = 9
/** Line pitch inside a cell, and the extra space between cells (padding). */
const PITCH = 12.75
const PAD = 3
const piece = (str: string, x: number, y: number): PdfItem => ({ str, x, y, w: str.length * SIZE, size: SIZE })

type Valign = 'top' | 'middle' | 'bottom'
/** Rows of [label lines, numbers] laid out top-down as a browser prints an unruled table. */
function layout(rows: [string[], string[]][], valign: Valign, digits: (n: string) => string = (n) => n): PdfItem[] {
  const items: PdfItem[] = []
  let y = 700
  for (const [label, nums] of rows) {
    label.forEach((l, i) => items.push(piece(l, 100, y - i * PITCH)))
    const span = (label.length - 1) * PITCH
    const ny = valign === 'top' ? y : valign === 'bottom' ? y - span : y - span / 2
    nums.forEach((n, c) => items.push(piece(digits(n), 200 + c * 50, ny)))
    y -= span + PITCH + PAD
  }
  return items
}

const ROWS: [string[], string[]][] = [
  [['3.要求提供公开', '出版物'], ['0', '0', '0']],
  [['4.无正当理由大', '量反复申请'], ['0', '0', '0']],
  [['5.要求行政机关', '确认或重新出具', '已获取信息'], ['0', '0', '0']],
  [['小计'], ['12', '2', '14']],
  [['1.申请人无正当', '理由逾期不补', '正、行政机关不', '再处理其申请'], ['8', '2', '10']],
]

const tableOf = (items: PdfItem[]): PageTable => {
  const t = pageContent(1, 600, 800, items, []).entries.filter((e): e is PageTable => e.kind === 'table')
  expect(t).toHaveLength(1)
  return t[0]!
}
/** Each row as its label (the number a label cell ends in taken off) and its numbers. */
const rowsOf = (t: PageTable): [string, string][] =>
  t.rows.map((r) => {
    const cells = r.map((c) => c.text)
    const m = /^(.*?)\s*([\d\uff10-\uff19]+)$/.exec(cells[0]!)
    return m && m[1] ? [m[1], [m[2], ...cells.slice(1)].join(' ')] : [cells[0]!, cells.slice(1).join(' ')]
  })

describe('unruled table, narrow wrapped labels', () => {
  for (const valign of ['top', 'middle', 'bottom'] as const) {
    it(`joins every label line to its own row (numbers beside the ${valign} line)`, () => {
      expect(rowsOf(tableOf(layout(ROWS, valign)))).toEqual(ROWS.map(([l, n]) => [l.join(''), n.join(' ')]))
    })
  }

  it('reads rows of full-width digits as rows', () => {
    const full = (n: string): string => n.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    expect(rowsOf(tableOf(layout(ROWS, 'middle', full))).map(([l]) => l)).toEqual(ROWS.map(([l]) => l.join('')))
  })

  it('a label without a number marker, set above its numbers, starts the row below', () => {
    const rows: [string[], string[]][] = [
      [['予以公开'], ['1', '0', '1']],
      [['部分公开（区分处', '理的）'], ['2', '0', '2']],
    ]
    expect(rowsOf(tableOf(layout(rows, 'bottom'))).map(([l]) => l)).toEqual(['予以公开', '部分公开（区分处理的）'])
  })
})
