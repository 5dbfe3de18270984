// Table 三 with a 小计 row at each group's head (（三）…（六）), its labels printed apart from its numbers
// (pdftotext plain of a PDF, page by page: each page's labels, then its numbers; a label cut at a page's
// end, its head on one page, its tail on the next). A 小计 row's numbers stand among the others with
// no row label of their own, so a run-by-run reading places the rows after it one off, and each still
// adds up (a 小计 row adds up too). Here the 小计 row is a row like the others, read in label order:
// the template's rows in the order their labels are printed, a 小计 row before each group's first row,
// every row of numbers in print order under them. The reading stands only where every identity holds:
// each row's total, each 小计 row = the sum of its group's rows (column by column), 总计 = the outcome
// rows, 一 + 二 = （七） + 四. Where it does not, a table that shows such rows (「小计」 printed apart from
// its numbers, or the numbers exactly one row per group more than the rows) is suspect: its rows read
// apart from their labels are left unread (requests-table.ts), each with a note.
import { OUTCOME_ROW_KEYS, type RequestRow, type RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { REQUEST_ROW_GROUP, requestRowsOf } from '../model/template-labels'
import type { CellToken } from './cells'
import { findLabels, type LabelHit } from './requests-labels'
import { tableTokens } from './requests-events'
import { flowHolds, rowName, rowSumHolds, type RowHow } from './requests-proof'
import type { RequestsParse } from './requests-parsed-row'
import { requestColumnMap, type ColumnSource } from './requests-columns'
import { parsedToTemplate, rowsInTemplateOrder } from './requests-column-apply'
import { WIDTH } from './requests-run'
import { SUBTOTAL_HEADER, subtotalColumn, subtotalPlaceInHeader, withoutColumn } from './requests-subtotal'
import { fuzzy, OTHER_HANDLING_SUBROWS } from './row-labels'

/** A row of the printed table: a template row, or a group's 小计 row. */
type PrintedRow = { key: RequestRowKey } | { group: string }

/** How far before the first row label a 小计 column heading is looked for. */
const HEADER_REACH = 300
const SUBTOTAL = new RegExp(fuzzy('小计'), 'g')
/** What a 小计 with its own numbers after it is followed by: a cell (a number, not a label's numbering 「1.」; a dash, slash or 〇). */
const CELL_NEXT = /^[\s\u3000]*(?:[0-9０-９][0-9０-９,，]*(?![.．、0-9０-９])|[—－\-/／〇])/

/** A line holding only a label's numbering (「2.」「3．」). */
const CUT_NUMBERING = /^[\s\u3000]*[0-9０-９]{1,2}[.．、][\s\u3000]*$/

/** The whole line a token stands on. */
function lineOf(text: string, t: CellToken): string {
  const end = text.indexOf('\n', t.end)
  return text.slice(text.lastIndexOf('\n', t.start - 1) + 1, end < 0 ? text.length : end)
}

/** Where a group's 小计 row is printed: before its first row (the usual), or after its last. */
type SubtotalPlace = 'head' | 'foot'

/** The printed rows: the template's, a 小计 row before each group's first row (or after its last). */
export function rowsWithSubtotals(keys: readonly RequestRowKey[], place: SubtotalPlace = 'head'): PrintedRow[] {
  const out: PrintedRow[] = []
  keys.forEach((key, i) => {
    const group = REQUEST_ROW_GROUP[key]
    if (place === 'head' && group && group !== REQUEST_ROW_GROUP[keys[i - 1]!]) out.push({ group })
    out.push({ key })
    if (place === 'foot' && group && group !== REQUEST_ROW_GROUP[keys[i + 1]!]) out.push({ group })
  })
  return out
}

/** Whether a 「小计」 after the first row label is printed apart from its numbers (another label follows it). */
function subtotalApart(text: string, from: number): boolean {
  SUBTOTAL.lastIndex = from
  for (let m = SUBTOTAL.exec(text); m; m = SUBTOTAL.exec(text)) if (!CELL_NEXT.test(text.slice(m.index + m[0].length))) return true
  return false
}

/**
 * Whether the rows read in order stand: every row's total, every 小计 row = its group's rows, and
 * 一 + 二 = （七） + 四 hold. 总计 = the outcome rows may fail as printed (the report's own slip, which
 * the checks flag): `outcomesSlip` then says so. A row one off breaks a 小计 row's sum or the flow.
 */
function inOrderHolds(printed: readonly PrintedRow[], cells: readonly RequestRow[], rows: Partial<Record<RequestRowKey, RequestRow>>): { ok: boolean; outcomesSlip: boolean } {
  const no = { ok: false, outcomesSlip: false }
  if (!cells.every(rowSumHolds)) return no
  for (let i = 0; i < printed.length; i++) {
    const p = printed[i]!
    if (!('group' in p)) continue
    const members = printed.flatMap((q, j) => ('key' in q && REQUEST_ROW_GROUP[q.key] === p.group ? [j] : []))
    for (let c = 0; c < WIDTH; c++) if ((cells[i]![c] ?? 0) !== members.reduce((a, j) => a + (cells[j]![c] ?? 0), 0)) return no
  }
  // 总计 = the outcome rows printed (a row the table does not print is not among them).
  const outcomes = OUTCOME_ROW_KEYS.filter((k) => rows[k])
  const total = rows.handledTotal
  if (!total || !outcomes.length || !flowHolds(rows)) return no
  let outcomesSlip = false
  for (let c = 0; c < WIDTH; c++) if (outcomes.reduce((a, k) => a + (rows[k]![c] ?? 0), 0) !== (total[c] ?? 0)) outcomesSlip = true
  return { ok: true, outcomesSlip }
}

/** Two rows without their labels, of one group or both outside the groups, whose cells differ: their order is not proven. */
function exchangeable(unordered: readonly RequestRowKey[], rows: Partial<Record<RequestRowKey, RequestRow>>): boolean {
  const same = (a: RequestRow, b: RequestRow): boolean => a.every((x, c) => (x ?? 0) === (b[c] ?? 0))
  return unordered.some((a, i) => unordered.slice(i + 1).some((b) => (REQUEST_ROW_GROUP[a] ?? '') === (REQUEST_ROW_GROUP[b] ?? '') && !same(rows[a]!, rows[b]!)))
}

export interface SubtotalOrder {
  /** The table read in label order, every identity holding with its 小计 rows. */
  parse: RequestsParse | null
  /** Not read so, yet the table shows 小计 rows printed apart from their labels: rows read apart from their labels are suspect. */
  suspect: boolean
}

/** Reads table 三 with its 小计 rows in label order, where its labels are printed apart from its numbers (see above). */
export function subtotalRowsInOrder(text: string, before: string, columns: ColumnSource = { streamOrder: true }): SubtotalOrder {
  const none: SubtotalOrder = { parse: null, suspect: false }
  const labels = findLabels(text)
  const first = labels[0]?.start
  if (first === undefined) return none
  // A 小计 column in the header (rows of eight cells; requests-subtotal.ts): left out where the rows' sums place it.
  const header = text.slice(Math.max(0, first - HEADER_REACH), first)
  const width = SUBTOTAL_HEADER.test(header) ? WIDTH + 1 : WIDTH
  const split = labels.some((h) => OTHER_HANDLING_SUBROWS.includes(h.key))
  const layoutKeys = requestRowsOf(split ? '2021' : '2019')
  const rowLabels = labels.filter((h) => layoutKeys.includes(h.key))
  // A label's numbering cut from its words at a page end (「2.」 alone on its line) is no cell.
  const tokens = tableTokens(text, labels, width, true).filter((t) => t.start >= first && !CUT_NUMBERING.test(lineOf(text, t)))
  // Labels printed apart: two row labels with no cell between them.
  const apart = rowLabels.some((h, i) => i > 0 && !tokens.some((t) => t.start >= rowLabels[i - 1]!.end && t.start < h.start))
  if (!apart) return none
  // The rows printed: the template's (a label cut at a page end may be found by neither piece), or those whose labels are found (a row the table leaves out).
  const found = layoutKeys.filter((k) => rowLabels.some((h) => h.key === k))
  const clean = tokens.length % width === 0 && !tokens.some((t) => t.glued || t.numeral || t.grouped)
  const keys = clean ? [layoutKeys, found].find((ks) => rowsWithSubtotals(ks).length * width === tokens.length) : undefined
  // Suspect: 「小计」 printed apart from its numbers, or at least a row of numbers per group (two or more groups) more than the labels found (a stray or a blank may spoil the exact count).
  const withSubtotals = rowsWithSubtotals(found)
  const suspect = keys !== undefined || subtotalApart(text, first) || (withSubtotals.length - found.length >= 2 && tokens.length > (withSubtotals.length - 1) * width)
  if (!keys) return { parse: null, suspect }
  // The labels found printed in the template's order: the rows of numbers follow that order.
  const hits = found.map((k) => rowLabels.find((h) => h.key === k)!)
  if (hits.some((h, i) => i > 0 && h.start <= hits[i - 1]!.start)) return { parse: null, suspect }
  // Columns printed in another order than the template's: put in its order by the header's labels, as the run-by-run reading does.
  const columnMap = requestColumnMap((before + text.slice(0, first)).slice(-HEADER_REACH), columns)
  if (columnMap.kind === 'refused') return { parse: null, suspect }
  // 小计 at the groups' heads or at their feet: a table whose only non-zero row in each group is its
  // first adds up both ways, each row one off in the other; only one placement that holds is a reading.
  const readings = (['head', 'foot'] as const).flatMap((place) => {
    const notes: ExtractionNote[] = []
    const printed = rowsWithSubtotals(keys, place)
    const printedCells = printed.map((_, i) => tokens.slice(i * width, (i + 1) * width).map((t) => t.value))
    const at = width === WIDTH ? null : subtotalColumn(printedCells, subtotalPlaceInHeader(header))
    if (width !== WIDTH && at === null) return []
    const asParsed = printedCells.map((r) => ({ candidates: [at === null ? r : withoutColumn(r, at)], dashes: [] }))
    parsedToTemplate(asParsed, columnMap, notes)
    const cells = asParsed.map((p) => p.candidates[0]!)
    const rows: Partial<Record<RequestRowKey, RequestRow>> = {}
    printed.forEach((p, i) => {
      if ('key' in p) rows[p.key] = cells[i]!
    })
    // Rows without a label found take their place from the template's order: two such rows of one group (or both outside the groups), exchanged, add up alike.
    const unordered = keys.filter((k) => !found.includes(k))
    const held = inOrderHolds(printed, cells, rows)
    if (!held.ok || exchangeable(unordered, rows)) return []
    if (held.outcomesSlip) notes.push({ field: 'requests.handledTotal', message: '表三「（七）总计」行与各项办理结果之和不符（报告自身的差错，请对照原文核实）；各行按行名次序读取，各行合计、各组小计与“一 + 二 = （七） + 四”均成立。' })
    return [{ printed, rows, notes }]
  })
  const sameRows = (a: (typeof readings)[number], b: (typeof readings)[number]): boolean => keys.every((k) => a.rows[k]!.every((x, c) => x === b.rows[k]![c]))
  if (!readings.length || (readings.length === 2 && !sameRows(readings[0]!, readings[1]!))) return { parse: null, suspect }
  const { printed, rows, notes } = readings[0]!
  const inOrder = rowsInTemplateOrder(rows, columnMap, notes)
  return { parse: readInOrder(printed, tokens, width, hits, inOrder, split, notes), suspect: false }
}

function readInOrder(printed: readonly PrintedRow[], tokens: readonly CellToken[], width: number, hits: readonly LabelHit[], rows: Partial<Record<RequestRowKey, RequestRow>>, split: boolean, columnNotes: ExtractionNote[]): RequestsParse {
  const how: Partial<Record<RequestRowKey, RowHow>> = {}
  const spans: RequestsParse['spans'] = {}
  printed.forEach((p, i) => {
    if (!('key' in p)) return
    how[p.key] = 'sums'
    spans[p.key] = { start: hits.find((h) => h.key === p.key)?.start ?? tokens[i * width]!.start, end: tokens[(i + 1) * width - 1]!.end }
  })
  const notes: ExtractionNote[] = [
    ...columnNotes,
    {
      field: 'requests',
      message: '表三的行名与数字分开印出，各组另有「小计」行（其数字混在各行数字之中）：按行名的次序读取，每组小计等于本组各行之和、各行合计及表内合计关系全部成立。',
    },
  ]
  return { rows, how, spans, otherHandlingLayout: split ? 'split' : 'single', notes }
}

/** Rows read apart from their labels in a suspect table (see above): emptied, each with a note. */
export function unreadRowsApartFromLabels(parse: RequestsParse): RequestsParse {
  const rows = { ...parse.rows }
  const how = { ...parse.how }
  const notes = parse.notes.slice()
  for (const key of Object.keys(rows) as RequestRowKey[]) {
    const row = rows[key]
    if (how[key] === 'label' || !row || row.every((x) => x === null)) continue
    rows[key] = row.map(() => null)
    delete how[key]
    notes.push({
      field: `requests.${key}`,
      message: `表三「${rowName(key)}」行的行名与数字分开印出，表内又有各组的「小计」行（其数字混在各行数字之中，没有自己的行名），按行名次序读取时表内合计关系不能全部成立（或「小计」行排在各组之首、之末两种读法都成立而结果不同），哪一行数字属于哪一行不能确定，未读取。`,
    })
  }
  return { ...parse, rows, how, notes }
}
