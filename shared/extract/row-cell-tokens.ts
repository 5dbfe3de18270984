// Numbers standing among a table row's cells. Where the source bounds the cells (a ruled PDF/OFD
// table, a DOCX/HTML table: cells joined by CELL_SEP in the flat text), a number with a cell
// separator beside it on its line is a printed cell: a reading may not leave it out as a stray
// figure (a page number) to make the row's sums hold (review hr33 W2: 「1 | 2 | 2 | 3 | 1 066 | 0 |
// 1 074」 read 1|2|3|1|66|1|74, the real 2 and 0 dropped "as page numbers").
import type { CellToken } from './cells'
import { BLANK_CELL, CELL_SEP } from './flat-marks'
import { groupedDigitTokens } from './grouped-digits'

interface Token {
  start: number
  end: number
}

const CELL_BOUND = new RegExp(`[${CELL_SEP}${BLANK_CELL}]`)

/** Between two tokens on one line with a cell separator in between. */
const cellBoundBetween = (text: string, from: number, to: number): boolean => {
  const gap = text.slice(from, to)
  return !gap.includes('\n') && CELL_BOUND.test(gap)
}

/** Indexes of the tokens with a table row's cell separator beside them on their line. */
export function tokensAmongRowCells(tokens: readonly Token[], text: string): Set<number> {
  const out = new Set<number>()
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!cellBoundBetween(text, tokens[i]!.end, tokens[i + 1]!.start)) continue
    out.add(i)
    out.add(i + 1)
  }
  return out
}

/**
 * The first two neighbouring tokens that stand in one bounded cell: apart by spaces only, on a line
 * whose cells the source bounds (a cell separator on it). Letter-spaced digits (「1 1」 for 11) or a
 * space-grouped number (「1 066」): one number or two is not printed, so no reading that takes them as
 * two cells, or leaves one out, is proven by any sum (review hr33 W4). Null where there are none.
 */
export function tokensSharingCell(tokens: readonly Token[], text: string): [number, number] | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!
    const b = tokens[i + 1]!
    if (!/^[ \u00a0\u2009\u202f\u3000]+$/.test(text.slice(a.end, b.start))) continue
    const lineStart = text.lastIndexOf('\n', a.start) + 1
    const lineEnd = text.indexOf('\n', b.end)
    if (CELL_BOUND.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) return [i, i + 1]
  }
  return null
}

/**
 * A run's tokens marked as a reading must treat them: `grouped` (a digit group of a space-grouped
 * number, grouped-digits.ts) and `inRow` (a printed cell among a row's cell separators).
 */
export function markedRunTokens(tokens: CellToken[], text: string): CellToken[] {
  const grouped = groupedDigitTokens(tokens, text)
  const inRow = tokensAmongRowCells(tokens, text)
  if (grouped.size === 0 && inRow.size === 0) return tokens
  return tokens.map((t, i) => (grouped.has(i) || inRow.has(i) ? { ...t, ...(grouped.has(i) ? { grouped: true } : {}), ...(inRow.has(i) ? { inRow: true } : {}) } : t))
}

/** The printed text of the first two numbers sharing one bounded cell (「2 6」), digit groups aside; null where none do. */
export function sharedCellText(tokens: readonly CellToken[], text: string): string | null {
  const ungrouped = tokens.filter((t) => !t.grouped)
  const pair = tokensSharingCell(ungrouped, text)
  return pair ? text.slice(ungrouped[pair[0]]!.start, ungrouped[pair[1]]!.end) : null
}
