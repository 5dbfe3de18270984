// Section 二: the small tables of 第二十条 items. Which template's columns they carry is read from
// their own column headings (2019: 本年新制作数量 / 上一年项目数量 …; 2021: 本年制发件数 / 本年处理决定数量 …).
import { DISCLOSURE_LABELS } from '../model/template-labels'
import type { ActiveDisclosure } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { isBlankCell, maskSpacedCells, readCells, type CellToken } from './cells'
import { splitRow } from './digit-split'
import { fuzzy } from './row-labels'

export type DisclosureLayout = '2019' | '2021'

/** The rows' names as the template prints them, for notes a person reads. */
const ROW_NAMES: Record<string, string> = DISCLOSURE_LABELS['2019'].rows

interface RowSpec {
  key: keyof ActiveDisclosure
  /** Row label patterns; the first hit in order is the row. */
  label: RegExp
  fields: Record<DisclosureLayout, string[]>
}

const g = (s: string): RegExp => new RegExp(s, 'g')

/** Rows of section 二 in template order; fields in column order. */
const ROWS: RowSpec[] = [
  { key: 'rules', label: g(`(?<!行政)${fuzzy('规章')}`), fields: { '2019': ['newlyMade', 'newlyPublished', 'publishedTotal'], '2021': ['issued', 'repealed', 'inForce'] } },
  { key: 'normativeDocs', label: g(fuzzy('规范性文件')), fields: { '2019': ['newlyMade', 'newlyPublished', 'publishedTotal'], '2021': ['issued', 'repealed', 'inForce'] } },
  { key: 'licensing', label: g(fuzzy('行政许可')), fields: { '2019': ['lastYearItems', 'change', 'decisions'], '2021': ['decisions'] } },
  { key: 'otherServices', label: g(fuzzy('其他对外管理服务事项')), fields: { '2019': ['lastYearItems', 'change', 'decisions'], '2021': [] } },
  { key: 'penalties', label: g(fuzzy('行政处罚')), fields: { '2019': ['lastYearItems', 'change', 'decisions'], '2021': ['decisions'] } },
  { key: 'enforcement', label: g(fuzzy('行政强制')), fields: { '2019': ['lastYearItems', 'change', 'decisions'], '2021': ['decisions'] } },
  { key: 'fees', label: g(fuzzy('行政事业性收费')), fields: { '2019': ['lastYearItems', 'change'], '2021': ['amountWanYuan'] } },
  { key: 'procurement', label: g(fuzzy('政府集中采购')), fields: { '2019': ['projects', 'amountWanYuan'], '2021': [] } },
]

const FINGERPRINT_2019 = new RegExp([fuzzy('本年新制作'), fuzzy('上一年项目数量'), fuzzy('采购项目数量'), fuzzy('对外公开总数量')].join('|'))
const FINGERPRINT_2021 = new RegExp([fuzzy('本年制发件数'), fuzzy('本年处理决定数量'), fuzzy('本年收费金额'), fuzzy('现行有效件数')].join('|'))

export function disclosureLayout(text: string): DisclosureLayout | null {
  const a = FINGERPRINT_2019.test(text)
  const b = FINGERPRINT_2021.test(text)
  if (a && !b) return '2019'
  if (b && !a) return '2021'
  if (a && b) return FINGERPRINT_2019.exec(text)!.index < FINGERPRINT_2021.exec(text)!.index ? '2019' : '2021'
  return null
}

export interface DisclosureParse {
  layout: DisclosureLayout | null
  table: ActiveDisclosure
  spans: Partial<Record<keyof ActiveDisclosure, { start: number; end: number }>>
  notes: ExtractionNote[]
}

interface Hit {
  spec: RowSpec
  start: number
  end: number
}

/** The tables start at their first heading (第二十条第（一）项 / 信息内容); prose before is not a row. */
const TABLES_START = new RegExp(`${fuzzy('第二十条')}|${fuzzy('信息内容')}`)

