// A 序号 column in front of a table's rows (「1 | 规章 | 0 | 0 | 5」) counts nothing. Before, table 二's rows
// read one number too many (the next row's 序号 after a row's cells) and were left unread, and table 三
// listed each 序号 as a stray number (review rv3 F4).
import { describe, expect, it } from 'vitest'
import { withoutOrdinalColumn } from '../../shared/extract/ordinal-column'
import { extractReport } from '../../shared/extract/index'
import { REQUEST_COLUMN_LABELS, REQUEST_ROW_GROUP, REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { SourceDocument, TableCell } from '../../shared/model/document'
import { KEYS, ROWS } from './requests-fixture'

const c = (text: string, colSpan?: number): TableCell => (colSpan ? { text, colSpan } : { text })
const texts = (rows: TableCell[][]): string[][] => rows.map((r) => r.map((x) => (x.colSpan ? `${x.text}/${x.colSpan}` : x.text)))
const doc = (rows: TableCell[][], heading: string): SourceDocument => ({
  fileName: 't.html',
  format: 'html',
  blocks: [
    { kind: 'paragraph', text: '某县某局2023年政府信息公开工作年度报告', loc: { block: 0 } },
    { kind: 'paragraph', text: heading, loc: { block: 1 } },
    { kind: 'table', rows, loc: { block: 2 } },
  ],
})

describe('withoutOrdinalColumn', () => {
  it('drops the column headed 序号 whose cells are row numbers, and takes it out of a caption spanning it', () => {
    const rows = [[c('第二十条第（一）项', 5)], [c('序号'), c('信息内容'), c('本年制发件数'), c('本年废止件数'), c('现行有效件数')], [c('1'), c('规章'), c('0'), c('0'), c('5')], [c('2'), c('行政规范性文件'), c('3'), c('1'), c('20')]]
    expect(texts(withoutOrdinalColumn(rows))).toEqual([['第二十条第（一）项/4'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '0', '0', '5'], ['行政规范性文件', '3', '1', '20']])
  })
  it('drops it under a caption whose heading holds a digit (「3、依申请公开情况」; before, kept and read as cells)', () => {
    const rows = [[c('3、依申请公开情况', 4)], [c('序号'), c('项目'), c('自然人'), c('总计')], [c('1'), c('一、本年新收'), c('5'), c('5')], [c('2'), c('二、上年结转'), c(''), c('')]]
    expect(texts(withoutOrdinalColumn(rows))).toEqual([['3、依申请公开情况/3'], ['项目', '自然人', '总计'], ['一、本年新收', '5', '5'], ['二、上年结转', '', '']])
  })
  it('keeps a column headed 序号 that holds anything but row numbers, and tables without such a heading', () => {
    const words = [[c('序号'), c('项目'), c('数量')], [c('规章'), c('0'), c('5')], [c('行政规范性文件'), c('3'), c('20')]]
    expect(withoutOrdinalColumn(words)).toBe(words)
    const plain = [[c('项目'), c('数量')], [c('1'), c('5')], [c('2'), c('20')]]
    expect(withoutOrdinalColumn(plain)).toBe(plain)
  })
})

describe('tables 二 and 三 with a 序号 column, read from their cells', () => {
  it('reads table 二 row by row (before: each row one number too many, unread)', () => {
    const rows = [
      [c('第二十条第（一）项', 5)],
      [c('序号'), c('信息内容'), c('本年制发件数'), c('本年废止件数'), c('现行有效件数')],
      [c('1'), c('规章'), c('0'), c('0'), c('5')],
      [c('2'), c('行政规范性文件'), c('3'), c('1'), c('20')],
      [c('第二十条第（五）项', 5)],
      [c('序号'), c('信息内容'), c('本年处理决定数量', 3)],
      [c('3'), c('行政许可'), c('1,204', 3)],
      [c('第二十条第（六）项', 5)],
      [c('序号'), c('信息内容'), c('本年处理决定数量', 3)],
      [c('4'), c('行政处罚'), c('57', 3)],
      [c('5'), c('行政强制'), c('6', 3)],
    ]
    const got = extractReport(doc(rows, '二、主动公开政府信息情况')).report.activeDisclosure
    expect(got.rules).toEqual({ issued: 0, repealed: 0, inForce: 5 })
    expect(got.normativeDocs).toEqual({ issued: 3, repealed: 1, inForce: 20 })
    expect([got.licensing?.decisions, got.penalties?.decisions, got.enforcement?.decisions]).toEqual([1204, 57, 6])
  })
  it('reads table 三 with no stray-number notes', () => {
    const header = [c('序号'), c('申请人情况', 2), ...REQUEST_COLUMN_LABELS.map((l) => c(l))]
    const body = KEYS.map((k, i) => [c(String(i + 1)), c(REQUEST_ROW_GROUP[k] ?? ''), c(REQUEST_ROW_LABELS[k]), ...ROWS.get(k)!.map((n) => c(String(n)))])
    const got = extractReport(doc([header, ...body], '三、收到和处理政府信息公开申请情况'))
    const rows = got.report.requests.rows as Record<string, (number | null)[]>
    expect(KEYS.filter((k) => JSON.stringify(rows[k]) !== JSON.stringify(ROWS.get(k)))).toEqual([])
    expect(got.notes.filter((n) => n.field.startsWith('requests'))).toEqual([])
  })
})

// Hostile review (session 13): a one-row table 四 under a 序号 heading whose only row prints no 序号 of
// its own, so its first count stands under 序号. Before, that count was dropped as a row number, table
// 四 read fourteen numbers and stayed unread, the note not saying why. The cells' count (fifteen, one
// short of the header) and the groups' sums decide (ordinal-short-row.ts); where they cannot, the note says so.
describe('a one-row table 四 under a 序号 heading, its row without a 序号', () => {
  const FIVE = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
  const head: TableCell[][] = [
    [{ text: '序号', rowSpan: 3 }, c('行政复议', 5), c('行政诉讼', 10)],
    [...FIVE.map((w) => c(w)), c('未经复议直接起诉', 5), c('复议后起诉', 5)],
    [c('', 5), ...FIVE.map((w) => c(w)), ...FIVE.map((w) => c(w))],
  ]
  const read = (row: string[]) => extractReport(doc([...head, row.map((x) => c(x))], '四、政府信息公开行政复议、行政诉讼情况'))
  const blank = (n: number): string[] => Array(n).fill('')
  it('reads the one review case as a count (blank zeros: 1 and its 总计)', () => {
    const got = read(['1', '', '', '', '1', ...blank(10)])
    expect(got.report.reviewLitigation.review).toEqual([1, null, null, null, 1])
    expect(got.report.reviewLitigation.litigationDirect).toEqual([null, null, null, null, null])
  })
  it('reads fifteen printed counts whose first is a count', () => {
    const got = read(['2', '1', '0', '0', '3', '0', '0', '0', '1', '1', '0', '0', '0', '0', '0'])
    expect([got.report.reviewLitigation.review, got.report.reviewLitigation.litigationDirect]).toEqual([[2, 1, 0, 0, 3], [0, 0, 0, 1, 1]])
  })
  it('leaves a single number that the sums cannot place unread, with a note saying 序号 and count could not be told apart', () => {
    const got = read(['1', ...blank(14)])
    expect(got.report.reviewLitigation.review?.some((x) => x !== null) ?? false).toBe(false)
    expect(got.notes.some((n) => n.field === 'reviewLitigation' && n.message.includes('序号') && n.message.includes('无法判定'))).toBe(true)
  })
  it('leaves a row that adds up read either way unread (hostile review, session 14: the 序号 reading\'s last 总计 is absent, not 0)', () => {
    // As counts: 1 0 0 0 1 three times. As a 序号 then counts: 0 0 0 1 1 | 0 0 0 1 1 | 0 0 0 1 and a blank 总计.
    const got = read(['1', '0', '0', '0', '1', '1', '0', '0', '0', '1', '1', '0', '0', '0', '1'])
    expect(got.report.reviewLitigation.review?.some((x) => x !== null) ?? false).toBe(false)
    expect(got.notes.some((n) => n.field === 'reviewLitigation' && n.message.includes('序号') && n.message.includes('无法判定'))).toBe(true)
  })
  it('still drops a 序号 printed in the row (sixteen cells), with no such note', () => {
    const got = read(['1', '1', '', '', '', '1', ...blank(10)])
    expect(got.report.reviewLitigation.review).toEqual([1, null, null, null, 1])
    expect(got.notes.some((n) => n.message.includes('序号'))).toBe(false)
  })
})
