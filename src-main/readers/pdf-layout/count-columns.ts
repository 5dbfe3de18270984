// Count cells of an unruled table read from page pictures (OCR), where the table's rules were lost
// (a worn, soft copy): each box the detector found is a word of its own, so a count (a number or 无,
// none) is a cell even where it stands close to the next one (「无无」 two cells, not one word), and a
// row's counts are put in the table's columns by their x positions, found from all the rows' counts
// together. A count missing from a row (a box left out as doubtful) leaves its column's cell blank —
// unread, never a neighbour's number moved over. A row whose counts do not fall one to a column is
// left as it was.
import { joinItems, type PdfItem } from './text-join'

const NUMBER = /^[\d\uff10-\uff19]+(?:[.,][\d\uff10-\uff19]+)*$/
const NONE = /^无$/

/** A piece that is one count cell: a number, or 无 alone. */
export function isCountPiece(text: string): boolean {
  const t = text.trim()
  return NUMBER.test(t) || NONE.test(t)
}

/**
 * Segments (pieces split on wide gaps) cut further so that each count piece stands alone: 无 always
 * (no word is 无无), a number where a gap of at least a character parts it from the piece before (the
 * digits of one number read as two boxes stand closer).
 */
export function countSegments(segs: PdfItem[][]): PdfItem[][] {
  const out: PdfItem[][] = []
  for (const seg of segs) {
    let cur: PdfItem[] = []
    for (const it of seg) {
      const prev = cur[cur.length - 1]
      const apart = prev !== undefined && it.x - (prev.x + prev.w) >= 0.8 * it.size
      const count = isCountPiece(it.str)
      const prevCount = prev !== undefined && isCountPiece(prev.str)
      if (prev && ((count && (NONE.test(it.str.trim()) || apart || !prevCount)) || (prevCount && (NONE.test(prev.str.trim()) || apart)))) {
        out.push(cur)
        cur = []
      }
      cur.push(it)
    }
    if (cur.length) out.push(cur)
  }
  return out
}

const centre = (g: PdfItem[]): number => (g[0]!.x + Math.max(...g.map((it) => it.x + it.w))) / 2

/** Column centres: the counts' centres gathered where they lie within `tol` of each other; a column
 *  needs counts in at least two rows. */
function columnCentres(rows: PdfItem[][][], tol: number): number[] {
  const cs = rows.flatMap((r, i) => r.filter((g) => isCountPiece(cellText(g))).map((g) => ({ x: centre(g), row: i }))).sort((a, b) => a.x - b.x)
  const groups: { x: number; row: number }[][] = []
  for (const c of cs) {
    const last = groups[groups.length - 1]
    if (last && c.x - last[last.length - 1]!.x <= tol) last.push(c)
    else groups.push([c])
  }
  return groups.filter((g) => new Set(g.map((c) => c.row)).size >= 2).map((g) => g.reduce((s, c) => s + c.x, 0) / g.length)
}

/** A 无 with its cell's rule read beside it as a 1 or a stroke (「1无」, 「无|」), or a speck as a dot
 *  (「无.」): no wider than one glyph and a half, so no digit of its own stands there. */
const NONE_WITH_RULE = /^(?:[1lI|!.,:]无|无[1lI|!.,:])$/

/** The piece's text as a cell: a 无 with a rule or speck beside it is 无. */
function cellText(g: PdfItem[]): string {
  const t = joinItems(g).trim()
  const w = Math.max(...g.map((it) => it.x + it.w)) - g[0]!.x
  return NONE_WITH_RULE.test(t) && w <= 1.5 * g[0]!.size ? '无' : t
}

const midY = (row: PdfItem[][]): number => {
  const ys = row.filter((g) => isCountPiece(cellText(g))).map((g) => g[0]!.y).sort((a, b) => a - b)
  return ys.length ? ys[ys.length >> 1]! : NaN
}