/**
 * Each row's first label, in the order they stand (converted tables may come out of order). Matched
 * with the cells masked out, so that a label wrapped round its row's cells is found whole.
 */
function findRows(text: string): Hit[] {
  const hits: Hit[] = []
  const from = TABLES_START.exec(text)?.index ?? 0
  const masked = maskSpacedCells(text)
  for (const spec of ROWS) {
    spec.label.lastIndex = from
    const m = spec.label.exec(masked)
    if (m) hits.push({ spec, start: m.index, end: m.index + m[0].length })
  }
  return hits.sort((a, b) => a.start - b.start).filter((h, i, all) => i === 0 || h.start >= all[i - 1]!.end)
}

/** The words of a label, without the cells it wraps round (their digits are cells, not the label's). */
function labelPieces(text: string, hit: Hit): [number, number][] {
  const masked = maskSpacedCells(text.slice(hit.start, hit.end))
  const out: [number, number][] = []
  for (const m of masked.matchAll(/\S+/g)) out.push([hit.start + m.index, hit.start + m.index + m[0].length])
  return out
}

function trimTrailingBlanks(tokens: CellToken[], want: number): CellToken[] {
  let n = tokens.length
  while (n > want && isBlankCell(tokens[n - 1])) n--
  return tokens.slice(0, n)
}

/** Reads `want` cells from a row's tokens: as printed, or by a unique split of run-together digits. */
function rowCells(tokens: CellToken[], want: number): (number | null)[] | null {
  if (tokens.some((t) => t.glued)) return null
  // Empty cells after the row's own: one wide table pads its one-column rows (行政许可 | 550 | | |),
  // and a header row's empty cells follow the row above it.
  tokens = trimTrailingBlanks(tokens, want)
  if (tokens.length === want) return tokens.map((t) => t.value)
  // More numbers than cells: another row's numbers came along (labels printed before their numbers).
  if (tokens.length > want) return null
  // A sign word (增/减) takes the digits run after it ("减425" may be 减4 and 25): no unique split.
  if (tokens.some((t) => !t.splittable && t.value !== 0 && t.value !== null)) return null
  const splits = splitRow(tokens, want, [])
  return splits.length === 1 ? splits[0]! : null
}

/** The rows whose cell count tells the templates apart: three cells in 2019, one in 2021. */
const COUNTED_ROWS: (keyof ActiveDisclosure)[] = ['licensing', 'penalties', 'enforcement']

/** Without column headings: the template of the first counted row that carries cells. */
function layoutByCells(rows: { hit: Hit; own: CellToken[] }[]): DisclosureLayout | null {
  const row = rows.find((r) => COUNTED_ROWS.includes(r.hit.spec.key) && r.own.length > 0)
  return row ? (row.own.length >= 3 ? '2019' : '2021') : null
}

interface Row {
  hit: Hit
  own: CellToken[]
}

const rowName = (key: string): string => ROW_NAMES[key] ?? key

/**
 * Labels printed together before their numbers (pdftotext prints a label column as one block): rows
 * without cells of their own, then the row that holds the cells of them all. Which number is whose
 * depends on the order they were printed in — row by row or column by column — and section 二 has
 * no sums to tell; so the cells are shared out only where both orders give every row the same numbers
 * (rows of one cell each, or equal numbers), or where the 增/减 signs prove the order. Returns the
 * rows with their shares, and notes for runs left unread.
 */
