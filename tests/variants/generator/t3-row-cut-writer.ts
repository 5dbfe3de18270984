// Rule: table 三 in a file Writer lays out (a Writer PDF, saved by LibreOffice from the DOCX) with its
// page break INSIDE one of its rows (review hp35 O-hp1). Writer lets a tall row split over two pages:
// each cell's first lines stay with the row's counts, the rest of its text opens the next page. Cut in
// the first row of a group, the group's merged label runs on too: 「（六）」「1.申请」 9 1 0 … | page break
// | 「其他处理」 (its cell spanning the group's rows) 「人无正当理由逾期不补正、…」 and empty count cells.
// t3-page-split-label.ts draws what pdftotext's plain text makes of a cut row; this rule makes the file
// itself. Lines of preamble text (`lines` one-line paragraphs before the overview heading, no digit in
// them) push table 三 down the page, so Writer's break falls where `lines` puts it; table 三 is printed
// as one table (the generator's own breaks between its rows go: Writer breaks it). Applied in the DOCX
// and so in what Writer saves from it (writer-pdf); forced by tests/variants/t3-row-cut-writer.test.ts
// with measured `lines`, not drawn. The gold stays as it is.
import type { IRBlock, IRDoc } from './ir'
import { para } from './ir'

export interface RowCutRule {
  /** One-line paragraphs of preamble before the overview heading. */
  lines: number
}

/** Preamble sentences, each short enough for one line of a Writer page, none with a digit. */
const PREAMBLE = [
  '我单位坚持以公开为常态、不公开为例外。',
  '进一步规范政府信息公开工作流程。',
  '完善政府信息发布前保密审查机制。',
  '加强政府网站和政务新媒体建设。',
  '及时回应社会关切，做好政策解读。',
  '强化工作人员业务培训。',
  '加强监督检查，推动公开要求落实。',
]

type Table = Extract<IRBlock, { kind: 'table' }>

/** A table's width in columns (its widest row; rows under merged cells hold fewer). */
const width = (t: Table): number => Math.max(...t.rows.map((r) => r.reduce((n, c) => n + (c.colSpan ?? 1), 0)))

/** The doc with table 三 as one table and `lines` lines of preamble before the first heading. */
export function applyRowCut(doc: IRDoc, rule: RowCutRule | undefined): IRDoc {
  if (!rule) return doc
  const at = doc.findIndex((b) => b.kind === 'table' && b.part === 'requests')
  const heading = doc.findIndex((b) => b.kind === 'para' && b.heading)
  if (at < 0 || heading < 0 || heading > at) return doc
  const parts = doc.filter((b): b is Table => b.kind === 'table' && b.part === 'requests')
  const lastPart = doc.lastIndexOf(parts[parts.length - 1]!)
  // Only parts cut between rows (page blocks between them, the same width): not a table split sideways.
  const between = doc.slice(at, lastPart + 1)
  if (!between.every((b) => b.kind === 'page' || (b.kind === 'table' && b.part === 'requests'))) return doc
  if (new Set(parts.map((t) => width(t))).size > 1) return doc
  // Table 三 whole: its parts' rows in one table, the page blocks between them gone.
  const whole: Table = { ...parts[0]!, rows: parts.flatMap((t) => t.rows) }
  const preamble = Array.from({ length: rule.lines }, (_, i) => para(PREAMBLE[i % PREAMBLE.length]!))
  return [...doc.slice(0, heading), ...preamble, ...doc.slice(heading, at), whole, ...doc.slice(lastPart + 1)]
}

export function rowCutRuleTags(rule: RowCutRule | undefined): string[] {
  return rule ? ['t3:row-cut-writer'] : []
}
