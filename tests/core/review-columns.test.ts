// Table 四's columns by their header labels: groups and results printed in another order are read
// by their labels; a header that contradicts the template without a complete map is refused.
import { describe, expect, it } from 'vitest'
import { parseReviewTable } from '../../shared/extract/review-table'
import { reviewColumnMap } from '../../shared/extract/review-columns'

const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
const GROUPS = ['行政复议', '行政诉讼：未经复议直接起诉', '行政诉讼：复议后起诉']
const TRUE = { review: [3, 1, 2, 1, 7], litigationDirect: [2, 0, 1, 3, 6], litigationAfterReview: [1, 0, 0, 1, 2] }
const ROWS = [TRUE.review, TRUE.litigationDirect, TRUE.litigationAfterReview]

function table(groups: number[], results: number[]): string {
  return [
    groups.map((g) => GROUPS[g]).join('\t'),
    groups.flatMap(() => results.map((r) => RESULTS[r])).join('\t'),
    groups.flatMap((g) => results.map((r) => ROWS[g]![r])).join('\t'),
  ].join('\n')
}

describe('table 四 columns by their header labels', () => {
  it('reads groups and results printed in another order by their labels', () => {
    for (const [g, r] of [[[0, 1, 2], [0, 1, 3, 2, 4]], [[1, 2, 0], [0, 1, 2, 3, 4]], [[0, 2, 1], [4, 0, 1, 2, 3]]] as const) {
      const got = parseReviewTable(table([...g], [...r]))
      expect(got.table, `${g} ${r}`).toEqual(TRUE)
    }
    expect(parseReviewTable(table([0, 1, 2], [0, 1, 2, 3, 4])).notes).toEqual([])
  })
  it('reads the two-level header (行政诉讼 over its two groups) by its levels', () => {
    const header = ['行政诉讼\t行政复议', '未经复议直接起诉\t复议后起诉', Array(3).fill(RESULTS.join('\t')).join('\t')].join('\n')
    expect(reviewColumnMap(header)).toEqual({ kind: 'labels', printed: [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0, 1, 2, 3, 4] })
    const template = ['行政复议\t行政诉讼', `${RESULTS.join('\t')}\t未经复议直接起诉\t复议后起诉`, Array(2).fill(RESULTS.join('\t')).join('\t')].join('\n')
    expect(reviewColumnMap(template)).toEqual({ kind: 'template' })
  })
  it('refuses a header whose labels fit no order, or several', () => {
    // The groups' results in two different orders: no one order of the five fits.
    const mixed = `行政复议\t行政诉讼\n${[RESULTS, [0, 1, 3, 2, 4].map((r) => RESULTS[r]), RESULTS].flat().join('\t')}`
    expect(reviewColumnMap(mixed).kind).toBe('refused')
    const got = parseReviewTable(`${mixed}\n${ROWS.flat().join('\t')}`)
    expect(got.table).toEqual({ review: null, litigationDirect: null, litigationAfterReview: null })
    expect(got.notes[0]!.message).toContain('与模板的列序不同')
    // 尚未审结 before 其他 in every group, the rest not shown: many orders fit, none is read.
    const partial = `行政复议\t行政诉讼\n${Array(3).fill('尚未审结\t其他结果').join('\t')}`
    const map = reviewColumnMap(partial)
    expect(map.kind).toBe('refused')
    expect(map.kind === 'refused' && map.message).toContain('「尚未审结」「其他」')
  })
  it('takes a header that fits the template, however it wraps, as the template', () => {
    // pdftotext of a wrapped header: the pieces of each heading on the lines they reach.
    const wrapped = ['行政复议\t行政诉讼', '结果维\t其他\t总\t未经复议直接起诉\t复议后起诉', '结果纠正\t尚未审结', '持\t结果\t计'].join('\n')
    expect(reviewColumnMap(wrapped)).toEqual({ kind: 'template' })
    // A line holding pieces of two groups (其他 of the first wrapped away): still the template.
    expect(reviewColumnMap('维持\t纠正\t结果\t审结\t结果\t结果\t其他\t尚未')).toEqual({ kind: 'template' })
  })
  it('reads the order a wrapped header shows on its lines (pdftotext)', () => {
    // 尚未审结 printed before 其他结果 in each group; the pieces interleaved line by line.
    const header = ['行政复行政诉讼：未经行政诉讼：复', '议（5 复议直接起诉议后起诉（5', '列）（5列）列）', '结果维其他总结果结果尚未其他总结果结果尚未其他总', '结果纠正尚未审结', '持结果计维持纠正审结结果计维持纠正审结结果计'].join('\n')
    expect(reviewColumnMap(header)).toEqual({ kind: 'labels', printed: [0, 1, 3, 2, 4, 5, 6, 8, 7, 9, 10, 11, 13, 12, 14] })
  })
  it('reads a PDF header whose two visual lines were joined into one line, and a row after 「续表」', () => {
    // The official header as PDF text: the first pieces of every heading, then their second pieces.
    const joined = ['行政诉讼', '行政复议', '未经复议直接起诉复议后起诉', `${Array(3).fill('结果维结果纠其他结尚未审总').join('')}${Array(3).fill('持正果结计').join('')}`].join('\n')
    expect(reviewColumnMap(joined)).toEqual({ kind: 'template' })
    const cut = `${table([0, 1, 2], [0, 1, 2, 3, 4]).split('\n').slice(0, 2).join('\n')}\n续表\n${ROWS.flat().join('\t')}`
    expect(parseReviewTable(cut).table).toEqual(TRUE)
  })
  it('lets the groups\' sums decide between orders the words allow, and reads only what all readings share', () => {
    // 总计 first, printed on a line with one group's results only: the template fits the words too.
    const five = '总计\t结果维持\t结果纠正\t其他结果\t尚未审结'
    const header = `行政复议\t行政诉讼\n${five}\t未经复议直接起诉\t复议后起诉\n${five}\t${five}`
    const row = [0, 1, 2].flatMap((g) => [4, 0, 1, 2, 3].map((r) => ROWS[g]![r]!))
    // Without the numbers the words allow the template; with them, only the order where every group adds up.
    expect(reviewColumnMap(header).kind).toBe('template')
    expect(reviewColumnMap(header, row).kind).not.toBe('template')
    const got = parseReviewTable(`${header}\n${row.join('\t')}`).table
    // Never a wrong number: each cell is the true one or unread.
    for (const g of ['review', 'litigationDirect', 'litigationAfterReview'] as const) got[g]!.forEach((v, i) => expect([null, TRUE[g][i]]).toContain(v))
    expect(got.review![4]).toBe(7)
  })
})

