// Ruled tables: rulings → connected groups → a grid of row/column boundaries → cells with spans,
// and each text piece placed in the cell under its centre. A cell that wraps to several lines stays
// one cell, so a table row stays whole.
import type { TableCell } from '../../../shared/model/document'
import type { Ruling } from './rulings'
import { cellLines, joinItems, joinLines, type PdfItem } from './text-join'

export interface RuledTable {
  /** Column boundaries, left to right. */
  xs: number[]
  /** Row boundaries, top to bottom (descending y). */
  ys: number[]
  left: number
  right: number
  top: number
  bottom: number
  rows: TableCell[][]
  /** For each output row, the grid column index where each of its cells starts (for stitching). */
  cellCols: number[][]
}

const TOL = 2
/** Parallel lines closer than this (in points) are one border: a table with separate borders
 *  (HTML `border="1"`, CSS border-collapse: separate) draws each cell as its own box, so every
 *  border between two cells is a pair of lines about 2 pt apart (the cell spacing), and the
 *  table's own frame runs just outside the cells' boxes. Merged, the boxes make one grid. */
const DOUBLE_LINE_GAP = 3

/** Collinear pieces of ruling (Chromium draws one per cell edge) merged into long lines; the two
 *  lines of a separate-border table's cell spacing merged into one. */
export function mergeRulings(rulings: Ruling[]): Ruling[] {
  const out: Ruling[] = []
  for (const dir of ['h', 'v'] as const) {
    const rs = rulings.filter((r) => r.dir === dir).sort((a, b) => a.at - b.at || a.from - b.from)
    const groups: Ruling[][] = []
    for (const r of rs) {
      const g = groups[groups.length - 1]
      if (g && Math.abs(g[0]!.at - r.at) <= DOUBLE_LINE_GAP) g.push(r)
      else groups.push([r])
    }
    for (const g of groups) {
      const at = g.reduce((s, r) => s + r.at, 0) / g.length
      const spans = g.map((r) => [r.from, r.to] as [number, number]).sort((a, b) => a[0] - b[0])
      let cur = spans[0]!
      for (const s of spans.slice(1)) {
        if (s[0] <= cur[1] + 3) cur = [cur[0], Math.max(cur[1], s[1])]
        else {
          out.push({ dir, at, from: cur[0], to: cur[1] })
          cur = s
        }
      }
      out.push({ dir, at, from: cur[0], to: cur[1] })
    }
  }
  return out
}

function crosses(h: Ruling, v: Ruling): boolean {
  return v.at >= h.from - TOL && v.at <= h.to + TOL && h.at >= v.from - TOL && h.at <= v.to + TOL
}

/** Groups of rulings that touch each other: one group per table (at least a 1×1 box). */
export function rulingGroups(rulings: Ruling[]): Ruling[][] {
  const parent = rulings.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  for (let i = 0; i < rulings.length; i++) {
    for (let j = i + 1; j < rulings.length; j++) {
      const a = rulings[i]!, b = rulings[j]!
      if (a.dir !== b.dir && crosses(a.dir === 'h' ? a : b, a.dir === 'h' ? b : a)) parent[find(i)] = find(j)
    }
  }
  const groups = new Map<number, Ruling[]>()
  rulings.forEach((r, i) => {
    const k = find(i)
    groups.set(k, [...(groups.get(k) ?? []), r])
  })
  return [...groups.values()].filter((g) => g.filter((r) => r.dir === 'h').length >= 2 && g.filter((r) => r.dir === 'v').length >= 2)
}

function clusterValues(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b)
  const out: number[][] = []
  for (const v of sorted) {
    const g = out[out.length - 1]
    if (g && v - g[g.length - 1]! <= 2.5) g.push(v)
    else out.push([v])
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length)
}

/** Pieces that straddle a column line (one run holding several cells) cut at the line. */
function splitAtColumns(it: PdfItem, xs: number[]): PdfItem[] {
  const inner = xs.filter((x) => x > it.x + 1 && x < it.x + it.w - 1)
  if (inner.length === 0 || it.str.length < 2) return [it]
  const chars = [...it.str]
  const adv = it.w / chars.length
  const out: PdfItem[] = []
  let start = 0
  for (const cut of [...inner, Infinity]) {
    let end = start
    while (end < chars.length && it.x + (end + 0.5) * adv < cut) end++
    if (end > start) out.push({ ...it, str: chars.slice(start, end).join(''), x: it.x + start * adv, w: (end - start) * adv })
    start = end
  }
  return out
}

