// An unruled PDF whose table 三 header prints the organisations before 自然人, its headings not placed
// over their number columns (a column of zeros printed blank has no piece to place its heading by):
// the reader says so (SourceDocument.applicantOrderUnknownPages) and the header's lines, which are in no
// column order, are not read in the template's order (session 27: every applicant column rotated, no
// note). The applicant columns are refused with a note; each row's proven 总计 is kept.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { ORDER_UNKNOWN_NOTE } from '../../shared/extract/requests-columns'
import { REQUEST_ROW_GROUP, REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { SourceDocument, TableCell } from '../../shared/model/document'
import { KEYS, ROWS } from './requests-fixture'

const c = (text: string): TableCell => ({ text })
/** Each row printed organisations first: the five organisations, 自然人, 总计. */
const orgsFirst = (r: number[]): number[] => [...r.slice(1, 6), r[0]!, r[6]!]
/** The header lines as an unruled PDF gives them: the tall 自然人 and 总计 on the first line of the organisations. */
const HEADER = ['申请人情况', '法人或其他组织', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）自然总', '商业科研社会公益法律服务其', '人计', '企业机构组织机构他']
const doc = (unknown: boolean): SourceDocument => ({
  fileName: 't.pdf',
  format: 'pdf',
  blocks: [
    { kind: 'paragraph', text: '某县某局2023年政府信息公开工作年度报告', loc: { block: 0, page: 1 } },
    { kind: 'paragraph', text: '三、收到和处理政府信息公开申请情况', loc: { block: 1, page: 1 } },
    ...HEADER.map((text, i) => ({ kind: 'paragraph' as const, text, loc: { block: 2 + i, page: 1 } })),
    { kind: 'table', rows: KEYS.map((k) => [c(`${REQUEST_ROW_GROUP[k] ?? ''}${REQUEST_ROW_LABELS[k]}`), ...orgsFirst(ROWS.get(k)!).map((n) => c(String(n)))]), loc: { block: 2 + HEADER.length, page: 1 } },
    { kind: 'paragraph', text: '四、政府信息公开行政复议、行政诉讼情况', loc: { block: 3 + HEADER.length, page: 1 } },
  ],
  ...(unknown ? { applicantOrderUnknownPages: [1] } : {}),
})

describe('table 三 whose applicant order the PDF reader could not place', () => {
  it('refuses the applicant columns with a note and keeps each row total', () => {
    const r = extractReport(doc(true))
    const rows = r.report.requests!.rows
    for (const k of KEYS) {
      expect(rows[k]!.slice(0, 6)).toEqual([null, null, null, null, null, null])
      expect(rows[k]![6]).toBe(ROWS.get(k)![6])
    }
    // The note says why (its last words say the 总计 is kept: requests-column-apply.ts).
    const why = ORDER_UNKNOWN_NOTE.replace(/本行未读取。$/, '')
    expect(r.notes.filter((n) => n.field.startsWith('requests') && n.message.startsWith(why)).length).toBeGreaterThan(0)
  })
  it('is the reader\'s word that decides: without it the same lines are read in the template order (rotated)', () => {
    const rows = extractReport(doc(false)).report.requests?.rows
    const received = ROWS.get('received')!
    // What the rule guards against: 自然人's numbers read as 商业企业's and so on.
    expect(rows?.received?.[0]).toBe(received[1])
  })
})
