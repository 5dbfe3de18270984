// Table-三 numbers broken over lines inside narrow cells (pdftotext -layout of a PDF whose number
// columns are narrow): a number too long for its cell wraps, and the row prints as three lines — the
// wrapped numbers' heads on a line of their own above the row, the row's label and its other cells,
// then the numbers' rests on a line below (「２１,０ … ８２ ２１,８」 / 「一、本年新收… ３７１ ０ ０ ４２７ ２８」
// / 「０７ … ６ ３３」). Read as printed, the rest line's pieces become the row's last cells and the
// head line is dropped: a row shifted, read wrong.
//
// Stitched only where proven: every head above pairs with one rest below in the same columns (their
// character ranges overlap), the row line prints nothing there, each joined number is well formed
// (no leading 0, thousands groups of three), and the stitched row then holds its own total (with or
// without a 小计 column). Otherwise the head and rest lines are blanked and the row between them is
// left empty with a note. Text length is kept, so positions (provenance) hold after the row.
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { WIDTH } from './requests-run'
import { rowName } from './requests-proof'
import { toHalfWidthDigits } from './numbers-cn'

export interface BrokenNumbers {
  text: string
  /** Rows whose numbers were broken over lines and could not be stitched: the row line's range, and why. */
  unproven: { start: number; end: number; shown: string }[]
}

interface Piece {
  text: string
  start: number
  end: number
}

/**
 * A piece of a wrapped count: digits with thousands commas (a rest may start with its comma), maybe
 * ending in the count's unit (「2件」 wraps as 「2」 / 「件」), or the unit alone. The three forms start
 * differently (digit, comma, unit): overlapping forms made a long line of numbers that is not all
 * pieces take exponential time to refuse (an OCR'd page hung the import).
 */
const PIECE = '(?:[0-9０-９][0-9０-９,，]*[件个项条次]?|[,，][0-9０-９][0-9０-９,，]*[件个项条次]?|[件个项条次])'
/** A line of such pieces only. */
const PIECES_ONLY = new RegExp(`^[ \u3000]*${PIECE}(?:[ \u3000]+${PIECE})*[ \u3000]*$`)
const UNIT = /[件个项条次]$/
const UNIT_ONLY = /^[件个项条次]$/
const DASH = /^[-－—–―/／]{1,3}$/

/**
 * A cell 「82<br>件」 or 「/<br>件」 of an unruled PDF table whose label sits between the cell's two lines
 * (`pdftotext -layout`, review rv24 Y_R23): the counts or dashes on a line above the label's line, each
 * unit alone below it in the same column — the unit's line may start with the label's wrapped rest
 * (「息      件   件 …」). Such a cell is the count above; the label between its lines is its row's.
 */
const HEADS_WITH_DASHES = /^[ \u3000]*(?:[0-9０-９][0-9０-９,，]*|[-－—–―/／]{1,3})(?:[ \u3000]+(?:[0-9０-９][0-9０-９,，]*|[-－—–―/／]{1,3}))*[ \u3000]*$/
/** A line ending in lone units after the label's wrapped rest (or after nothing): where its units start. */
const UNITS_TAIL = /^(?:[ \u3000]*[^\s\u3000\d０-９件个项条次][^\d０-９]*?[ \u3000]{2,})?(?=[ \u3000]*[件个项条次](?:[ \u3000]+[件个项条次])*[ \u3000]*$)/

/** Where the lone units of `line` start (0 where it is all units), or -1 where it is not such a line. */
function unitsStart(line: string): number {
  const m = UNITS_TAIL.exec(line)
  return m ? m[0].length : -1
}

const ascii = (s: string): string => toHalfWidthDigits(s).replace(/，/g, ',')

function piecesOf(line: string): Piece[] {
  const out: Piece[] = []
  for (const m of line.matchAll(/[^ \u3000]+/g)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length })
  return out
}

const overlaps = (a: Piece, b: Piece): boolean => a.start < b.end && b.start < a.end

/** Head and rest joined, as plain digits; null when not a well-formed count. */
function joined(head: string, rest: string): string | null {
  if (UNIT.test(head)) return null
  const s = ascii(head + rest).replace(UNIT, '')
  // Only the unit below (a cell 「0<br>件」): the head is the whole count, and a lone 0 is one.
  if (s === '0' && UNIT_ONLY.test(rest)) return s
  if (!/^[1-9]/.test(s)) return null
  if (s.includes(',') && !/^\d{1,3}(?:,\d{3})+$/.test(s)) return null
  return s.replace(/,/g, '')
}

