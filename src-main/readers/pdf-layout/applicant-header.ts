// Table 三's applicant headings over an unruled table, placed by where they stand. Some reports print
// the five 法人或其他组织 columns before 自然人; without ruling lines the header comes out as lines of
// text whose order cannot show it: the tall merged headings 自然人 and 总计 (vertically centred, often
// wrapped 自然 / 人) sit on a line of their own above or among the organisation headings, in either
// order (hostile review rv26: every applicant column rotated, 85–107 cells a report, no note). The
// table's own number columns say where each column stands: every heading piece that lies between its
// neighbours' numbers is that column's, and the column's pieces, top to bottom, are its heading. Where
// the seven columns hold the seven headings once each, in an order other than the template's, the
// heading lines are given as one line in that order (which the extractor reads as a flat header). In
// the template's order, or where the headings cannot be placed so, the lines stay as printed; where
// then the headings' own words show an organisation heading left of 自然人, the order is said to be
// unknown (the extractor refuses the applicant columns with a note: zeros printed blank leave a column
// without a piece to place its heading by, review task ozs27).
import { isCjk, joinItems, joinLines, splitOnGaps, type PdfItem, type PdfLine } from './text-join'
import { isCount } from './row-cells'
import { overlappingColumns } from './wrapped-header'

/** The template's headings (simplified and traditional), in its order. */
const HEADINGS: readonly (readonly string[])[] = [['自然人'], ['商业企业', '商業企業'], ['科研机构', '科研機構'], ['社会公益组织', '社會公益組織'], ['法律服务机构', '法律服務機構'], ['其他'], ['总计', '總計', '合计', '合計']]
/** Pieces of a line further apart than this (font sizes) are separate words. */
const PIECE_GAP_EM = 0.3
/** Header lines further apart than this (font sizes) are not one header. */
const LINE_GAP_EM = 2

interface Column {
  x0: number
  x1: number
}

/** The number columns: count cells (`counts`) whose extents overlap across rows; null where a row has two in one. */
const numberColumns = (rows: readonly PdfItem[][]): Column[] | null => overlappingColumns(rows, () => true)

const plain = (s: string): string => s.replace(/[\s\u3000]+/g, '')

/**
 * A piece holding words apart by spaces (LibreOffice draws 「自然人 总计」, two cells' headings, as one
 * piece) cut into its words, each where it stands: a CJK character is a font size wide, the other
 * characters share the rest of the piece's width.
 */
function words(it: PdfItem): PdfItem[] {
  if (!/\S[\s\u3000]+\S|^[\s\u3000]|[\s\u3000]$/.test(it.str)) return [it]
  const chars = [...it.str]
  const cjk = chars.filter((c) => isCjk(c) && c !== '\u3000').length
  const rest = Math.max(0, it.w - cjk * it.size) / Math.max(1, chars.length - cjk)
  const exact = cjk * it.size <= it.w
  const width = (c: string): number => (!exact ? it.w / chars.length : isCjk(c) && c !== '\u3000' ? it.size : rest)
  const out: PdfItem[] = []
  let x = it.x
  let run: { str: string; x: number; w: number } | null = null
  for (const c of chars) {
    const cw = width(c)
    if (/[\s\u3000]/.test(c)) {
      if (run) out.push({ ...it, ...run })
      run = null
    } else if (run) {
      run.str += c
      run.w += cw
    } else run = { str: c, x, w: cw }
    x += cw
  }
  if (run) out.push({ ...it, ...run })
  return out
}

/** The first piece of the first organisation heading (商业企业, or 商 alone wrapped a character a line). */
const ANCHOR = /^[\s\u3000]*商/
/** Header lines looked at above the anchor's line, and rows below the header. */
const MAX_ABOVE = 8
const MAX_ROWS = 80
/** Label lines without numbers between two rows (a label wrapped in a narrow column). */
const MAX_LABEL_LINES = 8
/** A row of more count cells than this is another table's (table 四's fifteen). */
const MAX_CELLS = 8

