// Unruled tables whose cells sit higher or lower than their row's label (a Word table with hidden
// grid lines: cells vertically centred and wrapped 「329<br>件」, a long label wrapped over three
// lines with the total 「164」 on its first line and the other cells on its middle one). Read line
// by line, such a row's numbers come out on a line of their own, before or after the label, or in
// two lines whose order is not the columns' order. Here every number of the table goes to the row
// label whose lines it lies in, or nearest to by far; the row becomes one line: its label, then its
// numbers from left to right. Where one number cannot be placed so, the table's lines stay as they are.
import type { PdfItem, PdfLine } from './text-join'

/** A row label's start (一、 （三） 5. 小计 总计 其中). */
const KEY_START = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d+\s*[.．、]|小\s*[计計]|[总總]\s*[计計]|合\s*[计計]|其\s*中)/
/** A cell's value: a count (with its unit printed in the cell) or a dash for none (「——」 too). */
const COUNT_PIECE = /^(?:[\d\uff10-\uff19][\d\uff10-\uff19,，]*(?:\.[\d\uff10-\uff19]+)?|[—\-–/／]|——|--)\s*(?:件|个|（件）|\(件\))?$/
/** The unit alone, wrapped onto a line of its own under its number. */
const UNIT_PIECE = /^\s*(?:件|个|（件）|\(件\))+\s*$/
/** Label text and the first cell are further apart than this many font sizes (a label set to its
 *  cell's right edge stands a third of a character or more from the first number). */
const CELL_GAP_EM = 0.3
/** A number is placed by nearness only within this many font sizes of its label's lines… */
const NEAR_EM = 1.5
/** …and only when the next label is at least this many times as far. */
const NEARER_FACTOR = 2

interface TableLine {
  line: PdfLine
  /** Pieces left of the cells (a label or its wrapped part). */
  label: PdfItem[]
  /** Counts and units right of the label. */
  cells: PdfItem[]
}

interface RowKey {
  at: number
  line: TableLine
  x: number
  top: number
  bottom: number
  /** Label lines under the first (the label wrapped). */
  more: TableLine[]
}

export const isCount = (it: PdfItem): boolean => COUNT_PIECE.test(it.str.trim())
export const isUnit = (it: PdfItem): boolean => UNIT_PIECE.test(it.str)

/** A line split into label and cells, or null where the line is prose (words after a number). */
function tableLine(line: PdfLine): TableLine | null {
  const first = line.items.findIndex((it) => isCount(it) || isUnit(it))
  if (first < 0) return { line, label: line.items, cells: [] }
  const label = line.items.slice(0, first)
  const cells = line.items.slice(first)
  if (!cells.every((it) => isCount(it) || isUnit(it))) return null
  if (label.length) {
    const right = Math.max(...label.map((it) => it.x + it.w))
    if (cells[0]!.x - right < CELL_GAP_EM * cells[0]!.size) return null
  }
  return { line, label, cells }
}

const top = (l: PdfLine): number => l.y + 0.85 * l.size
const bottom = (l: PdfLine): number => l.y - 0.15 * l.size

/** The stretch's row labels with the lines each label is wrapped over; labels that hold other
 *  labels (a group 「（三）不予公开」 beside its rows 1.…8., in a column of its own) are left out. */
