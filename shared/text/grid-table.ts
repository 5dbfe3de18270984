// Grid tables (pandoc's default Markdown for tables whose cells wrap; reStructuredText's grid tables):
//
//   +--------------+--------------+
//   | 信息内容     | 本年新制作数 |
//   |              | 量           |
//   +==============+==============+
//   | 规章         | 0            |
//   +--------------+--------------+
//
// A row is every `|` line between two rules; each line holds one piece of each cell, so a cell's
// text is its pieces joined. Read line by line, the wrapped heading above becomes two rows
// (「本年新制作数」 and 「量」) and a wrapped label two half-labels. The table is rewritten into one
// pipe row per grid row, keeping the file's line count (line numbers are the numbers' provenance):
// a row stands on its first line; the rules and the row's other lines become pipe rules.
import { gridRowsBySpans } from './grid-table-spans'
import { joinPieces } from './grid-table-join'

/** A grid table's full rule: `+----+----+`, `+====+====+`, with alignment colons. */
const GRID_RULE = /^\s*\+(?:[-=:]+\+)+\s*$/
/** A line inside a grid table: a row's line (`| a | b |`) or a rule, whole or broken by a merged cell (`|    +----+`). */
const GRID_LINE = /^\s*[|+].*[|+]\s*$/
/** What a rule or a row's further line becomes: a pipe table's rule, which keeps the table going. */
const AS_RULE = '|---|'

const pieces = (line: string): string[] => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim())
const pipeRow = (cells: string[]): string => `| ${cells.join(' | ')} |`

/** The table's last line: the last full rule after its top one (or the first of two rules in a row), or null. */
function tableEnd(lines: string[], start: number): number | null {
  let last: number | null = null
  for (let k = start + 1; k < lines.length && GRID_LINE.test(lines[k] ?? ''); k++) {
    if (!GRID_RULE.test(lines[k] ?? '')) continue
    last = k
    // Two full rules in a row: one table's bottom and the next one's top.
    if (GRID_RULE.test(lines[k + 1] ?? '')) break
  }
  return last
}

/**
 * Without merged cells, by `|`: each row's lines split into cells and joined column by column; a row
 * whose lines split into different numbers of cells is left as printed.
 */
function rowsBySplit(table: string[], out: string[], offset: number): void {
  let k = 1
  while (k < table.length) {
    let to = k
    while (to < table.length && !GRID_RULE.test(table[to]!)) to++
    const split = table.slice(k, to).map(pieces)
    if (split.length && split.every((p) => p.length === split[0]!.length)) {
      out[offset + k] = pipeRow(split[0]!.map((_, c) => joinPieces(split.map((p) => p[c]!))))
      for (let j = k + 1; j < to; j++) out[offset + j] = AS_RULE
    }
    k = to + 1
  }
}

/** Every grid table in `lines` rewritten as pipe rows (same number of lines). */
export function gridTablesAsPipeRows(lines: string[]): string[] {
  const out = [...lines]
  let i = 0
  while (i < lines.length) {
    const end = GRID_RULE.test(lines[i] ?? '') ? tableEnd(lines, i) : null
    if (end === null) {
      i++
      continue
    }
    const table = lines.slice(i, end + 1)
    const spans = gridRowsBySpans(table)
    if (spans) {
      for (let k = 0; k < table.length; k++) out[i + k] = AS_RULE
      spans.rows.forEach((cells, r) => (out[i + spans.lines[r]!] = pipeRow(cells)))
    } else {
      rowsBySplit(table, out, i)
      for (let k = 0; k < table.length; k++) if (GRID_RULE.test(table[k]!)) out[i + k] = AS_RULE
    }
    i = end + 1
  }
  return out
}
