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
  const cs = rows.flatMap((r, i) => r.filter((g) => isCountPiece(joinItems(g))).map((g) => ({ x: centre(g), row: i }))).sort((a, b) => a.x - b.x)
  const groups: { x: number; row: number }[][] = []
  for (const c of cs) {
    const last = groups[groups.length - 1]
    if (last && c.x - last[last.length - 1]!.x <= tol) last.push(c)
    else groups.push([c])
  }
  return groups.filter((g) => new Set(g.map((c) => c.row)).size >= 2).map((g) => g.reduce((s, c) => s + c.x, 0) / g.length)
}

/**
 * Each row's cells with its counts placed by column: the pieces left of the first column as they are
 * (its label), then one cell per column, blank where the row has nothing there. Rows are given as
 * their segments; `texts` are the row's cell texts (a wrapped label's part may stand in front of the
 * first). Where fewer than three columns are found, or a row's pieces do not fall one to a column,
 * that row's cells stay as they were.
 */
export function cellsByColumn(segs: PdfItem[][][], texts: string[][], size: number): string[][] {
  const tol = 1.2 * size
  const cols = columnCentres(segs, tol)
  if (cols.length < 3) return texts
  return segs.map((row, r) => {
    if (!row.some((g) => isCountPiece(joinItems(g)))) return texts[r]!
    const label: string[] = []
    const placed: string[] = cols.map(() => '')
    for (const [n, g] of row.entries()) {
      const x = centre(g)
      if (x < cols[0]! - tol) {
        if (label.length < n) return texts[r]!
        label.push(texts[r]![n]!)
        continue
      }
      const k = cols.findIndex((c) => Math.abs(c - x) <= tol)
      if (k < 0 || placed[k] !== '') return texts[r]!
      placed[k] = joinItems(g)
    }
    // A wrapped label's part put in front of a row that starts with a count (no label of its own).
    const first = texts[r]![0]!, own = joinItems(row[0]!)
    if (label.length === 0 && first !== own && first.endsWith(own)) label.push(first.slice(0, first.length - own.length))
    return [...label, ...placed]
  })
}