function rowKeys(stretch: TableLine[]): RowKey[] {
  const keys: RowKey[] = []
  stretch.forEach((tl, at) => {
    // The rightmost label start of the line is its row; one to its left, or words before it, a
    // group's label (「三、本年」 「果」 beside 「（二）部分公开…」).
    const starts = tl.label.filter((it) => KEY_START.test(it.str))
    if (!starts.length) return
    const start = starts[starts.length - 1]!
    const x = start.x
    // Words right of a group's label on its line, set where an earlier row's label starts, are that
    // label's wrapped tail (「（六）其他」 「理其政府信息公开申请」 under 「1.申请人无正当理由…不再处」): the
    // earlier row's, within two lines of it; the group keeps its own words only.
    const tail = tl.cells.length ? [] : tl.label.filter((it) => it.x >= start.x + start.w + 0.5 * it.size)
    const tailX = tail[0]?.x ?? NaN
    const earlier = [...keys].reverse().find((k) => Math.abs(k.x - tailX) <= 0.5 * tl.line.size)
    const own: TableLine = earlier && earlier.x > x && tail.every((it) => !KEY_START.test(it.str)) && earlier.bottom - tl.line.y <= 2 * tl.line.size ? { ...tl, label: tl.label.filter((it) => !tail.includes(it)) } : tl
    if (own !== tl) {
      earlier!.more.push({ line: lineOf(tail, tl.line), label: tail, cells: [] })
      earlier!.bottom = Math.min(earlier!.bottom, bottom(tl.line))
    }
    keys.push({ at, line: own, x, top: top(tl.line), bottom: bottom(tl.line), more: [] })
  })
  const keyAt = new Map(keys.map((k) => [k.at, k]))
  stretch.forEach((tl, a) => {
    if (keyAt.has(a) || !tl.label.length) return
    const x = tl.label[0]!.x
    const em = 0.5 * tl.line.size
    const before = keys.filter((k) => k.at < a)
    const latest = before[before.length - 1]
    if (!latest) return
    // A wrapped line set where an earlier row's label starts, past a group's label begun since
    // (「2.申请人逾期未按…缴纳费」 「（六）其」 「用、行政机关…」): that row's, within two lines of it.
    let owner: RowKey | undefined
    for (let k = before.length - 1; k >= 0; k--) {
      const key = before[k]!
      if (Math.abs(key.x - x) <= em) {
        if (key.bottom - tl.line.y <= 4 * em) owner = key
        break
      }
      if (key.x > x) break
    }
    owner ??= x >= latest.x - em ? latest : undefined
    if (!owner) return
    owner.more.push(tl)
    owner.bottom = Math.min(owner.bottom, bottom(tl.line))
  })
  return keys
}

/** The keys that are groups' labels: another label starts inside their lines further right, or
 *  their lines stay left of a label further right that lies within 1.5 font sizes of them
 *  (「三、本年度」 over 「（一）予以公开」…, 「（三）不予公开」 centred beside 4. and 5.: the group's
 *  cell spans its rows, so its lines may lie nearer their numbers than their own labels do). */
function groupKeys(keys: RowKey[]): Set<RowKey> {
  const groups = new Set<RowKey>()
  for (const key of keys) {
    const size = key.line.line.size
    const inner = keys.filter((o) => o !== key && o.x > key.x + 0.5 * size)
    if (inner.some((o) => o.line.line.y <= key.top && o.line.line.y + 0.35 * o.line.line.size >= key.bottom)) {
      groups.add(key)
      continue
    }
    const near = inner.filter((o) => distance(o.line.line.y + 0.35 * o.line.line.size, key) <= NEAR_EM * size)
    const right = Math.max(...[key.line, ...key.more].flatMap((tl) => tl.label.map((it) => it.x + it.w)))
    if (near.length && near.every((o) => right <= o.x)) groups.add(key)
  }
  return groups
}
/** A line of `items` at `at`'s baseline and size, its bounds those of the items. */
const lineOf = (items: PdfItem[], at: PdfLine): PdfLine => ({ items, x0: Math.min(...items.map((it) => it.x)), x1: Math.max(...items.map((it) => it.x + it.w)), y: at.y, size: at.size })

function distance(y: number, key: RowKey): number {
  return y > key.top ? y - key.top : y < key.bottom ? key.bottom - y : 0
}

