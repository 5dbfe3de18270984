// A footnote mark after a cell's unit (review rv24b U01–U16: cells 「718件[1]」「361件①」「604件1)」「33件*」).
// Before, the count with its unit was dropped as "a count in a sentence" (the mark after the unit hid
// that the unit ends the cell) and the mark's digit read as the cell: table 四 read all 1s.
import { describe, expect, it } from 'vitest'
import { readCells } from '../../shared/extract/cells'
import { extractReport } from '../../shared/extract/index'
import type { SourceDocument, TableCell } from '../../shared/model/document'

const values = (s: string): (number | null)[] => readCells(s).map((t) => t.value)
const FIVE = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
const c = (text: string, colSpan = 1): TableCell => (colSpan > 1 ? { text, colSpan } : { text })

describe('a footnote mark after a cell unit', () => {
  it('reads the count, never the mark', () => {
    expect(values('\t718件[1]\t12件[1]\t0件[1]\n')).toEqual([718, 12, 0])
    expect(values('\t361件①\t4件②\n')).toEqual([361, 4])
    expect(values('\t604件1)\t3件1）\n')).toEqual([604, 3])
    expect(values('\t33件*\t5件＊\n')).toEqual([33, 5])
    expect(values('\t238件 注1\t12件注2\n')).toEqual([238, 12])
  })
  it('reads table 四 printed so, in a Word or web table', () => {
    const review = [6, 2, 1, 7, 16]
    const direct = [3, 0, 0, 1, 4]
    const after = [1, 1, 0, 0, 2]
    const rows: TableCell[][] = [
      [c('行政复议', 5), c('行政诉讼', 10)],
      [...FIVE.map((w) => c(w)), c('未经复议直接起诉', 5), c('复议后起诉', 5)],
      [c(''), c(''), c(''), c(''), c(''), ...FIVE.map((w) => c(w)), ...FIVE.map((w) => c(w))],
      [...review, ...direct, ...after].map((n) => c(`${n}件[1]`)),
    ]
    const doc: SourceDocument = {
      fileName: 't.html',
      format: 'html',
      blocks: [
        { kind: 'paragraph', text: '某县某局2023年政府信息公开工作年度报告', loc: { block: 0 } },
        { kind: 'paragraph', text: '四、政府信息公开行政复议、行政诉讼情况', loc: { block: 1 } },
        { kind: 'table', rows, loc: { block: 2 } },
        { kind: 'paragraph', text: '五、存在的主要问题及改进情况', loc: { block: 3 } },
      ],
    }
    const got = extractReport(doc).report.reviewLitigation
    expect([got?.review, got?.litigationDirect, got?.litigationAfterReview]).toEqual([review, direct, after])
  })
})
