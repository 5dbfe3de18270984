// Table 三's grid leaves (requests-grid-leaves.ts; hostile review hr36 F3, F5, F6): each data column's
// lowest heading cell decides. All seven recognised: the grid's order, whatever the group heading over
// the five says. One not recognised, naming two columns, or two naming one: refused, the note naming them.
import { describe, expect, it } from 'vitest'
import { gridLeafVerdict } from '../../shared/extract/requests-grid-leaves'
import { extractReport } from '../../shared/extract/index'
import { REQUEST_ROW_GROUP, REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { TableCell } from '../../shared/model/document'
import { KEYS, ROWS } from './requests-fixture'
import { body, c, doc, ORGS, orgsFirst } from './requests-grid-fixture'
import { textToDocument } from '../../shared/text/text-document'

/** Two levels, organisations first: `group` over the five, then 自然人 (`natural`) and 总计 two rows tall. */
const header = (group: string, orgs: string[], natural = '自然人'): TableCell[][] => [
  [c('', 2, 3), c('申请人情况', 7)],
  [c(group, 5), c(natural, 1, 2), c('总计', 1, 2)],
  orgs.map((o) => c(o)),
]

describe('table 三: the grid leaves decide the order', () => {
  it('a group heading without 法人 (单位) over seven recognised headings: read by the grid', () => {
    expect(gridLeafVerdict([...header('单位', ORGS), ...body(orgsFirst)])).toEqual({ order: [1, 2, 3, 4, 5, 0, 6] })
    const got = extractReport(doc([...header('单位', ORGS), ...body(orgsFirst)]))
    const rows = got.report.requests.rows as Record<string, (number | null)[]>
    expect(KEYS.filter((k) => JSON.stringify(rows[k]) !== JSON.stringify(ROWS.get(k)))).toEqual([])
  })

  it('a heading not recognised (an invented word for 自然人): refused, named in the note', () => {
    const v = gridLeafVerdict([...header('法人或其他组织', ORGS, '申请主体甲'), ...body(orgsFirst)])
    expect(v && 'refused' in v && v.refused).toContain('「申请主体甲」')
    const got = extractReport(doc([...header('法人或其他组织', ORGS, '申请主体甲'), ...body(orgsFirst)]))
    const rows = got.report.requests.rows as Record<string, (number | null)[]>
    // Each row's 总计 may stay (the last cell); no applicant column is read.
    expect(KEYS.flatMap((k) => (rows[k] ?? []).slice(0, 6)).filter((n) => n !== null)).toEqual([])
    expect(got.notes.some((n) => n.field.startsWith('requests') && n.message.includes('申请主体甲'))).toBe(true)
  })

  it('企业 beside 其他企业: 其他企业 is 其他 by the other leaves\' words; beside a leaf no word names: refused', () => {
    expect(gridLeafVerdict([...header('法人或其他组织', ['企业', '科研机构', '社会公益组织', '法律服务机构', '其他企业']), ...body(orgsFirst)])).toEqual({ order: [1, 2, 3, 4, 5, 0, 6] })
    expect(gridLeafVerdict([...header('法人或其他组织', ['其他企业', '科研机构', '社会公益组织', '法律服务机构', '企业']), ...body(orgsFirst)])).toEqual({ order: [5, 2, 3, 4, 1, 0, 6] })
    expect(gridLeafVerdict([...header('法人或其他组织', ['其他企业', '科研机构', '社会公益组织', '法律服务机构', '其他']), ...body(orgsFirst)])).toEqual({ order: [1, 2, 3, 4, 5, 0, 6] })
    const v = gridLeafVerdict([...header('法人或其他组织', ['其他企业', '科研机构', '社会公益组织', '法律服务机构', '社团']), ...body(orgsFirst)])
    expect(v && 'refused' in v && v.refused).toContain('「其他企业」')
  })

  it('plausible wordings (群众, 公司, 高等院校) are recognised', () => {
    expect(gridLeafVerdict([...header('单位', ['公司', '高等院校', '社会公益组织', '法律服务机构', '其他'], '群众'), ...body(orgsFirst)])).toEqual({ order: [1, 2, 3, 4, 5, 0, 6] })
  })
})

describe('table 三 in a markdown pipe table: the same leaves (review hr36 F3, F6 in .md)', () => {
  // A pipe table has no spans: a merged cell's other places print empty (pandoc, a converter's output).
  const pipe = (cells: string[]): string => `| ${cells.join(' | ')} |`
  const md = (group: string, natural: string, orgs = ORGS): string =>
    [
      '# 某县某局2023年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      pipe(['', '', '申请人情况', '', '', '', '', '', '']),
      pipe(Array(9).fill('---')),
      pipe(['', '', group, '', '', '', '', natural, '总计']),
      pipe(['', '', ...orgs, '', '']),
      ...KEYS.map((k) => pipe([REQUEST_ROW_GROUP[k] ?? '', REQUEST_ROW_LABELS[k], ...orgsFirst(ROWS.get(k)!).map(String)])),
    ].join('\n')
  const wrongRows = (text: string): string[] => {
    const rows = extractReport(textToDocument(text, 't.md')).report.requests.rows as Record<string, (number | null)[]>
    return KEYS.filter((k) => rows[k]?.some((v, i) => v !== null && v !== ROWS.get(k)![i]))
  }
  const readRows = (text: string): number => {
    const rows = extractReport(textToDocument(text, 't.md')).report.requests.rows as Record<string, (number | null)[]>
    return KEYS.filter((k) => JSON.stringify(rows[k]) === JSON.stringify(ROWS.get(k))).length
  }

  it('organisations first under 单位 / 组织, or 群众 / 市民 for 自然人: read by the leaves, every row right', () => {
    for (const [group, natural] of [['单位', '自然人'], ['组织', '自然人'], ['法人或其他组织', '群众'], ['法人或其他组织', '市民']] as const) {
      expect(wrongRows(md(group, natural))).toEqual([])
      expect(readRows(md(group, natural))).toBe(KEYS.length)
    }
  })

  it('a leaf no word names, columns moved: nothing wrong, a note names it', () => {
    const text = md('法人或其他组织', '申请主体甲')
    expect(wrongRows(text)).toEqual([])
    expect(extractReport(textToDocument(text, 't.md')).notes.some((n) => n.field.startsWith('requests') && n.message.includes('申请主体甲'))).toBe(true)
  })
})
