// An unruled table 四 (one data row) whose fifteen result headings stand on the third header row,
// wrapped in narrow cells and centred vertically: a one-line 总计 stands half a line below the
// two-line headings (结果 / 维持), and 「行政复议」, two rows tall, half a row below 「行政诉讼」. Read by
// baseline, the header lost its columns' order (hostile review hr38 F5: an OFD printed 总计 first read
// in the template's order, 14 cells wrong). The lone row's number columns place each heading
// (review-header-rows-lone-row.ts); group headings side by side become one line in their order across.
import { describe, expect, it } from 'vitest'
import { pageContent, type PageLine } from '../../src-main/readers/pdf-layout/page-content'
import { assembleBlocks } from '../../src-main/readers/pdf-layout/assemble'
import type { PdfItem } from '../../src-main/readers/pdf-layout/text-join'
import { extractReport } from '../../shared/extract/index'

const SIZE = 10
const piece = (str: string, x: number, y: number, w = str.length * SIZE): PdfItem => ({ str, x, y, w, size: SIZE })
const centred = (str: string, x: number, y: number): PdfItem => {
  const w = /^\d+$/.test(str) ? str.length * 5.5 : str.length * SIZE
  return piece(str, x - w / 2, y, w)
}

const REVIEW = [8, 3, 1, 2, 14]
const DIRECT = [10, 5, 1, 2, 18]
const AFTER = [1, 0, 0, 1, 2]
/** Each result's heading as a narrow cell wraps it (总计 on one line). */
const WORDS = [['结果', '维持'], ['结果', '纠正'], ['其他', '结果'], ['尚未', '审结'], ['总计']]
const FIRST_X = 120
const COL = 36

/** The page with table 四's results printed in `results` order (printed k = template result) in every group. */
function page(results: number[]): PdfItem[] {
  const x = (printed: number): number => FIRST_X + printed * COL
  const prose = Array.from({ length: 4 }, (_, i) => piece('本年度，本机关坚持以公开为常态、不公开为例外，全面推进政务公开工作。', 60, 900 - i * 18, 600))
  const items: PdfItem[] = [...prose, piece('四、政府信息公开行政复议、行政诉讼情况', 60, 800)]
  items.push(centred('行政诉讼', (x(5) + x(14)) / 2, 768), centred('行政复议', (x(0) + x(4)) / 2, 760))
  items.push(centred('未经复议直接起诉', (x(5) + x(9)) / 2, 752), centred('复议后起诉', (x(10) + x(14)) / 2, 752))
  const groups = [REVIEW, DIRECT, AFTER]
  groups.forEach((cells, g) =>
    results.forEach((r, k) => {
      const at = x(g * 5 + k)
      const words = WORDS[r]!
      words.forEach((w, i) => items.push(centred(w, at, 728 + ((words.length - 1) * 16) / 2 - i * 16)))
      items.push(centred(String(cells[r]), at, 696))
    }),
  )
  items.push(piece('五、存在的主要问题及改进情况', 60, 660))
  return items
}

const read = (results: number[]) => {
  const content = pageContent(1, 900, 1000, page(results), [])
  const report = extractReport({ fileName: 't.ofd', format: 'ofd', blocks: assembleBlocks([content]), pageCount: 1 })
  return { lines: content.entries.filter((e): e is PageLine => e.kind === 'line').map((l) => l.text), report: report.report }
}

describe('unruled table 四, the results on the third header row', () => {
  it('reads 总计 printed first in each group by the headings over their columns', () => {
    const { lines, report } = read([4, 0, 1, 2, 3])
    expect(lines).toContain('总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结')
    expect(lines).toContain('行政复议 行政诉讼')
    expect(report.reviewLitigation).toEqual({ review: REVIEW, litigationDirect: DIRECT, litigationAfterReview: AFTER })
  })

  it('reads the template order, every cell', () => {
    const { report } = read([0, 1, 2, 3, 4])
    expect(report.reviewLitigation).toEqual({ review: REVIEW, litigationDirect: DIRECT, litigationAfterReview: AFTER })
  })
})
