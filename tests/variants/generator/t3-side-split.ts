// Rule: table 三 too wide for the page, printed as two tables one after the other (issue 10): the
// first holds the row labels and the first data columns (自然人 and the first 法人 columns), a line
// 「（续上表）」 or 「续表」 or nothing follows, then a second table repeats the row labels (or prints
// row numbers instead) and holds the remaining columns up to 总计. A heading spanning columns of both
// parts (申请人情况, 法人或其他组织) is printed over its columns in each part. A caption row across the
// table stays with the first part. Or the second part opens the next page (between 'page', rv28
// pdf-sidesplit): printed on paper, the table that opens a page right after a table is read as that
// table's continuation unless its header tells it apart. Applied to a laid-out document whose table 三 is one table (no page
// break inside it); forced by tests/variants/t3-side-split.test.ts, not drawn. The gold stays as it is.
import type { IRBlock, IRCell, IRDoc } from './ir'
import { para } from './ir'

export interface SideSplitRule {
  /** How many data columns the first part holds (2–6 of the seven). */
  after: number
  /** The second part's label columns: the same labels again, or one column of row numbers. */
  repeat: 'labels' | 'numbers'
  /** What stands between the parts: a line, nothing, or a page break (the second part opens the next page). */
  between: '（续上表）' | '续表' | 'nothing' | 'page'
}

interface Origin {
  row: number
  col: number
  cell: IRCell
}

/** Each cell's grid place (row and column spans taken into account) and the grid's width. */
function placeCells(rows: IRCell[][]): { cells: Origin[]; width: number } {
  const taken: boolean[][] = rows.map(() => [])
  const cells: Origin[] = []
  let width = 0
  rows.forEach((row, r) => {
    let c = 0
    for (const cell of row) {
      while (taken[r]![c]) c++
      const rs = Math.min(cell.rowSpan ?? 1, rows.length - r)
      for (let i = 0; i < rs; i++) for (let j = 0; j < (cell.colSpan ?? 1); j++) taken[r + i]![c + j] = true
      cells.push({ row: r, col: c, cell })
      c += cell.colSpan ?? 1
      width = Math.max(width, c)
    }
  })
  return { cells, width }
}

/** The rows with only the grid columns `keep` holds; a cell spanning some kept columns keeps those. */
function clip(rows: IRCell[][], cells: Origin[], keep: (col: number) => boolean): IRCell[][] {
  return rows.map((_, r) =>
    cells
      .filter((o) => o.row === r)
      .flatMap((o) => {
        const kept = [...Array(o.cell.colSpan ?? 1).keys()].filter((j) => keep(o.col + j)).length
        if (!kept) return []
        const { colSpan: _span, ...rest } = o.cell
        return [kept > 1 ? { ...rest, colSpan: kept } : rest]
      }),
  )
}

/** The rows without those a clip left empty; a cell spanning down over a dropped row spans one less. */
function dropEmptyRows(rows: IRCell[][]): IRCell[][] {
  const out = rows.map((r) => r.map((x) => ({ ...x })))
  for (let r = rows.length - 1; r >= 0; r--) {
    if (out[r]!.length) continue
    for (let above = 0; above < r; above++) {
      for (const x of out[above]!) if ((x.rowSpan ?? 1) > r - above) x.rowSpan = (x.rowSpan ?? 1) - 1
    }
    out.splice(r, 1)
  }
  return out.map((row) => row.map(({ rowSpan, ...x }) => (rowSpan && rowSpan > 1 ? { ...x, rowSpan } : x)))
}

const isCaption = (row: IRCell[], width: number): boolean => row.length === 1 && (row[0]!.colSpan ?? 1) === width && !row[0]!.num

/** The table's two parts by the rule, or null where the table has not seven data columns. */
export function splitSideways(rows: IRCell[][], rule: SideSplitRule): [IRCell[][], IRCell[][]] | null {
  const { cells, width } = placeCells(rows)
  const data = Math.max(...rows.map((r) => r.filter((x) => x.num).length))
  if (data !== 7 || rule.after < 1 || rule.after > 6) return null
  const labels = width - data
  const captions = rows.findIndex((r) => !isCaption(r, width))
  const first = dropEmptyRows(clip(rows, cells, (c) => c < labels + rule.after))
  const restCols = (c: number): boolean => c >= labels + rule.after
  const rest = dropEmptyRows(clip(rows, cells, (c) => c < labels || restCols(c)).slice(captions))
  if (rule.repeat === 'labels') return [first, rest]
  // Row numbers in place of the labels: 序号 over the header rows, a number before each row below.
  const own = dropEmptyRows(clip(rows, cells, restCols).slice(captions))
  const head = own.findIndex((r) => r.some((x) => x.num))
  let n = 1
  const numbered = own.map((row, i) => (i === 0 ? [{ text: '序号', ...(head > 1 ? { rowSpan: head } : {}) }, ...row] : i < head ? row : [{ text: String(n++) }, ...row]))
  return [first, numbered]
}

/** The doc with table 三 printed as two tables by the rule; the same doc where it cannot be. */
export function applySideSplit(doc: IRDoc, rule: SideSplitRule | undefined): IRDoc {
  if (!rule) return doc
  const parts = doc.flatMap((b, i) => (b.kind === 'table' && b.part === 'requests' ? [i] : []))
  if (parts.length !== 1) return doc
  const at = parts[0]!
  const t = doc[at] as Extract<IRBlock, { kind: 'table' }>
  const split = splitSideways(t.rows, rule)
  if (!split) return doc
  const between: IRBlock[] = rule.between === 'nothing' ? [] : rule.between === 'page' ? [{ kind: 'page', footer: null, header: null }] : [para(rule.between)]
  return [...doc.slice(0, at), { ...t, rows: split[0] }, ...between, { ...t, rows: split[1] }, ...doc.slice(at + 1)]
}

export function sideSplitRuleTags(rule: SideSplitRule | undefined): string[] {
  return rule ? [`t3:side-split-${rule.repeat}`, ...(rule.between === 'page' ? ['t3:side-split-page'] : [])] : []
}