/**
 * One row's boxes found as two lines (a wrapped label's line beside it took some of its counts): two
 * lines next to each other whose counts lie within half a glyph in height and never in one column
 * are one row. Segments and texts are joined in x order.
 */
function joinSplitRows(segs: PdfItem[][][], texts: string[][], leads: number[], cols: number[], tol: number, size: number): { segs: PdfItem[][][]; texts: string[][]; leads: number[] } {
  const colOf = (g: PdfItem[]): number => (isCountPiece(cellText(g)) ? cols.findIndex((c) => Math.abs(c - centre(g)) <= tol) : -1)
  const outS: PdfItem[][][] = [], outT: string[][] = [], outL: number[] = []
  for (let r = 0; r < segs.length; r++) {
    const a = segs[r]!, b = segs[r + 1]
    const ca = a.map(colOf).filter((k) => k >= 0), cb = b?.map(colOf).filter((k) => k >= 0) ?? []
    if (b && ca.length && cb.length && leads[r + 1] === 0 && Math.abs(midY(a) - midY(b)) <= 0.5 * size && !ca.some((k) => cb.includes(k))) {
      const both = [...a.map((g, i) => ({ g, t: texts[r]![i]!, a: i === 0 })), ...b.map((g, i) => ({ g, t: texts[r + 1]![i]!, a: false }))].sort((x, y) => centre(x.g) - centre(y.g))
      // Row a's wrapped label part stands in front of its first piece: kept only where that stays first.
      if (leads[r]! > 0 && !both[0]!.a) {
        outS.push(a)
        outT.push(texts[r]!)
        outL.push(leads[r]!)
        continue
      }
      outS.push(both.map((x) => x.g))
      outT.push(both.map((x) => x.t))
      outL.push(leads[r]!)
      r++
      continue
    }
    outS.push(a)
    outT.push(texts[r]!)
    outL.push(leads[r]!)
  }
  return { segs: outS, texts: outT, leads: outL }
}

/**
 * Each row's cells with its counts placed by column: the pieces left of the first column as they are
 * (its label), then one cell per column, blank where the row has nothing there (a speck far smaller
 * than the row's glyphs counts as nothing). Rows are given as their segments; `texts` are the row's
 * cell texts, `rowLeads` the length of a wrapped label's part put in front of the first. Where fewer than three columns
 * are found, or a row's pieces do not fall one to a column, that row's cells stay as they were.
 */
export function cellsByColumn(rowSegs: PdfItem[][][], rowTexts: string[][], rowLeads: number[], size: number): string[][] {
  const tol = 1.2 * size
  const cols = columnCentres(rowSegs, tol)
  if (cols.length < 3) return rowTexts
  const { segs, texts, leads } = joinSplitRows(rowSegs, rowTexts, rowLeads, cols, tol, size)
  return segs.map((row, r) => {
    if (!row.some((g) => isCountPiece(cellText(g)))) return texts[r]!
    const label: string[] = []
    const placed: string[] = cols.map(() => '')
    for (const [n, g] of row.entries()) {
      const x = centre(g)
      if (x < cols[0]! - tol) {
        if (label.length < n) return texts[r]!
        label.push(texts[r]![n]!)
        continue
      }
      if (!isCountPiece(cellText(g)) && Math.max(...g.map((it) => it.size)) < 0.6 * size) continue
      const k = cols.findIndex((c) => Math.abs(c - x) <= tol)
      if (k < 0 || placed[k] !== '') return texts[r]!
      placed[k] = cellText(g)
    }
    // A wrapped label's part put in front of a row that starts with a count (no label of its own),
    // and the label's rest a line below may have been put after it.
    const first = texts[r]![0]!, own = joinItems(row[0]!), lead = leads[r]!
    if (label.length === 0 && lead > 0 && first.slice(lead, lead + own.length) === own) label.push(first.slice(0, lead) + first.slice(lead + own.length))
    return [...label, ...placed]
  })
}