/** The stretch's lines with each row's numbers on its label line, or null where a number cannot be placed. */
function regroup(stretch: TableLine[], oneRow: boolean): PdfLine[] | null {
  const all = rowKeys(stretch)
  const groups = groupKeys(all)
  const keys = all.filter((k) => !groups.has(k))
  // One label is enough only for a table's first row alone at the foot of a page, its numbers half
  // a line above it: elsewhere the row owning the numbers may stand beyond the stretch.
  if (keys.length < (oneRow ? 1 : 2)) return null
  // The number's cell 「33<br>件」: its unit printed under it, the row's label line between the two.
  const units = stretch.flatMap((tl) => tl.cells.filter(isUnit))
  const unitBelowSpans = (it: PdfItem, key: RowKey): boolean =>
    units.some((u) => Math.abs(u.x - it.x) <= 0.5 * it.size && u.y < key.line.line.y && key.line.line.y < it.y && it.y - u.y <= 3 * it.size)
  const placed = new Map<RowKey, PdfItem[]>()
  // Lines after every label's lines: a number there far from every label (a page number under the
  // table's last row) is left as a line of its own, not a reason to leave the whole table as it is.
  const lastLabelAt = Math.max(...all.flatMap((k) => [k.line, ...k.more]).map((tl) => stretch.findIndex((s) => s.line === tl.line)))
  for (const [at, tl] of stretch.entries()) {
    for (const it of tl.cells) {
      if (!isCount(it)) continue
      const mid = it.y + 0.35 * it.size
      const ds = keys.map((k) => ({ k, d: distance(mid, k) })).sort((a, b) => a.d - b.d)
      const best = ds[0]!, next = ds[1] ?? { k: best.k, d: Infinity }
      if (best.d > NEAR_EM * it.size && at > lastLabelAt && tl.cells.length === 1) continue
      if (best.d > NEAR_EM * it.size) return null
      // A number within a group's label lines goes to a row only where it overlaps that row's lines.
      if (best.d > 0.5 * it.size && [...groups].some((g) => distance(mid, g) === 0) && !unitBelowSpans(it, best.k)) return null
      if (next.d < NEARER_FACTOR * best.d || (best.d === 0 && next.d === 0)) return null
      placed.set(best.k, [...(placed.get(best.k) ?? []), it])
    }
  }
  // A row whose numbers all stand on its label's first line, alone there, is read as it is.
  const moved = [...placed].filter(([key, items]) => items.some((it) => !key.line.cells.includes(it)) || key.line.cells.some((it) => isCount(it) && !items.includes(it)))
  if (!moved.length) return null
  const taken = new Set<PdfItem>()
  const rowLines = new Map<PdfLine, PdfLine>()
  for (const [key, numbers] of moved) {
    const cells = [...numbers].sort((a, b) => a.x - b.x)
    // Two numbers one above the other in one row: which column each is in is not shown.
    for (let c = 1; c < cells.length; c++) if (cells[c]!.x < cells[c - 1]!.x + cells[c - 1]!.w - 0.2 * cells[c]!.size) return null
    const label = [...key.line.label, ...key.more.flatMap((tl) => tl.label)]
    for (const it of [...label, ...cells]) taken.add(it)
    // The units of the row's cells go with them (the table's unit is printed in its heading).
    for (const tl of [key.line, ...key.more]) for (const it of tl.cells) if (isUnit(it)) taken.add(it)
    const items = [...label, ...cells]
    rowLines.set(key.line.line, lineOf(items, key.line.line))
  }
  const out: PdfLine[] = []
  for (const tl of stretch) {
    const row = rowLines.get(tl.line)
    if (row) {
      out.push(row)
      continue
    }
    const rest = tl.line.items.filter((it) => !taken.has(it))
    // A line of units alone under moved numbers goes with them.
    if (!rest.length || rest.every(isUnit)) continue
    if (rest.length === tl.line.items.length) out.push(tl.line)
    else out.push(lineOf(rest, tl.line))
  }
  return out
}

/**
 * Lines (top to bottom) with the rows of unruled tables rebuilt by position: runs of label, number
 * and unit lines where the numbers stand apart from their labels' lines.
 */
export function rowsByLabels(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = []
  let i = 0
  // The last line was a heading over the cells (the table's column names).
  let underHeading = false
  while (i < lines.length) {
    const stretch: TableLine[] = []
    let j = i
    for (; j < lines.length; j++) {
      const tl = tableLine(lines[j]!)
      if (!tl) break
      stretch.push(tl)
    }
    // A heading over the cells (the table's column names) or prose ends the stretch: label lines
    // lie wholly left of the cells (a long label wrapped to its cell's edge may end a little short
    // of the first number).
    // The cells' left edge is that of the numbers above the line (below it for a heading at the
    // top): a later table's cells (table 四 from the page's margin) say nothing of this one's.
    const cellsFrom = (lines: TableLine[]): number => Math.min(...lines.flatMap((tl) => tl.cells.filter(isCount).map((it) => it.x)))
    const cellX = (k: number): number => (k > 0 && Number.isFinite(cellsFrom(stretch.slice(0, k))) ? cellsFrom(stretch.slice(0, k)) : cellsFrom(stretch.slice(k + 1)))
    const cut = stretch.findIndex((tl, k) => tl.label.length > 0 && !tl.cells.length && Math.max(...tl.label.map((it) => it.x + it.w)) > cellX(k))
    const run = cut > 0 ? stretch.slice(0, cut) : cut === 0 ? [] : stretch
    if (!run.length) {
      out.push(lines[i]!)
      underHeading = cut === 0
      i++
      continue
    }
    out.push(...(regroup(run, underHeading && i + run.length === lines.length) ?? run.map((tl) => tl.line)))
    underHeading = false
    i += run.length
  }
  return out
}
