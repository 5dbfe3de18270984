// Rule: table 三's body as plain pdftotext prints a LibreOffice PDF of it (review rv26 F3), a cell per
// line in the stream order: a group heading that spans rows (「（三）不予公开」) printed again before each
// of its rows; a label longer than its column (W characters, drawn 10–13) wrapped, the row's first
// cell after the label's first line and the rest of the label after that cell (「4.无正当理由大量反复申
// / 0 / 请」); and in some groups (drawn, at least one) the first row's cells before its heading and
// label (the merged heading sits lower on the page). A number inside a label's brackets may be read as
// part of the label, a label cut by a number may not be found: rows read one step off, whose labels wait.
// Applied in the text-plain shape only; forced by tests/variants/t3-stream-labels.test.ts, not drawn.
// The gold stays as it is.
import type { IRBlock, IRCell, IRDoc } from './ir'
import { para } from './ir'
import { seeded } from './rng'

const clean = (c: IRCell): string => c.text.replace(/\n/g, '')
/** A spanning heading of a group of rows (not the table's 三、 heading over all the outcome rows). */
const isGroupHeading = (c: IRCell): boolean => !c.num && (c.rowSpan ?? 1) > 1 && /^[（(]/.test(clean(c))

/** A label in lines of `w` characters. */
const wrapLabel = (label: string, w: number): string[] => Array.from({ length: Math.ceil(label.length / w) }, (_, i) => label.slice(i * w, (i + 1) * w))

/** The doc with table 三's body printed in a PDF's stream order as above; the same doc where no label wraps. */
export function applyStreamLabels(doc: IRDoc, seed: number): IRDoc {
  const rand = seeded(seed * 397 + 11)
  const w = 10 + Math.floor(rand() * 4)
  let group = ''
  let left = 0
  let cellsFirstDrawn = 0
  let wrapped = false
  const rowLines = (r: IRCell[]): string[] => {
    const cells = r.filter((c) => c.num && c.text !== '').map((c) => c.text)
    const heading = r.find(isGroupHeading)
    const opens = !!heading
    if (heading) [group, left] = [clean(heading), heading.rowSpan ?? 1]
    const inGroup = left > 0
    left--
    // The row's own label: its label cells but the headings spanning rows.
    const label = r.filter((c) => !c.num && c.text.trim() !== '' && (c.rowSpan ?? 1) === 1).map(clean).join('')
    const pre = inGroup ? [group] : []
    const ls = wrapLabel(label, w)
    // A row of blank cells prints only its label.
    if (cells.length === 0) return [...pre, ...ls]
    // The first row of a group, its cells before its heading and label (drawn; the first group always).
    if (opens && (cellsFirstDrawn === 0 || rand() < 0.5)) {
      cellsFirstDrawn++
      return [...cells, ...pre, ...ls]
    }
    if (ls.length < 2) return [...pre, label, ...cells]
    wrapped = true
    return [...pre, ls[0]!, cells[0]!, ...ls.slice(1), ...cells.slice(1)]
  }
  // Each part of the table (split by a page break): its header rows stay a table, its body goes to lines.
  const out = doc.flatMap((b): IRBlock[] => {
    if (b.kind !== 'table' || b.part !== 'requests') return [b]
    const first = b.rows.findIndex((r) => r.some((c) => c.num))
    const head = first < 0 ? b.rows : b.rows.slice(0, first)
    const lines = first < 0 ? [] : b.rows.slice(first).flatMap(rowLines)
    return [...(head.length ? [{ ...b, rows: head }] : []), ...lines.map((l) => para(l))]
  })
  return wrapped ? out : doc
}

export function streamLabelsRuleTags(on: boolean | undefined): string[] {
  return on ? ['t3:stream-labels'] : []
}