function shareLabelRuns(text: string, rows: Row[], fieldsOf: (r: Row) => string[], notes: ExtractionNote[]): Row[] {
  const fieldCount = (r: Row): number => fieldsOf(r).length
  const out = rows.map((r) => ({ ...r }))
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.own.length > 0 || fieldCount(out[i]!) === 0) continue
    let k = i
    while (k < out.length && out[k]!.own.length === 0) k++
    if (k >= out.length) break
    const run = out.slice(i, k + 1).filter((r) => fieldCount(r) > 0)
    const counts = run.map(fieldCount)
    const want = counts.reduce((a, b) => a + b, 0)
    const toks = trimTrailingBlanks(out[k]!.own, want)
    if (toks.length !== want || toks.some((t) => t.glued)) {
      i = k
      continue
    }
    // Row by row, and column by column (rows with fewer cells drop out of the later columns).
    const byRow: CellToken[][] = []
    let at = 0
    for (const n of counts) byRow.push(toks.slice(at, (at += n)))
    const byColumn: CellToken[][] = counts.map(() => [])
    at = 0
    for (let c = 0; c < Math.max(...counts); c++) counts.forEach((n, r) => n > c && byColumn[r]!.push(toks[at++]!))
    // Equal numbers either way, or the 增/减 column's signs tell the order.
    const same = byRow.every((cells, r) => cells.every((t, c) => t.value === byColumn[r]![c]!.value))
    const order = same ? byRow : orderBySigns(text, run.map(fieldsOf), byRow, byColumn)
    if (order) run.forEach((r, j) => (r.own = order[j]!))
    else {
      const names = run.map((r) => `「${rowName(r.hit.spec.key)}」`).join('')
      for (const r of run) {
        notes.push({ field: `activeDisclosure.${r.hit.spec.key}`, message: `表二${names}行的行名排在一起、数字在后，按行读与按列读得数不同，不能确定各数属于哪一行，未读取。` })
        r.own = []
      }
    }
    i = k
  }
  return out
}

/**
 * 增/减 is printed only in the 本年增/减 column (2019 template): where the signed numbers fall on that
 * column in one order and not in the other, that order is proven. Returns its shares, or null.
 */
function orderBySigns(text: string, fields: string[][], byRow: CellToken[][], byColumn: CellToken[][]): CellToken[][] | null {
  const signed = (t: CellToken): boolean => /^[增减]/.test(text.slice(t.start, t.start + 1))
  const fits = (order: CellToken[][]): boolean => order.every((cells, r) => cells.every((t, c) => !signed(t) || fields[r]![c] === 'change'))
  const anySigned = byRow.some((cells) => cells.some(signed))
  if (!anySigned) return null
  const rowOk = fits(byRow)
  const columnOk = fits(byColumn)
  return rowOk && !columnOk ? byRow : columnOk && !rowOk ? byColumn : null
}

/** A small table's caption (第二十条第（五）项). */
const CAPTION = new RegExp(`${fuzzy('第二十条')}[^\\n]{0,12}?项`, 'g')

/**
 * Between a caption and its table's header no cell can stand: a number there is a page footer (a
 * page break after the caption, as printed reports have it). Ranges whose digits are not cells.
 */
function captionGaps(text: string): [number, number][] {
  const out: [number, number][] = []
  const header = new RegExp(TABLE_HEADER.source, 'g')
  const caption = new RegExp(CAPTION.source)
  for (const c of text.matchAll(CAPTION)) {
    const end = c.index + c[0].length
    header.lastIndex = end
    const h = header.exec(text)
    if (h && !caption.test(text.slice(end, h.index))) out.push([end, h.index])
  }
  return out
}

/** The column header that opens each small table (信息内容 | 本年处理决定数量 …). */
const TABLE_HEADER = new RegExp(fuzzy('信息内容'), 'g')

/**
 * pdftotext prints a one-cell row's number before its label where the label cell is the taller
 * ("本年处理决定数量\n550\n行政许可"): numbers between a small table's header and its first label.
 * Read by label, they would go to the row above (across the header). Each row of that table then
 * takes the numbers before its label instead — only where this gives every row of the table exactly
 * its cells with nothing after the last label; else the labels keep their numbers.
 */
