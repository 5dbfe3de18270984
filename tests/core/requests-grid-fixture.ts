// Table 三 as a grid (HTML / Word cells) over requests-fixture.ts's rows, for the tests of the grid's
// column order (requests-grid-order, requests-grid-leaves; the document also empty-columns): a cell
// maker, the five organisations, the rows printed in a given column order and the document holding
// the table.
import { REQUEST_ROW_GROUP, REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { SourceDocument, TableCell } from '../../shared/model/document'
import { KEYS, ROWS } from './requests-fixture'

export const c = (text: string, colSpan = 1, rowSpan = 1): TableCell => ({ text, ...(colSpan > 1 ? { colSpan } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) })
export const ORGS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']
/** Each row printed organisations first: the five organisations, 自然人, 总计. */
export const orgsFirst = (r: number[]): number[] => [...r.slice(1, 6), r[0]!, r[6]!]
/** The rows under their group heading and label, each row's numbers in the order `print` gives. */
export const body = (print: (r: number[]) => number[]): TableCell[][] => KEYS.map((k) => [c(REQUEST_ROW_GROUP[k] ?? ''), c(REQUEST_ROW_LABELS[k]), ...print(ROWS.get(k)!).map((n) => c(String(n)))])
/** A report of a title, table 三's heading and the table. */
export const doc = (rows: TableCell[][]): SourceDocument => ({
  fileName: 't.html',
  format: 'html',
  blocks: [
    { kind: 'paragraph', text: '某县某局2023年政府信息公开工作年度报告', loc: { block: 0 } },
    { kind: 'paragraph', text: '三、收到和处理政府信息公开申请情况', loc: { block: 1 } },
    { kind: 'table', rows, loc: { block: 2 } },
  ],
})
