// A table 三 printed as two tables side by side whose parts a text table ran into one: Markdown pipe
// rows with no blank line between the two tables are one table to the text reader, the second part's
// header rows among the first part's rows. Such a table is cut where the second part's header begins:
// at the first row after the last one naming a template row, above a row that prints 总计 as a
// heading of its own, where the rows above are a first part (a table
// 三 with the template's first few columns only) and the rows from there hold the rest's headings.
import type { Block, TableBlock } from '../model/document'
import { clean, firstColumnsOnly, holdsRest, MAX_PART_ROWS, rowKeys } from './side-split-parts'

/** A table 三's part has its header and 18–27 rows: a cut leaving fewer on either side is none. */
const MIN_FIRST_ROWS = 10
/** Header rows of the rest above its 总计 heading (a caption, a two-level heading). */
const MAX_HEADER_ABOVE = 3

function cutApart(t: TableBlock): [TableBlock, TableBlock] | null {
  const named = t.rows.map((row) => row.some((c) => rowKeys(c.text) !== ''))
  const counts = t.rows.map((row) => row.some((c) => /\d/.test(clean(c.text))))
  // A first part is a table 三 (no more than MAX_PART_ROWS rows): no cut is looked for further down (bounds the work).
  for (let at = MIN_FIRST_ROWS; at < Math.min(t.rows.length, MAX_PART_ROWS + 1); at++) {
    if (!t.rows[at]!.some((c) => clean(c.text) === '总计')) continue
    // Header rows hold no counts (a body row labelled 总计 is no cut), and the rest has a table 三's rows below them.
    if (counts[at] || t.rows.length - at < MIN_FIRST_ROWS) continue
    // The rest's header may start a few rows above its 总计 (序号, a caption 申请人情况): right after the last row naming a template row or holding counts.
    let r = at
    while (r > at - MAX_HEADER_ABOVE && r > MIN_FIRST_ROWS && !named[r - 1] && !counts[r - 1]) r--
    const first: TableBlock = { ...t, rows: t.rows.slice(0, r), ...(t.rowPages ? { rowPages: t.rowPages.slice(0, r) } : {}) }
    const rest: TableBlock = { ...t, rows: t.rows.slice(r), ...(t.rowPages ? { rowPages: t.rowPages.slice(r) } : {}) }
    const k = firstColumnsOnly(first)
    if (k && holdsRest(rest, k)) return [first, rest]
  }
  return null
}

/** The blocks with each table that holds both parts of a side-split table 三 cut in two. */
export function partsApart(blocks: Block[]): Block[] {
  return blocks.flatMap((b) => (b.kind === 'table' && !b.rowScans ? (cutApart(b) ?? [b]) : [b]))
}