/** The row's cells printed after its label: numbers, dashes as 0; null when anything else stands among them. */
function rowCells(line: string): number[] | null {
  const toks = piecesOf(line)
  const cells: number[] = []
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = ascii(toks[i]!.text)
    if (/^\d+$/.test(t)) cells.unshift(Number(t))
    else if (DASH.test(t)) cells.unshift(0)
    else return cells
  }
  return null
}

/** The row's own total: every cell but the last sums to it, or with a 小计 column (the organisations' sum beside 自然人). */
export function stitchedRowHolds(v: number[]): boolean {
  const n = v.length
  const s = v.slice(0, -1).reduce((a, b) => a + b, 0)
  const total = v[n - 1]!
  if (n === WIDTH) return s === total
  if (n !== WIDTH + 1) return false
  for (let p = 0; p < n - 1; p++) {
    if (s - v[p]! !== total) continue
    // 小计 + 自然人 = 总计, 自然人 first or last before 总计.
    for (const q of [0, n - 2]) if (q !== p && v[q]! + v[p]! === total) return true
  }
  return false
}

/** The row line with the joined numbers placed in their columns. */
function stitchLine(line: string, joins: { at: number; text: string }[]): string {
  const items = [...piecesOf(line).map((p) => ({ at: p.start, text: p.text })), ...joins].sort((a, b) => a.at - b.at)
  let out = ''
  for (const it of items) out = out.padEnd(out === '' ? it.at : Math.max(it.at, out.length + 1), ' ') + it.text
  return out
}

/**
 * The triple above / row / below: 'none' where it is not a row between heads and rests (pieces not
 * paired column by column, or the row line printing something in their columns — a cell per line,
 * rows of numbers one under another); else the stitched row line, or 'unproven' where a joined number
 * is not well formed or the stitched row fails its own total.
 */
function stitch(above: string, row: string, below: string, unitsFrom = 0): string | 'none' | 'unproven' {
  const heads = piecesOf(above)
  const rests = piecesOf(below).filter((r) => r.start >= unitsFrom)
  if (heads.length !== rests.length) return 'none'
  // Dashes above, or the label's rest before the units below: only a cell's lone unit may be its rest.
  if ((unitsFrom > 0 || heads.some((h) => DASH.test(h.text))) && !rests.every((r) => UNIT_ONLY.test(r.text))) return 'none'
  const joins: { at: number; text: string }[] = []
  let wellFormed = true
  for (let i = 0; i < heads.length; i++) {
    const h = heads[i]!
    const r = rests[i]!
    // Each head over exactly its own rest, in columns the row line leaves empty.
    if (!overlaps(h, r) || rests.some((x, k) => k !== i && overlaps(h, x)) || heads.some((x, k) => k !== i && overlaps(x, r))) return 'none'
    const at = Math.min(h.start, r.start)
    if (row.slice(at, Math.max(h.end, r.end)).trim() !== '') return 'none'
    const digits = DASH.test(h.text) ? h.text : joined(h.text, r.text)
    if (digits === null) wellFormed = false
    joins.push({ at, text: digits ?? '' })
  }
  if (!wellFormed) return 'unproven'
  const line = stitchLine(row, joins)
  const cells = rowCells(line)
  return cells && stitchedRowHolds(cells) ? line : 'unproven'
}

/**
 * Finds rows printed between a line of number heads and a line of number rests, and stitches them
 * where proven (see the top of this file). A line of pieces serves one row at most: when two rows
 * would take it, neither is stitched.
 */
