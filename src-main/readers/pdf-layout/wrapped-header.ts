// The header lines over an unruled table whose column headings wrap inside narrow cells (「商业 / 企业」,
// 「社会 / 公益 / 组织」). A browser centres each cell's lines vertically, so a two-line heading and a
// three-line heading start half a line apart: grouped by baseline, the pieces of several headings
// run together on lines in no column order (「自然 社会 法律 总」 over 「商业 科研 其」, review rv18 c07,
// where 150 cells went unread as if the columns were printed in another order). The table's own
// number columns say where each column stands: every heading piece that lies inside one number
// column's zone is that column's, and the column's pieces, top to bottom, are its heading. The
// headings are then given as one line in the columns' order; a heading over several columns (申请人
// 情况, 法人或其他组织) and the text left of the number columns stay on their lines as printed.
import { joinItems, joinLines, splitOnGaps, type PdfItem, type PdfLine } from './text-join'

/** A header line rebuilt: its text, where it stands. */
export interface HeaderLine {
  text: string
  x0: number
  x1: number
  y: number
  size: number
}

/** Pieces of a line further apart than this (font sizes) are separate words. */
const PIECE_GAP_EM = 0.3
/** Fewer number columns than this: no table whose heading order matters. */
const MIN_COLUMNS = 3
const NUMBER = /^[\d\uff10-\uff19][\d\uff10-\uff19.,]*$/
/**
 * A zero printed as a sign or a dash alone (〇 无 O, 「－」 「—」 「/」): a cell that holds its column's place
 * as a number does (zero-signs.ts). A 小计 column of a small body is often zeros only: counted by its
 * numbers alone it was no column, its wrapped heading 「小 / 计」 was no column's and the header stayed unread.
 */
const ZERO_CELL = /^[〇○无無OＯ\-－—–/／]$/
/** Slack when a piece is tested against a zone's edges (points). */
const SLACK = 0.5

interface Zone {
  left: number
  right: number
  /** Where the column's numbers start. */
  x0: number
}

/** Glyphs closer than this (font sizes) are one piece: their boxes touch. */
const TOUCH_EM = 0.02

/**
 * The extents of a row's pieces, those whose boxes touch joined: an OFD draws a number glyph by glyph
 * (「409」 three text objects, each digit's box ending where the next begins), and taken apart the
 * digits of one cell were two pieces in one column — no column found, the header left unread (a 小计
 * heading never seen). Digits set apart by any visible gap stay apart.
 */
function glyphsJoined(items: readonly PdfItem[]): { x0: number; x1: number }[] {
  const out: { x0: number; x1: number }[] = []
  for (const it of [...items].sort((a, b) => a.x - b.x)) {
    const last = out[out.length - 1]
    if (last && it.x - last.x1 <= TOUCH_EM * it.size) last.x1 = Math.max(last.x1, it.x + it.w)
    else out.push({ x0: it.x, x1: it.x + it.w })
  }
  return out
}

/**
 * The x-extents of the pieces `isNumber` picks, merged where they overlap across rows (a column each);
 * null where a row holds two pieces in one column (digits spread over a cell: no clean columns).
 */
export function overlappingColumns(rows: readonly PdfItem[][], isNumber: (it: PdfItem) => boolean): { x0: number; x1: number }[] | null {
  const pieces = rows.flatMap((r, row) => glyphsJoined(r.filter(isNumber)).map((p) => ({ row, ...p })))
  pieces.sort((a, b) => a.x0 - b.x0)
  const cols: { x0: number; x1: number; rows: Set<number> }[] = []
  for (const p of pieces) {
    const last = cols[cols.length - 1]
    if (last && p.x0 <= last.x1) {
      if (last.rows.has(p.row)) return null
      last.rows.add(p.row)
      last.x1 = Math.max(last.x1, p.x1)
    } else cols.push({ x0: p.x0, x1: p.x1, rows: new Set([p.row]) })
  }
  return cols.map(({ x0, x1 }) => ({ x0, x1 }))
}

/**
 * The number columns of the rows: number pieces whose extents overlap, across rows, are one column.
 * Null where a row holds two pieces in one column (digits spread over a cell: no clean columns).
 */
