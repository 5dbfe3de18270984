// A ruled table 三 continued onto a new page whose first row (「（七）总计」) prints in the page's top
// margin band, its total 「1 191」 wrapped in the narrow 总计 column: 「1」 half a line above the row's
// baseline, 「191」 half a line below. Both pieces were dropped as page numbers, so the row read
// 「（七）总计 1 139 48 0 0 4 0」 and six cells came out one column off (sweep --group-space --formats pdf
// seed 2). The pieces are put back into their row; the page number beside it still goes.
import { describe, expect, it } from 'vitest'
import { assembleBlocks } from '../../src-main/readers/pdf-layout/assemble'
import type { PageContent, PageLine } from '../../src-main/readers/pdf-layout/page-content'

const SIZE = 12
const line = (text: string, x0: number, x1: number, y: number): PageLine => ({ kind: 'line', text, x0, x1, y, size: SIZE })

function pages(): PageContent[] {
  const body = (page: number): PageLine[] => [line(`第${page}页的正文，一行说明文字。`, 90, 520, 400)]
  return [
    { page: 1, width: 612, height: 792, entries: body(1) },
    {
      page: 2,
      width: 612,
      height: 792,
      entries: [
        line('1', 555.3, 560.3, 751.5),
        line('（七）总计 1 139 48 0 0 4 0', 99.2, 539.3, 745.5),
        line('191', 555.3, 570.3, 738.75),
        line('7', 33.7, 38.7, 714.75),
        ...body(2),
      ],
    },
    { page: 3, width: 612, height: 792, entries: [...body(3), line('8', 300, 305, 40)] },
  ]
}

const texts = (): string[] =>
  assembleBlocks(pages()).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))

describe('a margin row whose last cell wrapped', () => {
  it('keeps the wrapped total in its row, top piece first', () => {
    const row = texts().find((t) => t.includes('（七）总计'))
    expect(row).toBe('（七）总计 1 139 48 0 0 4 0 1 191')
  })

  it('still drops the page numbers', () => {
    const all = texts()
    expect(all.some((t) => /^\s*[78]\s*$/.test(t))).toBe(false)
    expect(all.some((t) => /\s7$/.test(t) || /\s8$/.test(t))).toBe(false)
  })
})
