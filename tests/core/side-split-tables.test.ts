// Table 三 printed as two tables one after the other, the second with the remaining columns up to 总计
// (issue 10; generator rule t3-side-split.ts). Joined only where both parts carry the same template row
// labels row by row and their headings together are the template's seven columns in order. Before
// side-split-tables.ts every row read too few cells and was left unread.
import { describe, expect, it } from 'vitest'
import { joinSideSplitTables } from '../../shared/extract/side-split-tables'
import { extractReport } from '../../shared/extract/index'
import { REQUEST_COLUMN_LABELS, REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { Block, SourceDocument, TableCell } from '../../shared/model/document'
import type { RequestRowKey } from '../../shared/model/report'
import { KEYS, ROWS } from './requests-fixture'

const c = (text: string): TableCell => ({ text })
/** The table's part with the data columns [from, to) and the rows' labels as `label` prints them. */
function part(from: number, to: number, label: (k: RequestRowKey, i: number) => string = (k) => REQUEST_ROW_LABELS[k], keys = KEYS): TableCell[][] {
  return [[c('项目'), ...REQUEST_COLUMN_LABELS.slice(from, to).map(c)], ...keys.map((k, i) => [c(label(k, i)), ...ROWS.get(k)!.slice(from, to).map((n) => c(String(n)))])]
}
function doc(tables: TableCell[][][], between?: string): SourceDocument {
  const blocks: Block[] = [
    { kind: 'paragraph', text: '某县某局2023年政府信息公开工作年度报告', loc: { block: 0 } },
    { kind: 'paragraph', text: '三、收到和处理政府信息公开申请情况', loc: { block: 1 } },
  ]
  tables.forEach((rows, i) => {
    if (i > 0 && between) blocks.push({ kind: 'paragraph', text: between, loc: { block: blocks.length } })
    blocks.push({ kind: 'table', rows, loc: { block: blocks.length } })
  })
  return { fileName: 't.html', format: 'html', blocks }
}
/** The part with row numbers 1, 2, 3 … under a 序号 heading in place of its labels. */
const numbered = (rows: TableCell[][]): TableCell[][] => rows.map((r, i) => [c(i === 0 ? '序号' : String(i)), ...r.slice(1)])
const requestRows = (d: SourceDocument): Record<string, (number | null)[]> => extractReport(d).report.requests.rows as Record<string, (number | null)[]>
const readRight = (d: SourceDocument): RequestRowKey[] => KEYS.filter((k) => JSON.stringify(requestRows(d)[k]) === JSON.stringify(ROWS.get(k)))

describe('table 三 split into two tables side by side', () => {
  it('joins the parts where the second repeats the labels, with 续上表, 续表 or nothing between, at any split point', () => {
    for (const between of ['（续上表）', '续表', undefined]) {
      for (let at = 2; at <= 6; at++) {
        const d = doc([part(0, at), part(at, 7)], between)
        expect(joinSideSplitTables(d.blocks).filter((b) => b.kind === 'table')).toHaveLength(1)
        expect(readRight(d)).toEqual(KEYS)
      }
    }
  })

  it('joins parts printed as a text table prints merged cells: blank cells between a label and its counts, a merged heading once', () => {
    // 「| 一、本年新收… |  | 3 | 0 |」: the label's covered cell left blank in some rows only; 总计's heading on the upper header row.
    const blanks = (from: number, to: number): TableCell[][] => {
      const rows = part(from, to, (k) => REQUEST_ROW_LABELS[k])
      const head = [c('项目'), c(''), ...REQUEST_COLUMN_LABELS.slice(from, to).map((l, i) => c(l === '总计' ? '' : REQUEST_COLUMN_LABELS[from + i]!))]
      const top = [c(''), c(''), ...REQUEST_COLUMN_LABELS.slice(from, to).map((l) => c(l === '总计' ? l : ''))]
      return [top, head, ...rows.slice(1).map((r, i) => (i % 3 === 0 ? [r[0]!, c(''), ...r.slice(1)] : [c(''), ...r]))]
    }
    const d = doc([blanks(0, 4), blanks(4, 7)], '（续上表）')
    expect(joinSideSplitTables(d.blocks).filter((b) => b.kind === 'table')).toHaveLength(1)
    expect(readRight(d)).toEqual(KEYS)
  })

  it('joins a second part with row numbers where the numbers run 1…n and every joined row adds up to its 总计', () => {
    for (let at = 2; at <= 6; at++) {
      const d = doc([part(0, at), numbered(part(at, 7))], '续表')
      expect(joinSideSplitTables(d.blocks).filter((b) => b.kind === 'table')).toHaveLength(1)
      expect(readRight(d)).toEqual(KEYS)
      expect(extractReport(d).notes.some((n) => n.field === 'requests' && n.message.includes('序号'))).toBe(true)
    }
  })

  it('leaves table 三 unread, with its note, where the row numbers do not prove the join', () => {
    // A row that does not add up once joined (one cell of the second part one more), numbers out of
    // sequence, a row number missing: each would put a row's cells on another row.
    const broken = numbered(part(3, 7))
    const r = broken.findIndex((row, i) => i > 0 && row.slice(1).some((x) => x.text !== '0'))
    broken[r]![1] = c(String(Number(broken[r]![1]!.text) + 1))
    const swapped = numbered(part(3, 7))
    ;[swapped[3]![0], swapped[4]![0]] = [swapped[4]![0]!, swapped[3]![0]!]
    const short = numbered(part(3, 7)).slice(0, -1)
    for (const second of [broken, swapped, short]) {
      const d = doc([part(0, 3), second], '续表')
      expect(joinSideSplitTables(d.blocks).filter((b) => b.kind === 'table')).toHaveLength(2)
      const ex = extractReport(d)
      const rows = ex.report.requests.rows as Record<string, (number | null)[]>
      expect(KEYS.filter((k) => rows[k]?.some((x) => x !== null))).toEqual([])
      expect(ex.notes.some((n) => n.field === 'requests' && n.message.includes('无法证明'))).toBe(true)
    }
  })

  it('cuts apart the two parts a text table ran into one (Markdown rows with no blank line between), then joins them', () => {
    // 「| 一、本年新收… |  | 3 | 0 |」: the label's covered cell blank, which read as a data cell would shift the row.
    // A label column of two: 「| 项目 |  | 自然人 |」 over 「| 一、本年新收… |  | 3 |」 and 「|  | （一）予以公开 | 2 |」.
    const blanks = (rows: TableCell[][]): TableCell[][] => rows.map((r, i) => (i === 0 ? [r[0]!, c(''), ...r.slice(1)] : i % 3 === 1 ? [r[0]!, c(''), ...r.slice(1)] : [c(''), ...r]))
    for (const second of [part(4, 7), numbered(part(4, 7))]) {
      const d = doc([[...blanks(part(0, 4)), ...second]])
      expect(d.blocks.filter((b) => b.kind === 'table')).toHaveLength(1)
      const joined = joinSideSplitTables(d.blocks).filter((b) => b.kind === 'table')
      expect(joined).toHaveLength(1)
      expect(joined[0]!.kind === 'table' && joined[0]!.rows.length).toBe(KEYS.length + 1)
      expect(readRight(d)).toEqual(KEYS)
    }
  })

  it('leaves them apart where the second part has its rows in another order (the labels do not prove the join)', () => {
    const swapped = [...KEYS]
    const [i, j] = [KEYS.indexOf('granted'), KEYS.indexOf('partiallyGranted')]
    ;[swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!]
    const d = doc([part(0, 4), part(4, 7, undefined, swapped)])
    expect(joinSideSplitTables(d.blocks).filter((b) => b.kind === 'table')).toHaveLength(2)
  })

  it('leaves them apart where the headings of the two parts are not the template columns in order', () => {
    const first = part(0, 3)
    const second = part(3, 7)
    second[0] = [c('项目'), ...['社会公益组织', '法律服务机构', '总计', '其他'].map(c)]
    expect(joinSideSplitTables(doc([first, second]).blocks).filter((b) => b.kind === 'table')).toHaveLength(2)
    // Two whole tables 三 (last year's after this year's): fourteen columns, no join.
    expect(joinSideSplitTables(doc([part(0, 7), part(0, 7)]).blocks).filter((b) => b.kind === 'table')).toHaveLength(2)
  })

  it('leaves a paragraph other than 续表 between the parts as it is (no join)', () => {
    const d = doc([part(0, 3), part(3, 7)], '注：上年数据见下表')
    expect(joinSideSplitTables(d.blocks).filter((b) => b.kind === 'table')).toHaveLength(2)
  })
})