export function buildTable(group: Ruling[], items: PdfItem[]): RuledTable {
  const hs = group.filter((r) => r.dir === 'h')
  const vs = group.filter((r) => r.dir === 'v')
  // The outer box also ends where the column lines end: a table broken by a page has no top or
  // bottom border on the page where it continues (Chromium leaves it on the previous page).
  const xs = clusterValues([...vs.map((v) => v.at), Math.min(...hs.map((h) => h.from)), Math.max(...hs.map((h) => h.to))])
  const ys = clusterValues([...hs.map((h) => h.at), Math.min(...vs.map((v) => v.from)), Math.max(...vs.map((v) => v.to))]).reverse()
  const left = xs[0]!, right = xs[xs.length - 1]!, top = ys[0]!, bottom = ys[ys.length - 1]!
  const nR = ys.length - 1, nC = xs.length - 1
  const hasV = (ci: number, r: number): boolean => {
    const mid = (ys[r]! + ys[r + 1]!) / 2
    return vs.some((v) => Math.abs(v.at - xs[ci]!) <= 2.5 && v.from - TOL <= mid && v.to + TOL >= mid)
  }
  const hasH = (ri: number, c: number): boolean => {
    const mid = (xs[c]! + xs[c + 1]!) / 2
    return hs.some((h) => Math.abs(h.at - ys[ri]!) <= 2.5 && h.from - TOL <= mid && h.to + TOL >= mid)
  }
  // Cells: grow right while no column line, then down while no row line under every column.
  const owner: number[][] = Array.from({ length: nR }, () => Array<number>(nC).fill(-1))
  const cells: { r: number; c: number; r2: number; c2: number; items: PdfItem[] }[] = []
  for (let r = 0; r < nR; r++) {
    for (let c = 0; c < nC; c++) {
      if (owner[r]![c] !== -1) continue
      let c2 = c
      while (c2 + 1 < nC && !hasV(c2 + 1, r) && owner[r]![c2 + 1] === -1) c2++
      let r2 = r
      const canGrow = (rr: number): boolean => {
        for (let cc = c; cc <= c2; cc++) if (hasH(rr + 1, cc) || owner[rr + 1]![cc] !== -1) return false
        return true
      }
      while (r2 + 1 < nR && canGrow(r2)) r2++
      const id = cells.length
      cells.push({ r, c, r2, c2, items: [] })
      for (let rr = r; rr <= r2; rr++) for (let cc = c; cc <= c2; cc++) owner[rr]![cc] = id
    }
  }
  for (const raw of items) {
    for (const it of splitAtColumns(raw, xs)) {
      const cx = it.x + it.w / 2
      const cy = it.y + it.size * 0.3
      const c = xs.findIndex((x, i) => i < nC && cx >= x && cx < xs[i + 1]!)
      const r = ys.findIndex((y, i) => i < nR && cy <= y && cy > ys[i + 1]!)
      if (c < 0 || r < 0) continue
      cells[owner[r]![c]!]!.items.push(it)
    }
  }
  // Output rows: each cell once, in the row where it starts; grid rows where no cell starts are dropped.
  const rows: TableCell[][] = []
  const cellCols: number[][] = []
  const startsIn = (r: number): typeof cells => cells.filter((k) => k.r === r).sort((a, b) => a.c - b.c)
  const liveRows = [...Array(nR).keys()].filter((r) => startsIn(r).length > 0)
  for (const r of liveRows) {
    const row: TableCell[] = []
    const cols: number[] = []
    for (const k of startsIn(r)) {
      const text = joinLines(cellLines(k.items).map((l) => joinItems(l.items)))
      const cell: TableCell = { text }
      const rowSpan = liveRows.filter((x) => x >= k.r && x <= k.r2).length
      if (rowSpan > 1) cell.rowSpan = rowSpan
      if (k.c2 > k.c) cell.colSpan = k.c2 - k.c + 1
      row.push(cell)
      cols.push(k.c)
    }
    rows.push(row)
    cellCols.push(cols)
  }
  return { xs, ys, left, right, top, bottom, rows, cellCols }
}

/** True when a piece's centre lies inside the table's outer box. */
export function insideTable(t: { left: number; right: number; top: number; bottom: number }, it: PdfItem): boolean {
  const cx = it.x + it.w / 2
  const cy = it.y + it.size * 0.3
  return cx >= t.left - 1 && cx <= t.right + 1 && cy <= t.top + 1 && cy >= t.bottom - 1
}
