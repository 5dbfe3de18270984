// Section 二: the small tables of 第二十条 items. Which template's columns they carry is read from
// their own column headings (2019: 本年新制作数量 / 上一年项目数量 …; 2021: 本年制发件数 / 本年处理决定数量 …).
import type { ActiveDisclosure } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { maskSpacedCells, readCells, type CellToken } from './cells'
import { isBlankCell } from './cell-row-blanks'
import { oddCellIn } from './disclosure-odd-cells'
import { fuzzy } from './row-labels'
import { ROW_LABELS, type RowLabel } from './disclosure-row-labels'
import { rowColumns } from './disclosure-row-columns'
import { amountInWanYuan, approxCell, approxInText, cellUnit, headerAmountUnit, wholeCount } from './disclosure-units'
import { foreignRowNote, foreignRows, type ForeignRow } from './disclosure-foreign-rows'
import { captionGaps, rowName, shareLabelRuns, trimTrailingBlanks, valueFirstTables, type PlacedRow } from './disclosure-row-order'
import { unplacedLeadTables } from './disclosure-lead-cells'
import { dropUnlabelledTables } from './disclosure-unlabelled-tables'
import { isZeroLed } from './zero-led'
import { laidOutAsCell, numbersBeforePageBreaks, rowBesidePageNumber } from './page-number-lines'
import { wholeWhereSeparated } from './disclosure-whole-numbers'
import { numeralAmongCells, numeralBetweenLabels } from './disclosure-label-numeral'
import { signBoundedFirst } from './disclosure-sign-bound'
import { changeSign, startsWithSignWord } from './disclosure-change-sign'
import { spacedDigitsInCell, spacedWords } from './spaced-digit-cells'
import { toAsciiDigits } from './numbers-cn'
import { signJoinedNumbers } from './thousands-signs'
import { strayDashLine } from './disclosure-stray-dash'
import { totalRowsTwice } from './disclosure-total-twice'
import { cutQualifiedTwins } from './disclosure-cut-twins'
import { cellsBeforeTrailingWord, rowCells, wordBetween } from './disclosure-row-cells'
import { boundedCellsAfterLabel, cutAcrossBorders } from './disclosure-bounded-cells'

export type DisclosureLayout = '2019' | '2021'

interface RowSpec {
  key: keyof ActiveDisclosure
  /** Row label patterns, the template's word first (disclosure-row-labels.ts). */
  labels: RowLabel[]
  fields: Record<DisclosureLayout, string[]>
}

/** Rows of section 二 in template order; fields in column order. */
const ROWS: RowSpec[] = [
  { key: 'rules', labels: ROW_LABELS.rules, fields: { '2019': ['newlyMade', 'newlyPublished', 'publishedTotal'], '2021': ['issued', 'repealed', 'inForce'] } },
  { key: 'normativeDocs', labels: ROW_LABELS.normativeDocs, fields: { '2019': ['newlyMade', 'newlyPublished', 'publishedTotal'], '2021': ['issued', 'repealed', 'inForce'] } },
  { key: 'licensing', labels: ROW_LABELS.licensing, fields: { '2019': ['lastYearItems', 'change', 'decisions'], '2021': ['decisions'] } },
  { key: 'otherServices', labels: ROW_LABELS.otherServices, fields: { '2019': ['lastYearItems', 'change', 'decisions'], '2021': [] } },
  { key: 'penalties', labels: ROW_LABELS.penalties, fields: { '2019': ['lastYearItems', 'change', 'decisions'], '2021': ['decisions'] } },
  { key: 'enforcement', labels: ROW_LABELS.enforcement, fields: { '2019': ['lastYearItems', 'change', 'decisions'], '2021': ['decisions'] } },
  { key: 'fees', labels: ROW_LABELS.fees, fields: { '2019': ['lastYearItems', 'change'], '2021': ['amountWanYuan'] } },
  { key: 'procurement', labels: ROW_LABELS.procurement, fields: { '2019': ['projects', 'amountWanYuan'], '2021': [] } },
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
  /** The report's word where it is a synonym of the template's (行政审批 for 行政许可), else null. */
  synonym: string | null
}

/** The tables start at their first heading (第二十条第（一）项 / 信息内容); prose before is not a row. */
const TABLES_START = new RegExp(`${fuzzy('第二十条')}|${fuzzy('信息内容')}`)

