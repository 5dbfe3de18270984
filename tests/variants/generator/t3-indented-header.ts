// Rule: table 三's header as pdftotext -layout prints a LibreOffice PDF of a table with the five
// organisation columns first (review rv13): the tall merged headings 自然人 and 总计 come out on a
// line above the organisation headings (wrapped in their narrow cells: 商业企 / 业), so the lines'
// order looks like the template's; only the indents show 自然人 right of 商业企业. Applied in the
// text-layout shape to a table printed organisations-first; forced by
// tests/variants/t3-indented-header.test.ts, not drawn. The gold stays as it is.
import type { IRBlock, IRDoc } from './ir'
import { para } from './ir'

const pad = (n: number, s: string): string => `${' '.repeat(n)}${s}`

export const INDENTED_HEADER = [
  pad(40, '申请人情况'),
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项 法人或其他组织',
  '之和）',
  pad(65, '自然人 总计'),
  pad(40, '商业企 科研机 社会公益 法律服务'),
  pad(58, '其他'),
  pad(40, '业   构   组织   机构'),
]

/** The doc with table 三's header rows printed as those lines; the same doc where it has none. */
export function applyIndentedHeader(doc: IRDoc): IRDoc {
  const at = doc.findIndex((b) => b.kind === 'table' && b.part === 'requests')
  if (at < 0) return doc
  const t = doc[at] as Extract<IRBlock, { kind: 'table' }>
  const body = t.rows.findIndex((r) => r.some((c) => c.num))
  if (body <= 0) return doc
  return [...doc.slice(0, at), ...INDENTED_HEADER.map((l) => para(l)), { ...t, rows: t.rows.slice(body) }, ...doc.slice(at + 1)]
}

export function indentedHeaderRuleTags(on: boolean | undefined): string[] {
  return on ? ['t3:indented-header'] : []
}