describe('table 四 without its heading, one group per row, a cell per line (crawled page)', () => {
  it('takes the header lines of result words before 行政复议 into the table, so their order is read', async () => {
    const { extractReport } = await import('../../shared/extract/index')
    const { textToDocument } = await import('../../shared/text/text-document')
    const header = ['项目', '结果纠正', '结果维持', '其他结果', '尚未审结', '总计']
    const rows = [['行政复议', '1', '3', '2', '1', '7'], ['行政诉讼（未经复议直接起诉）', '0', '2', '1', '3', '6'], ['行政诉讼（复议后起诉）', '0', '1', '0', '1', '2']]
    const text = [
      '某县某局2022年政府信息公开工作年度报告',
      '一、总体情况', '本年度主动公开政府信息100条。',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1',
      '四、结转下年度继续办理', '0', '0', '0', '0', '0', '0', '0',
      ...header, ...rows.flat(),
      '五、存在的主要问题及改进情况', '一是公开不够及时。',
    ].join('\n')
    const report = extractReport(textToDocument(text, 'r.txt')).report
    // The results as the template orders them: 维持, 纠正, 其他, 尚未审结, 总计.
    expect(report.reviewLitigation.review).toEqual([3, 1, 2, 1, 7])
    expect(report.reviewLitigation.litigationDirect).toEqual([2, 0, 1, 3, 6])
  })
  // rv24: pdftotext (no -layout) of a template-ordered table 四 printed its header a cell per line with
  // 行政诉讼 before 行政复议 (the tall top-level cells in the order their text sat); read as the
  // litigation groups first, all three groups were rotated (14 cells wrong).
  it('does not take the line order of 行政诉讼 and 行政复议 in a cell-per-line header as the groups\' order', () => {
    const lines = ['行政诉讼', '行政复议', ...RESULTS, '未经复议直接起诉', '复议后起诉', ...RESULTS, ...RESULTS, ...ROWS.flat().map(String)]
    const got = parseReviewTable(lines.join('\n'))
    for (const [g, want] of [['review', TRUE.review], ['litigationDirect', TRUE.litigationDirect], ['litigationAfterReview', TRUE.litigationAfterReview]] as const) {
      // Every cell read is right (a cell the two orders agree on), the others are empty.
      expect(got.table[g]).not.toBeNull()
      got.table[g]!.forEach((v, c) => expect(v === null || v === want[c], `${g}[${c}]`).toBe(true))
    }
    // Every group order is a reading since review-group-order-stream.ts (the lines show none of them).
    expect(got.notes.some((n) => n.message.includes('不表示各组所在的列'))).toBe(true)
  })
})
