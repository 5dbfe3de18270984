// A wrapped label line added to a row whose label cell holds a long run of digits not at its end
// (an OCR'd or garbled line): the cell's trailing-number test (page-content.ts) once took
// exponential time to refuse it and hung the import. The label is joined as it is.
import { describe, expect, it } from 'vitest'
import { pageContent, type PageTable } from '../../src-main/readers/pdf-layout/page-content'
import type { PdfItem } from '../../src-main/readers/pdf-layout/text-join'

const SIZE = 9
const piece = (str: string, x: number, y: number): PdfItem => ({ str, x, y, w: str.length * SIZE, size: SIZE })

describe('unruled table, a label cell with a long run of digits', () => {
  it('joins the wrapped label line without hanging', () => {
    const head = '3.要求提供公开' + '1'.repeat(40) + '页'
    const items: PdfItem[] = [
      piece(head, 100, 700), piece('0', 600, 700), piece('0', 650, 700), piece('0', 700, 700),
      piece('出版物', 100, 687.25),
      piece('4.无正当理由', 100, 671.5), piece('0', 600, 671.5), piece('0', 650, 671.5), piece('0', 700, 671.5),
    ]
    const tables = pageContent(1, 800, 800, items, []).entries.filter((e): e is PageTable => e.kind === 'table')
    expect(tables).toHaveLength(1)
    expect(tables[0]!.rows.map((r) => r[0]!.text)).toEqual([head + '出版物', '4.无正当理由'])
  })
})