/** A count cell: a number (with its unit), a dash, or the numeral zero 〇 some reports print. */
const isCell = (it: PdfItem): boolean => isCount(it) || /^[〇○零]$/.test(it.str.trim())
/** A zero printed as a sign (无, the letter O, a full-width 「－」): a cell where it ends its line's text. */
const isSign = (it: PdfItem): boolean => /^[无OＯ－]$/.test(it.str.trim())
/** Where a line's text other than cells and signs ends (its label, wrapped parts of it). */
const wordsRight = (l: PdfLine): number => Math.max(...l.items.filter((it) => !isCell(it) && !isSign(it)).map((it) => it.x + it.w))
/**
 * A line's count cells: numbers anywhere, signs right of the line's words (a sign holds its column's
 * place as a number does; 无 inside a label, 「（四）无法提供」 drawn a piece a character, is no cell).
 */
function counts(l: PdfLine): PdfItem[] {
  const right = wordsRight(l)
  return l.items.filter((it) => isCell(it) || (isSign(it) && it.x >= right))
}
const close = (upper: PdfLine, lower: PdfLine): boolean => upper.y - lower.y <= LINE_GAP_EM * Math.max(upper.size, lower.size)

/** The page's lines, and whether a table 三 header on it prints organisations first in an order not placed. */
export interface ApplicantHeaderLines {
  lines: PdfLine[]
  orderUnknown: boolean
}

/**
 * The page's lines (top to bottom) with table 三's applicant heading lines given as one line in the
 * columns' order, where their positions prove an order other than the template's; else as they are,
 * with `orderUnknown` where the headings show organisations first but could not be placed.
 */
export function applicantHeaderLines(lines: PdfLine[]): ApplicantHeaderLines {
  let orderUnknown = false
  for (let a = 0; a < lines.length; a++) {
    if (!lines[a]!.items.some((it) => ANCHOR.test(it.str)) || counts(lines[a]!).length) continue
    let top = a
    while (top > 0 && a - top < MAX_ABOVE && close(lines[top - 1]!, lines[top]!) && !counts(lines[top - 1]!).length) top--
    let end = a
    while (end + 1 < lines.length && close(lines[end]!, lines[end + 1]!) && !counts(lines[end + 1]!).length) end++
    const found: PdfItem[][] = []
    let labelRight = -Infinity
    let gap = 0
    for (let k = end + 1; k < lines.length && found.length < MAX_ROWS && gap <= MAX_LABEL_LINES; k++) {
      const c = counts(lines[k]!)
      if (c.length > MAX_CELLS) break
      // A line of one or two numbers counts too: a cell wrapped over two lines (「38<br>件」) sits half a line off its row.
      if (c.length) found.push(c)
      // The label's right edge, where it stands left of the line's first cell.
      const right = wordsRight(lines[k]!)
      if (c.length && right <= Math.min(...c.map((it) => it.x))) labelRight = Math.max(labelRight, right)
      gap = c.length >= 3 ? 0 : gap + 1
    }
    // A number left of the rows' label text is none of the columns (the page number in the footer).
    const rows = found.map((c) => c.filter((it) => it.x >= labelRight)).filter((c) => c.length)
    const rebuilt = applicantHeader(lines.slice(top, end + 1), rows)
    if (!rebuilt) {
      // Only where a column has no piece to place its heading by (zeros printed blank) or two share one:
      // with every column found, the header's words stay for the extractor to read (review hr27: a table
      // whose zeros are all printed 0 was refused, 175 -> 25 cells read).
      const columns = numberColumns(rows)
      orderUnknown ||= organisationLeftOfNatural(lines.slice(top, end + 1)) && (columns === null || columns.length < 7)
      continue
    }
    const from = end + 1 - rebuilt.taken
    return { lines: [...lines.slice(0, from), ...rebuilt.lines, ...lines.slice(end + 1)], orderUnknown: false }
  }
  return { lines, orderUnknown }
}

/**
 * An organisation heading (商业企业, or its first piece) standing wholly left of 自然人 (or its piece
 * 自然 / 自) on the header's lines: the printed order is not the template's, whatever the lines' order.
 */