export function numberZones(rows: readonly PdfItem[][]): Zone[] | null {
  const cols = overlappingColumns(rows, (it) => NUMBER.test(it.str.trim()) || ZERO_CELL.test(it.str.trim()))
  if (!cols || cols.length < MIN_COLUMNS) return null
  // Each column's zone reaches half way to its neighbours (as far on the outer side).
  return cols.map((c, k) => {
    const leftGap = k > 0 ? (c.x0 - cols[k - 1]!.x1) / 2 : (cols[1]!.x0 - c.x1) / 2
    const rightGap = k < cols.length - 1 ? (cols[k + 1]!.x0 - c.x1) / 2 : (c.x0 - cols[k - 1]!.x1) / 2
    return { left: c.x0 - leftGap, right: c.x1 + rightGap, x0: c.x0 }
  })
}

/**
 * The header block above the table's first row, rebuilt: `header` are the lines over the first row,
 * nearest last; `rows` the number pieces of each row. Returns the lines to print in their place (top
 * to bottom), or null where the header is left as it is: no wrapped headings, a piece that crosses
 * a column's zone below the spanning headings, a column without a heading, no clean number columns.
 */
export function wrappedHeader(header: readonly PdfLine[], rows: readonly PdfItem[][]): { lines: HeaderLine[]; taken: number } | null {
  const zones = numberZones(rows)
  if (!zones) return null
  const first = zones[0]!.left - SLACK
  const zoneOf = (p: PdfItem[]): number => {
    const x0 = p[0]!.x
    const x1 = Math.max(...p.map((it) => it.x + it.w))
    const inside = zones.findIndex((z) => x0 >= z.left - SLACK && x1 <= z.right + SLACK)
    if (inside >= 0) return inside
    // A heading set flush left in its cell, as its numbers are (「商业」 over 「39」 in a narrow column),
    // may run past half way to the next column: it is the column's where it starts at or right of the
    // column's numbers and ends before the next column's numbers begin. Words only: a row's cells
    // (「0 件」) above the run are no heading.
    const words = joinItems(p).replace(/\s/g, '')
    if (/[\d\uff10-\uff19]/.test(words) || [...words].length < 2) return -1
    return zones.findIndex((z, k) => k < zones.length - 1 && x0 >= z.x0 - SLACK && x1 <= zones[k + 1]!.x0 + SLACK)
  }
  // Walk up from the first row while lines stand close together and none runs from the label
  // column into the number columns (prose, a section heading).
  const block: PdfItem[][][] = []
  let below = header.length ? header[header.length - 1]! : null
  for (let k = header.length - 1; k >= 0; k--) {
    const line = header[k]!
    if (k < header.length - 1 && line.y - below!.y > 2 * Math.max(line.size, below!.size)) break
    const pieces = splitOnGaps(line.items, PIECE_GAP_EM)
    if (pieces.some((p) => p[0]!.x < first && Math.max(...p.map((it) => it.x + it.w)) > first)) break
    block.unshift(pieces)
    below = line
  }
  const lines = header.slice(header.length - block.length)
  // Lines above the first line with a heading piece inside a zone may hold headings over several
  // columns; from that line down, every piece is left of the number columns or inside one zone.
  const top = block.findIndex((pieces) => pieces.some((p) => zoneOf(p) >= 0))
  if (top < 0) return null
  const columns: PdfItem[][][] = zones.map(() => [])
  const out: HeaderLine[] = []
  for (const [n, pieces] of block.entries()) {
    const line = lines[n]!
    const rest: PdfItem[][] = []
    const inZone = new Map<number, PdfItem[]>()
    for (const p of pieces) {
      const z = n >= top ? zoneOf(p) : -1
      if (z >= 0) inZone.set(z, [...(inZone.get(z) ?? []), ...p])
      else if (n >= top && p[0]!.x >= first) return null
      else rest.push(p)
    }
    for (const [z, items] of inZone) columns[z]!.push(items)
    if (rest.length) {
      const items = rest.flat()
      out.push({ text: joinItems(items), x0: items[0]!.x, x1: Math.max(...items.map((it) => it.x + it.w)), y: line.y, size: line.size })
    }
  }
  // Every column has a heading, and headings wrap (two columns' headings on more than one line).
  if (columns.some((c) => c.length === 0) || columns.filter((c) => c.length > 1).length < 2) return null
  const texts = columns.map((c) => joinLines(c.map((items) => joinItems(items))))
  const last = lines[lines.length - 1]!
  const all = columns.flat(2)
  out.push({ text: texts.join(' '), x0: Math.min(...all.map((it) => it.x)), x1: Math.max(...all.map((it) => it.x + it.w)), y: last.y, size: last.size })
  return { lines: out, taken: lines.length }
}
