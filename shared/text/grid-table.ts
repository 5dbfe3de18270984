// Grid tables (pandoc's default for tables whose cells wrap, reStructuredText's "grid" tables):
//
//   +--------------+--------------+
//   | 信息内容     | 本年新制作数 |
//   |              | 量           |
//   +==============+==============+
//   | 规章         | 0            |
//   +--------------+--------------+
//
// A row is every `|` line between two `+---+` rules; each line holds one piece of each cell, so a
// cell's text is its pieces joined. Read line by line, the wrapped heading above becomes two rows
// (「本年新制作数」 and 「量」) and a wrapped label two half-labels. The table is rewritten into one
// pipe row per grid row, keeping the file's line count (line numbers are the numbers' provenance):
// the row stands on its first line; the rules and the row's other lines become pipe rules.

/** A grid table's rule: `+----+----+`, `+====+====+`, with alignment colons. */
const GRID_RULE = /^\s*\+(?:[-=:]+\+)+\s*$/
/** A line of a grid row: `| a | b |`. */
const GRID_LINE = /^\s*\|.*\|\s*$/
/** What a grid rule or a continuation line becomes: a pipe table's rule, which keeps the table going. */
const AS_RULE = '|---|'

const pieces = (line: string): string[] => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim())

/**
 * A cell's pieces joined. Chinese text wraps anywhere and joins without a space; two pieces that
 * meet digit to digit keep a space between them (two counts stacked in one cell are never glued
 * into one larger number); Latin words keep their space.
 */
export function joinPieces(parts: string[]): string {
  let out = ''
  for (const p of parts.filter((x) => x !== '')) {
    const last = out[out.length - 1] ?? ''
    const gap = out !== '' && ((/\d/.test(last) && /^\d/.test(p)) || (/[A-Za-z]/.test(last) && /^[A-Za-z]/.test(p)))
    out += (gap ? ' ' : '') + p
  }
  return out
}

/**
 * Every grid table in `lines` rewritten as pipe rows (same number of lines). A row whose lines split
 * into different numbers of cells (a cell spanning columns in one of them) is left as printed, line
 * by line, as is every line of a table that does not close with a rule.
 */
export function gridTablesAsPipeRows(lines: string[]): string[] {
  const out = [...lines]
  let i = 0
  while (i < lines.length) {
    if (!GRID_RULE.test(lines[i] ?? '')) {
      i++
      continue
    }
    // A run of rows: rule, lines, rule, lines, … rule.
    const start = i
    const rows: { from: number; to: number }[] = []
    let j = i + 1
    while (j < lines.length && GRID_LINE.test(lines[j] ?? '')) {
      let k = j
      while (k < lines.length && GRID_LINE.test(lines[k] ?? '')) k++
      if (!GRID_RULE.test(lines[k] ?? '')) break
      rows.push({ from: j, to: k })
      j = k + 1
    }
    if (!rows.length) {
      i++
      continue
    }
    for (const row of rows) {
      const split = lines.slice(row.from, row.to).map(pieces)
      const width = split[0]!.length
      if (split.some((p) => p.length !== width)) continue
      const cells = Array.from({ length: width }, (_, c) => joinPieces(split.map((p) => p[c]!)))
      out[row.from] = `| ${cells.join(' | ')} |`
      for (let k = row.from + 1; k < row.to; k++) out[k] = AS_RULE
    }
    // The rules between the rows keep the rows one table.
    for (let k = start; k < (rows[rows.length - 1]!.to) + 1; k++) if (GRID_RULE.test(lines[k] ?? '')) out[k] = AS_RULE
    i = rows[rows.length - 1]!.to + 1
  }
  return out
}