export function organisationLeftOfNatural(header: readonly PdfLine[]): boolean {
  const ws = header.flatMap((l) => l.items.flatMap(words))
  const orgRight = Math.min(...ws.filter((w) => ANCHOR.test(w.str)).map((w) => w.x + w.w))
  return ws.some((w) => /^[\s\u3000]*自/.test(w.str) && w.x >= orgRight)
}

/**
 * The header lines to print in place of the last `taken` lines of `header` (the lines over the table's
 * first row, nearest last), or null where they stay as they are. `rows`: each row's number pieces.
 */
export function applicantHeader(header: readonly PdfLine[], rows: readonly PdfItem[][]): { lines: PdfLine[]; taken: number } | null {
  const cols = numberColumns(rows)
  // Exactly the seven applicant columns (a 小计 column or another one: no order is read here).
  if (!cols || cols.length !== HEADINGS.length) return null
  // The column a piece lies in: clear of both neighbours' numbers, and over its own column's numbers
  // where it is clear of two (a short heading in the gap between two columns is no column's).
  // Outside the first and last columns, as far as the gap to their neighbours (the label column's words stay out).
  const n = cols.length
  const outerLeft = cols[0]!.x0 - (cols[1]!.x0 - cols[0]!.x1)
  const outerRight = cols[n - 1]!.x1 + (cols[n - 1]!.x0 - cols[n - 2]!.x1)
  const columnOf = (p: PdfItem[]): number => {
    const x0 = p[0]!.x
    const x1 = Math.max(...p.map((it) => it.x + it.w))
    const clear = cols.map((_, k) => x0 >= (k > 0 ? cols[k - 1]!.x1 : outerLeft) && x1 <= (k < cols.length - 1 ? cols[k + 1]!.x0 : outerRight))
    const fits = clear.flatMap((ok, k) => (ok ? [k] : []))
    if (fits.length === 1) return fits[0]!
    const over = fits.filter((k) => x0 < cols[k]!.x1 && cols[k]!.x0 < x1)
    return over.length === 1 ? over[0]! : -1
  }
  // Walk up from the first row while lines stand close together.
  const block: PdfLine[] = []
  for (let k = header.length - 1; k >= 0; k--) {
    const line = header[k]!
    const below = block[0]
    if (below && line.y - below.y > LINE_GAP_EM * Math.max(line.size, below.size)) break
    block.unshift(line)
  }
  const texts: string[][] = cols.map(() => [])
  // Each line's words, and those placed in a column.
  const lineWords = block.map((line) => line.items.flatMap(words))
  const placed = new Set<PdfItem>()
  for (const ws of lineWords)
    for (const p of splitOnGaps(ws, PIECE_GAP_EM)) {
      const k = columnOf(p)
      if (k < 0) continue
      texts[k]!.push(joinItems(p))
      for (const w of p) placed.add(w)
    }
  const names = texts.map((t) => plain(joinLines(t)))
  const printed = names.map((n) => HEADINGS.findIndex((h) => h.includes(n)))
  if (printed.some((c) => c < 0) || new Set(printed).size !== printed.length) return null
  if (printed.every((c, i) => c === i)) return null
  // The lines from the first one holding a column's words down: their words outside the columns (the
  // corner note, 法人或其他组织 over the organisations) stay, then one line of the seven headings.
  const first = lineWords.findIndex((ws) => ws.some((w) => placed.has(w)))
  const taken = block.slice(first)
  const out: PdfLine[] = []
  for (const [n, line] of taken.entries()) {
    const rest = lineWords[first + n]!.filter((w) => !placed.has(w))
    if (rest.length) out.push({ items: rest, x0: rest[0]!.x, x1: Math.max(...rest.map((it) => it.x + it.w)), y: line.y, size: line.size })
  }
  const last = taken[taken.length - 1]!
  // One piece across the columns (as one piece it is over no single column: the rebuilding of wrapped
  // headings, wrapped-header.ts, leaves it as it is).
  const x0 = cols[0]!.x0
  const x1 = cols[cols.length - 1]!.x1
  out.push({ items: [{ str: printed.map((c) => HEADINGS[c]![0]!).join(' '), x: x0, w: x1 - x0, y: last.y, size: last.size }], x0, x1, y: last.y, size: last.size })
  return { lines: out, taken: taken.length }
}