function valueFirstTables(text: string, rows: Row[], tokens: CellToken[], fieldCount: (r: Row) => number): Row[] {
  const headers = [...text.matchAll(TABLE_HEADER)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  const out = rows.map((r) => ({ ...r }))
  const within = (from: number, to: number): CellToken[] => tokens.filter((t) => t.start >= from && t.start < to)
  const fits = (r: Row, cells: CellToken[]): boolean => trimTrailingBlanks(cells, fieldCount(r)).length === fieldCount(r)
  headers.forEach((h, hi) => {
    const segEnd = headers[hi + 1]?.start ?? text.length
    const seg = out.filter((r) => r.hit.start > h.end && r.hit.start < segEnd)
    if (seg.length === 0) return
    const lead = within(h.end, seg[0]!.hit.start)
    // Empty cells after the header are a wider table's padding, not numbers out of place.
    if (lead.every(isBlankCell)) return
    const shares = seg.map((r, j) => (j === 0 ? lead : within(seg[j - 1]!.hit.end, r.hit.start)))
    const last = seg[seg.length - 1]!
    const inLabels = seg.some((r) => within(r.hit.start, r.hit.end).length > 0)
    if (inLabels || !shares.every((cells, j) => fits(seg[j]!, cells)) || !within(last.hit.end, segEnd).every(isBlankCell)) return
    for (const r of out) if (r.hit.start < h.start) r.own = r.own.filter((t) => t.start < h.end || t.start >= seg[0]!.hit.start)
    seg.forEach((r, j) => (r.own = shares[j]!))
  })
  return out
}

export function parseActiveDisclosure(text: string): DisclosureParse {
  const notes: ExtractionNote[] = []
  const hits = findRows(text)
  const tokens = readCells(text, [...hits.flatMap((h) => labelPieces(text, h)), ...captionGaps(text)])
  const rows = hits.map((hit, i) => {
    const nextStart = hits[i + 1]?.start ?? text.length
    return { hit, own: tokens.filter((t) => t.start >= hit.start && t.start < nextStart) }
  })
  // Decided once for the whole table, before any row is read: rows above 行政许可 (规章, 规范性文件)
  // have three cells in both templates and cannot tell.
  const layout = disclosureLayout(text) ?? layoutByCells(rows)
  const table: Record<string, Record<string, number | null>> = {}
  const spans: DisclosureParse['spans'] = {}

  const fieldsOf = (r: Row): string[] => r.hit.spec.fields[layout ?? '2021']
  const count = (r: Row): number => fieldsOf(r).length
  for (const { hit, own } of shareLabelRuns(text, valueFirstTables(text, rows, tokens, count), fieldsOf, notes)) {
    const fields = hit.spec.fields[layout ?? '2021']
    if (fields.length === 0) continue
    if (own.length === 0) {
      if (!notes.some((n) => n.field === `activeDisclosure.${hit.spec.key}`)) notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行有行名但其后没有数字，未读取。` })
      table[hit.spec.key] = Object.fromEntries(fields.map((f) => [f, null]))
      continue
    }
    const cells = rowCells(own, fields.length)
    if (!cells) {
      notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行读到 ${own.length} 个数字，应为 ${fields.length} 个，不能唯一确定，未读取。` })
      table[hit.spec.key] = Object.fromEntries(fields.map((f) => [f, null]))
      continue
    }
    const lastTok = own[Math.min(own.length, fields.length) - 1]!
    // 采购总金额 printed in 元 (not 万元) is converted: the model keeps 万元.
    const inYuan = hit.spec.key === 'procurement' && /^\s*元/.test(text.slice(lastTok.end, lastTok.end + 3))
    if (inYuan && typeof cells[1] === 'number') cells[1] = Number((cells[1] / 10000).toPrecision(12))
    table[hit.spec.key] = Object.fromEntries(fields.map((f, j) => [f, cells[j] ?? null]))
    spans[hit.spec.key] = { start: Math.min(hit.start, own[0]!.start), end: Math.max(hit.end, lastTok.end) }
  }
  for (const spec of ROWS) {
    if (spec.fields[layout ?? '2021'].length > 0 && !hits.some((h) => h.spec === spec)) notes.push({ field: `activeDisclosure.${spec.key}`, message: `表二未找到「${rowName(spec.key)}」行，未读取。` })
  }
  return { layout, table: table as ActiveDisclosure, spans, notes }
}