export function stitchBrokenNumbers(text: string): BrokenNumbers {
  const lines = text.split('\n')
  const pieces = lines.map((l) => PIECES_ONLY.test(l))
  const heads = lines.map((l, i) => pieces[i] || HEADS_WITH_DASHES.test(l))
  // Where each line's lone units start (a unit line below a row may begin with the label's rest).
  const unitsAt = lines.map((l, i) => (pieces[i] ? 0 : unitsStart(l)))
  const isRow = (i: number): boolean => !pieces[i] && (lines[i] ?? '').trim() !== '' && /[^\s\u3000\d０-９,，\-－—–―/／]/.test(lines[i]!)
  const found: { i: number; line: string | null }[] = []
  for (let i = 1; i < lines.length - 1; i++) {
    if (!heads[i - 1] || unitsAt[i + 1]! < 0 || !isRow(i)) continue
    // Not a pieces line everywhere: only dashes above or a label's rest below, with lone units as rests.
    const s = stitch(lines[i - 1]!, lines[i]!, lines[i + 1]!, unitsAt[i + 1]!)
    if (s !== 'none') found.push({ i, line: s === 'unproven' ? null : s })
  }
  if (!found.length) return { text, unproven: [] }
  // A pieces line between two rows (the rest of one, the head of the next): it belongs to the stitched one.
  const usedBy = new Map<number, number>()
  for (const f of found) if (f.line !== null) for (const k of [f.i - 1, f.i + 1]) usedBy.set(k, (usedBy.get(k) ?? 0) + 1)
  const out = [...lines]
  const unprovenRows: number[] = []
  for (const f of found) {
    const shared = [f.i - 1, f.i + 1].some((k) => (usedBy.get(k) ?? 0) > 1)
    if (f.line !== null && !shared) {
      const [a, r, b] = [lines[f.i - 1]!, lines[f.i]!, lines[f.i + 1]!]
      // The rest line keeps the label's rest before its units; the room the stitched line takes comes from the rest line, then the head line.
      const keep = unitsAt[f.i + 1]!
      const need = f.line.length - r.length
      const fromB = Math.max(0, Math.min(need, b.length - keep))
      if (need - fromB <= a.length) {
        out[f.i - 1] = ' '.repeat(a.length - (need - fromB))
        out[f.i] = f.line
        out[f.i + 1] = b.slice(0, keep) + ' '.repeat(b.length - keep - fromB)
        continue
      }
    }
    // Pieces both rows beside it could take, yet only one did: still not this row's.
    if (f.line === null && [f.i - 1, f.i + 1].every((k) => usedBy.has(k))) continue
    unprovenRows.push(f.i)
    for (const k of [f.i - 1, f.i + 1]) if (!usedBy.has(k)) out[k] = k === f.i + 1 ? lines[k]!.slice(0, unitsAt[k]!) + ' '.repeat(lines[k]!.length - unitsAt[k]!) : ' '.repeat(lines[k]!.length)
  }
  const starts: number[] = []
  let at = 0
  for (const l of out) {
    starts.push(at)
    at += l.length + 1
  }
  const unproven = unprovenRows.map((i) => ({
    start: starts[i]!,
    end: starts[i]! + out[i]!.length,
    shown: `${lines[i - 1]!.trim()} / ${lines[i + 1]!.trim()}`.replace(/[ \u3000]+/g, ' ').slice(0, 40),
  }))
  return { text: out.join('\n'), unproven }
}

/** Rows printed on a line whose broken numbers could not be stitched: emptied, each with a note. */
export function unreadRowsWithBrokenNumbers(
  rows: Partial<Record<RequestRowKey, RequestRow>>,
  how: Partial<Record<RequestRowKey, unknown>>,
  spans: readonly { key: RequestRowKey; labelStart: number | null; cellsStart: number; cellsEnd: number }[],
  unproven: BrokenNumbers['unproven'],
  notes: ExtractionNote[],
): Partial<Record<RequestRowKey, RequestRow>> {
  if (!unproven.length) return rows
  for (const u of unproven) notes.push({ field: 'requests', message: `表三有一行的数字在窄格中折成上下两行（${u.shown}），拼合后不合乎本行合计，该行未读取。` })
  let out = rows
  for (const s of spans) {
    const u = unproven.find((x) => (s.labelStart !== null && s.labelStart >= x.start && s.labelStart <= x.end) || (s.cellsStart <= x.end && s.cellsEnd >= x.start))
    const row = out[s.key]
    if (!u || !row || row.every((x) => x === null)) continue
    out = { ...out, [s.key]: row.map(() => null) }
    delete how[s.key]
    notes.push({
      field: `requests.${s.key}`,
      message: `表三「${rowName(s.key)}」行有数字在窄格中折成上下两行（${u.shown}），不能证明如何拼合，未读取。`,
    })
  }
  return out
}
