// Rule: table 三's two-level header as a PDF viewer's copy or plain pdftotext prints it (review rv24):
// a cell per line in the order the text sat on the page, where the tall merged headings 自然人 and
// 总计 come after 法人或其他组织 (their text is centred lower), amid the organisation headings'
// lines or after them, and the corner note may follow 申请人情况. The table itself is in the
// template's order; the same lines are a web page's cell order for a table printed organisations
// first, so no reader can tell the columns from them. Applied in the text-plain and crawled-lines
// shapes to a template-ordered table without a 小计 column; forced by
// tests/variants/t3-stream-header.test.ts, not drawn. The gold stays as it is.
import type { IRBlock, IRDoc } from './ir'
import { para } from './ir'

export type StreamHeader = 'amid' | 'after' | 'late' | 'cells'

const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
const ORGS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']

/**
 * The header's lines: 自然人 and 总计 between 法人或其他组织 and the organisations, or after them; or
 * 'late' (review rv26 F1, plain pdftotext of a LibreOffice PDF): 法人或其他组织 and 自然人 alone before
 * the first row's label, the organisations and 总计 printed after that label, before its numbers; or
 * 'cells' (rv26 F5, F6: a nested or tall header): 自然人 alone before the first row's label, its first
 * number, then the other headings, then its other numbers in the order the PDF drew them.
 */
export function streamHeaderLines(where: StreamHeader): string[] {
  const tall = ['自然人', '总计']
  if (where === 'late') return ['申请人情况', NOTE, '法人或其他组织', '自然人']
  if (where === 'cells') return ['申请人情况', NOTE, '自然人']
  return where === 'amid' ? ['申请人情况', NOTE, '法人或其他组织', ...tall, ...ORGS] : ['申请人情况', '法人或其他组织', ...ORGS, NOTE, ...tall]
}

/** 'late': the lines after the first row's label, before its numbers. */
const LATE_LINES = ['商业企业', '总计', '科研机构', '社会公益组织', '其他', '法律服务机构']
/** 'cells': the headings after the first row's first number, and the order its other numbers are drawn in. */
const AMID_LINES = ['法人或其他组织', '社会', '科研', '商业企业', '公益', '机构', '组织', '总计', '法律服务', '其他', '机构']
const DRAWN = [1, 4, 2, 3, 5, 6]

/** The doc with a template-ordered table 三's header rows printed as those lines; the same doc otherwise. */
export function applyStreamHeader(doc: IRDoc, where: StreamHeader): IRDoc {
  const at = doc.findIndex((b) => b.kind === 'table' && b.part === 'requests')
  if (at < 0) return doc
  const t = doc[at] as Extract<IRBlock, { kind: 'table' }>
  const body = t.rows.findIndex((r) => r.some((c) => c.num))
  const head = t.rows.slice(0, Math.max(0, body)).flat().map((c) => c.text.replace(/\s+/g, ''))
  // Only the template's two-level header, 自然人 printed first (not organisations first, no 小计).
  if (body <= 0 || !head.includes('法人或其他组织') || head.includes('小计') || head.indexOf('自然人') > head.indexOf('商业企业')) return doc
  const lines = streamHeaderLines(where).map((l) => para(l))
  if (where === 'amid' || where === 'after') return [...doc.slice(0, at), ...lines, { ...t, rows: t.rows.slice(body) }, ...doc.slice(at + 1)]
  const [label, ...cells] = t.rows[body]!
  const first =
    where === 'late'
      ? [para(label!.text), ...LATE_LINES.map((l) => para(l)), ...cells.map((c) => para(c.text))]
      : [para(label!.text), para(cells[0]!.text), ...AMID_LINES.map((l) => para(l)), ...DRAWN.map((c) => para(cells[c]!.text))]
  return [...doc.slice(0, at), ...lines, ...first, { ...t, rows: t.rows.slice(body + 1) }, ...doc.slice(at + 1)]
}

export function streamHeaderRuleTags(where: StreamHeader | undefined): string[] {
  return where ? [`t3:stream-header-${where}`] : []
}