/** A small table's caption with the item's words after it, to the line's end. */
const CAPTION_LINE = new RegExp(`${fuzzy('第二十条')}[^\\n]{0,12}?项[：:][^\\n]*`, 'g')

/**
 * Each row's first label, in the order they stand (converted tables may come out of order). Matched
 * with the cells masked out, so that a label wrapped round its row's cells is found whole.
 */
function findRows(text: string): Hit[] {
  const hits: Hit[] = []
  const from = TABLES_START.exec(text)?.index ?? 0
  // A caption naming its item (「第二十条第（八）项：行政事业性收费项目及其依据、标准」) holds row names, no row.
  const masked = maskSpacedCells(text).replace(CAPTION_LINE, (m) => ' '.repeat(m.length))
  for (const spec of ROWS) {
    // A synonym only where the template's word (or an earlier synonym) is nowhere in the tables.
    for (const label of spec.labels) {
      label.pattern.lastIndex = from
      const m = label.pattern.exec(masked)
      if (!m) continue
      hits.push({ spec, start: m.index, end: m.index + m[0].length, synonym: label.synonym })
      break
    }
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

/** The rows whose cell count tells the templates apart: three cells in 2019, one in 2021. */
const COUNTED_ROWS: (keyof ActiveDisclosure)[] = ['licensing', 'penalties', 'enforcement']

/** Without column headings: the template of the first counted row that carries cells. */
function layoutByCells(rows: { hit: Hit; own: CellToken[] }[]): DisclosureLayout | null {
  const row = rows.find((r) => COUNTED_ROWS.includes(r.hit.spec.key) && r.own.length > 0)
  return row ? (row.own.length >= 3 ? '2019' : '2021') : null
}

/** A foreign row as a row without a template row's fields (its count is its table's, tableFields). */
const FOREIGN_SPEC: RowSpec = { key: 'rules', labels: [], fields: { '2019': [], '2021': [] } }
const foreignHit = (f: ForeignRow): Hit => ({ spec: FOREIGN_SPEC, start: f.start, end: f.end, synonym: null })

/** The fields of the template row nearest to `at` within its small table (between 信息内容 headers), the
 *  one before it first; none where the table holds no template row. */
function tableFields(text: string, at: Hit, hits: Hit[], fieldsOf: (h: Hit) => string[]): string[] {
  const headers = [...text.matchAll(TABLE_HEADER_ALL)].map((m) => m.index)
  const from = Math.max(-1, ...headers.filter((h) => h < at.start))
  const to = Math.min(text.length, ...headers.filter((h) => h > at.start))
  const near = [...hits.filter((h) => h.start > from && h.start < at.start).reverse(), ...hits.filter((h) => h.start > at.start && h.start < to)]
  const row = near.find((h) => fieldsOf(h).length > 0)
  return row ? fieldsOf(row) : []
}

const TABLE_HEADER_ALL = new RegExp(fuzzy('信息内容'), 'g')

/** `pageStarts`: offsets in `text` where a new page starts (a bare number just before one may be the page's number). */
export function parseActiveDisclosure(printed: string, pageStarts: number[] = []): DisclosureParse {
  // Full-width digits made ASCII once (one character for one: spans stay valid), so every reading below sees ０-９ as 0-9.
  const text = toAsciiDigits(printed)
  const notes: ExtractionNote[] = []
  const pageNumberLines = numbersBeforePageBreaks(text, pageStarts)
  const hits = findRows(text)
  for (const h of hits) if (h.synonym) notes.push({ field: `activeDisclosure.${h.spec.key}`, message: `表二「${h.synonym}」行按模板的「${rowName(h.spec.key)}」行读取（同一事项的另一种写法）。` })
  const masked = maskSpacedCells(text)
  const foreign = foreignRows(masked, TABLES_START.exec(text)?.index ?? 0, hits)
  const read = readCells(text, [...hits.flatMap((h) => labelPieces(text, h)), ...foreign.map((f): [number, number] => [f.start, f.end]), ...captionGaps(text)])
  const tokens = wholeWhereSeparated(text, read)
  // The rows beyond the template stand among the rows as rows do: which numbers are theirs is told as
  // for any row (after the label, or before it where the table prints cells before labels), and only
  // then are they dropped (before: the numbers after a foreign label were dropped first, so in a table
  // printing cells before labels the foreign row's cells went to the template row before it).
  const labelled: { hit: Hit; row?: ForeignRow }[] = [...hits.map((hit) => ({ hit })), ...foreign.map((f) => ({ hit: foreignHit(f), row: f }))].sort((a, b) => a.hit.start - b.hit.start)
  const allRows = labelled.map(({ hit, row }, i): PlacedRow & { hit: Hit } => {
    const nextStart = labelled[i + 1]?.hit.start ?? text.length
    return { hit, ...(row ? { foreign: row.name } : {}), own: tokens.filter((t) => t.start >= hit.start && t.start < nextStart) }
  })
  const foreignOf = new Map(labelled.flatMap(({ hit, row }) => (row ? [[hit, row] as const] : [])))
  const rows = allRows.filter((r) => !r.foreign)
  // Decided once for the whole table, before any row is read: rows above 行政许可 (规章, 规范性文件)
  // have three cells in both templates and cannot tell.
  const layout = disclosureLayout(text) ?? layoutByCells(rows)
  const table: Record<string, Record<string, number | null>> = {}
  const spans: DisclosureParse['spans'] = {}

  // A foreign row has its table's columns: those of the template row nearest to it in its small table.
  const ownFields = (h: Hit): string[] => h.spec.fields[layout ?? '2021']
  const fieldsOf = (r: PlacedRow & { hit: Hit }): string[] => (r.foreign ? tableFields(text, r.hit, hits, ownFields) : ownFields(r.hit))
  const count = (r: PlacedRow & { hit: Hit }): number => fieldsOf(r).length
  const placedAll = shareLabelRuns(text, dropUnlabelledTables(text, unplacedLeadTables(text, valueFirstTables(text, allRows, tokens, count), tokens, count, notes), notes), fieldsOf, notes)
  const twice = totalRowsTwice(masked, hits, foreign)
  // Rows whose template row cannot be told from a twin: left unread whole, each with its reason.
  const undecided = new Map<Hit, string>(cutQualifiedTwins(masked, hits))
  for (const [hit, f] of twice) {
    const label = text.slice(hit.start, hit.end)
    undecided.set(hit, `表二有「${label}（${f.name}）」行，其后又有「${label}」行，哪一行是模板的「${rowName(hit.spec.key)}」行不能确定，两行均未读取。`)
  }
  for (const r of placedAll) {
    const f = foreignOf.get(r.hit)
    const note = f && ![...twice.values()].includes(f) ? foreignRowNote(f, r.own) : null
    if (note) notes.push(note)
  }
  const placed = placedAll.filter((r) => !r.foreign)
  // A 0 the section writes as a cell of its own (read as printed, or the one reading of its row,
  // "规章000"): the report writes its zeros, so no cell of these tables was a blank the text dropped.
  const writesZeros = placed.some(({ hit, own }) => {
    const want = hit.spec.fields[layout ?? '2021'].length
    return want > 0 && own.length > 0 && (rowCells(own, want)?.includes(0) ?? false)
  })
  for (const { hit, own: ownAsRead, openCells } of placed) {
    const templateFields = hit.spec.fields[layout ?? '2021']
    if (templateFields.length === 0) continue
    const why = undecided.get(hit)
    if (why) {
      notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: why })
      table[hit.spec.key] = Object.fromEntries(templateFields.map((f) => [f, null]))
      continue
    }
    // The row's columns in printed order, from its table's header words (disclosure-row-columns.ts).
    // A row beyond the template ends the header as a row does (部门规章 is no column heading).
    const placedCols = rowColumns(text, hit.start, [...hits.map((h) => h.start), ...foreign.map((f) => f.start)], templateFields, ownAsRead, rowName(hit.spec.key))
    if ('note' in placedCols) {
      notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: placedCols.note })
      table[hit.spec.key] = Object.fromEntries(templateFields.map((f) => [f, null]))
      continue
    }
    for (const m of placedCols.notes) notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `${m}。` })
    const fields = placedCols.columns
    // A number alone on the line before a page break may be the page's number, not this row's cell.
    const beside = rowBesidePageNumber(ownAsRead, pageNumberLines, (t) => rowCells(t, fields.length, writesZeros), writesZeros, (d, others) => laidOutAsCell(text, hit.start, d, others))
    if ('unsure' in beside) {
      notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行后换页处单独一行的数字「${text.slice(beside.unsure.start, beside.unsure.end)}」可能是页码，也可能是本行的一栏，各栏无法确定，整行未读取。` })
      table[hit.spec.key] = Object.fromEntries(templateFields.map((f) => [f, null]))
      continue
    }
    const nextLabel = labelled.find((l) => l.hit.start > hit.start)?.hit.start ?? null
    const own = numeralBetweenLabels(text, hit.end, nextLabel, beside.tokens, fields.length) ?? beside.tokens
    const stray = strayDashLine(text, own)
    if (stray) {
      notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行下方单独一行印有「${text.slice(stray.start, stray.end)}」，可能是本行的一栏，也可能是折行表头（如「本年增/减」）的一部分，各数字所在的栏无法确定，整行未读取。` })
      table[hit.spec.key] = Object.fromEntries(templateFields.map((f) => [f, null]))
      continue
    }
    // Digits apart by spaces where spaces bound no cell (「2 6件」 in a table cell: letter-spacing): one
    // number or two cannot be told, and section 二 has no sums to tell it (spaced-digit-cells.ts).
    const spaced = spacedDigitsInCell(text, own, hit.end)
    if (spaced) {
      notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行${spacedWords(spaced, own.some((t) => t.stacked))}，整行留空。` })
      table[hit.spec.key] = Object.fromEntries(templateFields.map((f) => [f, null]))
      continue
    }
    // Two numbers joined by a sign (「1’227」 where the text uses 「’」 otherwise too, or a sign not known as
    // a thousands separator): one number or two cannot be told, and section 二 has no sums (thousands-signs.ts).
    const joined = signJoinedNumbers(text, own)
    if (joined) {
      notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行「${joined}」两段数字之间隔着符号，可能是一个数（该符号作千位分隔符），也可能是两栏，整行未读取。` })
      table[hit.spec.key] = Object.fromEntries(templateFields.map((f) => [f, null]))
      continue
    }
    // A count, its unit and more digits in one cell (「790件5」: a footnote mark typed after the unit?):
    // which is the cell cannot be told, nor where the row's other numbers stand (cells.ts unitMarked).
    const marked = own.find((t) => t.unitMarked)
    if (marked) {
      notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行有一栏「${text.slice(marked.start, marked.end)}」在单位之后还有数字（可能是脚注标记），该栏是哪个数无法确定，整行未读取。` })
      table[hit.spec.key] = Object.fromEntries(templateFields.map((f) => [f, null]))
      continue
    }
    // A numeral after the label or a cell with words after it: the row's cell, so the digits after
    // the words are a later row's (「行政许可九十七非行政许可审批71」); the row is not read.
    const lead = numeralAmongCells(text, hit.end, nextLabel ?? text.length, own)
    if (lead) {
      notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行有汉字数字「${lead.word}」与其后的文字连在一起，其后的数字可能属于下一行，各栏无法确定，整行未读取。` })
      table[hit.spec.key] = Object.fromEntries(templateFields.map((f) => [f, null]))
      continue
    }
    if (own.length === 0) {
      const rough = approxInText(text.slice(hit.end, hits[hits.indexOf(hit) + 1]?.start ?? Math.min(text.length, hit.end + 40)))
      if (rough) notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行「${rough}」是约数，不是确切数字，未读取。` })
      // The row's name in a sentence (a report that writes section 二 as prose): no table row to read.
      else if (/[，。；]/.test(text.slice(hit.end, hits[hits.indexOf(hit) + 1]?.start ?? Math.min(text.length, hit.end + 40))))
        notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」以文字叙述，不是表格的一行，未从文字中读取。` })
      else if (!notes.some((n) => n.field === `activeDisclosure.${hit.spec.key}`)) notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行有行名但其后没有数字，未读取。` })
      table[hit.spec.key] = Object.fromEntries(templateFields.map((f) => [f, null]))
      continue
    }
    // Fewer numbers than cells, with a word standing alone between them (「规章 0 无 36」「七十 9 21」): the
    // word is a cell, so which cell each number is cannot be told (before: 36 was cut into 3 | 6).
    // A count in Chinese numerals glued among the cells (numeral-words.ts) is such a word as well.
    const numeral = own.find((t) => t.numeral)
    // Blank cells the reader found on the lines below (a header row's empty cells) do not make up the count.
    const printedOwn = own.filter((t) => !(t.value === null && t.digits === ''))
    const word = numeral ? text.slice(numeral.start, numeral.end) : own.length < fields.length ? wordBetween(text, own, hit.end) : printedOwn.length < fields.length ? wordBetween(text, printedOwn, hit.end) : null
    if (word) {
      notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行的数字之间有文字「${word}」，各数字所在的栏无法确定，整行未读取。` })
      table[hit.spec.key] = Object.fromEntries(templateFields.map((f) => [f, null]))
      continue
    }
    // One number short, and a word printed after the last number (「行政事业性收费 43 持平」): the word is the
    // last cell, each number one cell before it — never a number cut to fill the word's place (before: 4 | 3).
    const rowEnd = hits[hits.indexOf(hit) + 1]?.start ?? text.length
    const last = cellsBeforeTrailingWord(text, own, fields.length, rowEnd)
    if (last) notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行最后一栏印的是文字「${last.word}」，不是数字，该栏未读取（其余各栏照常读取）。` })
    // Fewer numbers than the cells the row's line prints: a cell was not read, and no cut may fill it (disclosure-bounded-cells.ts).
    if (!last && cutAcrossBorders(text, hit.end, own.length, fields.length)) {
      notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行印有 ${boundedCellsAfterLabel(text, hit.end)} 栏，只读到 ${own.length} 个数，有一栏的内容不能读成数字，各数字所在的栏无法确定，整行未读取。` })
      table[hit.spec.key] = Object.fromEntries(templateFields.map((f) => [f, null]))
      continue
    }
    const cells = last ? last.cells : rowCells(own, fields.length, writesZeros)
    if (!cells) {
      // Run together after the first cell, which the 增/减 sign bounds: that cell is read, the rest is not.
      const first = signBoundedFirst(text, hit.end, own, fields)
      if (first) {
        notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行的数字连在一起：第一栏由行名和其后的增减符号界定，已读取；其余两栏「${text.slice(own[1]!.start, own[1]!.end)}」无法唯一拆分，未读取。` })
        table[hit.spec.key] = Object.fromEntries(templateFields.map((f) => [f, f === first.field ? first.value : null]))
        continue
      }
      const more = own.length > fields.length ? `，多出的数字可能属于本程序未认出行名的行或栏` : ''
      const odd = own.length < fields.length ? oddCellIn(text.slice(hit.end, rowEnd)) : null
      if (odd) notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行有一栏印为「${odd}」（百分比、带文字的数或括号中的数），不是本栏要的件数，各栏无法确定，整行未读取。` })
      else notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行读到 ${own.length} 个数字，应为 ${fields.length} 个${more}，不能唯一确定，未读取。` })
      table[hit.spec.key] = Object.fromEntries(templateFields.map((f) => [f, null]))
      continue
    }
    const lastTok = own[Math.min(own.length, fields.length) - 1]!
    // Units (in printed order; the rows whose columns some reports reorder are all counts): a cell's own unit is known only where each number stood as its own cell.
    const hitIndex = hits.indexOf(hit)
    const header = headerAmountUnit(text, hitIndex > 0 ? hits[hitIndex - 1]!.end : 0, hit.start)
    const unitNotes: string[] = []
    // An approximate cell (「18万余」「近36000」) is no count. Where each number stood as its own cell only
    // that cell is left empty; where cells were split out of a run, which one it was cannot be told.
    const approx = own.slice(0, Math.max(fields.length, own.length)).map((t) => approxCell(text, t))
    if (own.length !== fields.length && approx.some((a) => a !== null)) {
      notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行印有约数「${approx.filter((a) => a !== null).join('」「')}」，不是确切数字，且各数字所在的栏无法确定，整行未读取。` })
      table[hit.spec.key] = Object.fromEntries(templateFields.map((f) => [f, null]))
      continue
    }
    // Cells of a label run the two print orders read differently (disclosure-order-agreement.ts): unread,
    // its note given; only where each number is still the printed cell it was shared out as.
    if (openCells && (own !== ownAsRead || last || own.length !== fields.length)) {
      notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行的数字与行名分开印出，各数字所在的栏无法确定，整行未读取。` })
      table[hit.spec.key] = Object.fromEntries(templateFields.map((f) => [f, null]))
      continue
    }
    for (const j of openCells ?? []) cells[j] = null
    const zeroLed = own.filter((t) => !t.dash && t.digits !== '' && isZeroLed(text.slice(t.start, t.end)))
    fields.forEach((f, j) => {
      if (openCells?.includes(j)) return
      const tok = own.length === fields.length ? own[j] : undefined
      if (tok && approx[j]) {
        unitNotes.push(`「${approx[j]}」是约数，不是确切数字，未读取`)
        cells[j] = null
        return
      }
      // 「07」: a 0 with a glued footnote mark, not 7 (zero-led.ts); section 二 has no sums to tell.
      const mine = zeroLed.length ? trimTrailingBlanks(own, fields.length) : []
      const printedTok = mine.length === fields.length ? mine[j] : undefined
      // Only where each number stood as its own cell: digits run together (「规章0036」) are cut into cells elsewhere.
      if (printedTok && zeroLed.includes(printedTok)) {
        unitNotes.push(`「${text.slice(printedTok.start, printedTok.end)}」以 0 开头（多半是 0 后粘连的脚注标记），不是确切数字，未读取`)
        cells[j] = null
        return
      }
      if (tok && isBlankCell(tok)) {
        if (f !== '') unitNotes.push(`第 ${j + 1} 栏空白，未读取`)
        return
      }
      // A dash (「/」「—」) or 无 as a table cell is the report's way of writing none: 0 (report-model.md),
      // said in a note, as section 二 has no sums to prove it.
      if (tok?.dash) {
        unitNotes.push(`第 ${j + 1} 栏印的是「${text.slice(tok.start, tok.end)}」，按“没有”读作 0`)
        return
      }
      const unit = tok ? cellUnit(text, tok) : null
      const r = f === 'amountWanYuan' ? amountInWanYuan(cells[j] ?? null, unit, header) : wholeCount(cells[j] ?? null, unit)
      if (r.why) unitNotes.push(r.why)
      cells[j] = r.value
      // The 2019 table's 本年增/减: the words printed with the digits sign them (「下降115」 = −115).
      // (A row printed with empty cells after its last (a one-table layout's shorter row) is read by its printed tokens.)
      const trimmed = tok ? null : trimTrailingBlanks(own, fields.length)
      const signTok = tok ?? (trimmed?.length === fields.length ? trimmed[j] : undefined)
      const signList = tok ? own : trimmed ?? own
      const at = signTok ? signList.indexOf(signTok) : -1
      const sign = f === 'change' && signTok && r.value !== null ? changeSign(text, at > 0 ? signList[at - 1]!.end : hit.end, signTok, signList[at + 1]) : null
      if (sign !== null && typeof sign === 'object') {
        unitNotes.push(`第 ${j + 1} 栏（本年增/减）印的是「${sign.doubt}」，其中的文字或符号不能确定是增还是减，未读取`)
        cells[j] = null
      } else if (sign !== null) cells[j] = sign * Math.abs(r.value!)
      // A count never has a sign: a sign word before it (「115 减少 1103」) is the 增/减 cell's before it, which
      // changeSign read; any other sign on a count (「-36」 under 本年发布) cannot be placed.
      if (f !== 'change' && r.value !== null && r.value < 0) {
        if (signTok && fields[j - 1] === 'change' && startsWithSignWord(text, signTok)) cells[j] = Math.abs(r.value)
        else {
          unitNotes.push(`第 ${j + 1} 栏印的是「${signTok ? text.slice(signTok.start, signTok.end) : r.value}」，件数不应带负号或增减符号，未读取`)
          cells[j] = null
        }
      }
    })
    if (unitNotes.length > 0) notes.push({ field: `activeDisclosure.${hit.spec.key}`, message: `表二「${rowName(hit.spec.key)}」行${unitNotes.join('；')}。` })
    table[hit.spec.key] = Object.fromEntries(templateFields.map((f) => [f, fields.includes(f) ? (cells[fields.indexOf(f)] ?? null) : null]))
    spans[hit.spec.key] = { start: Math.min(hit.start, own[0]!.start), end: Math.max(hit.end, lastTok.end) }
  }
  for (const spec of ROWS) {
    if (spec.fields[layout ?? '2021'].length > 0 && !hits.some((h) => h.spec === spec)) notes.push({ field: `activeDisclosure.${spec.key}`, message: `表二未找到「${rowName(spec.key)}」行，未读取。` })
  }
  return { layout, table: table as ActiveDisclosure, spans, notes }
}
