// Document → one flat text with a map back to source locations.
//
// Every extractor works on this flat text, whatever the reader: a text file's lines, a PDF's
// rebuilt lines and a DOCX/HTML table all end up as lines here. Table cells are separated by
// CELL_SEP and an empty cell becomes BLANK_CELL, so that "left blank" survives (it is `null`,
// never 0) while text-only shapes (one cell per line, run-together digits) still read the same way.
import type { Block, SourceDocument, SourceLocation } from '../model/document'
import { toSimplifiedForMatching } from './prose-text'
import { CN_NUMERAL_CHARS, cnCountToInt, zeroSignCellsAsDigits } from './numbers-cn'
import { joinGroupedCell, joinGroupedTabFields, markLetterSpacedCell, markLetterSpacedTabFields } from './grouped-digits'
import { numeralTextLinesAsDigits } from './numeral-words'
import { visibleText, withoutEmptyColumns } from './empty-columns'
import { withoutOrdinalColumn } from './ordinal-column'
import { withoutRemarksCells, type RemarksCarry } from './remarks-columns'
import { withoutTextRemarks } from './remarks-text-lines'
import { joinSideSplitTables } from './side-split-tables'
import { COLUMN_NUMBERS_NAME } from './column-number-rows'
import { markStackedNumbers } from './stacked-digits'
import { withoutLabelFillers } from './label-filler-cells'
import { joinSplitLabelRows } from './split-label-rows'
import { BLANK_CELL, CELL_SEP } from './flat-marks'

/** Formats whose text the shared layout code built from positioned glyphs (cells parted by their gaps). */
export const POSITIONED_FORMATS: ReadonlySet<SourceDocument['format']> = new Set(['pdf', 'ofd', 'image'])


export interface FlatSpan {
  start: number
  end: number
  loc: SourceLocation
}

export interface FlatText {
  text: string
  spans: FlatSpan[]
}

/** A table cell that holds a count in Chinese numerals and nothing else (「七十」「八百七十三」「四万零二百三十六件」, a change 「增一」). */
const NUMERAL_CELL = new RegExp(`^([增减+＋\\-－]?)([${CN_NUMERAL_CHARS}万]+)([件个条项次]?)$`)

/**
 * A cell typed in Chinese numerals, as some small bodies type their tables, is its number in digits:
 * the cell's bounds are known, so it is that one number (before, it gave no number and a later cell
 * took its place, or a neighbour was cut in two to fill it).
 */
function numeralCellAsDigits(t: string): string {
  const m = NUMERAL_CELL.exec(t)
  const n = m ? cnCountToInt(m[2]!) : null
  return m && n !== null ? `${m[1]}${n}${m[3]}` : t
}

/** 1 … 99 in Chinese numerals (「十五」「二十一」). */
function cnNumeral(n: number): string {
  const d = '〇一二三四五六七八九'
  const tens = Math.floor(n / 10)
  return (tens === 0 ? '' : tens === 1 ? '十' : `${d[tens]}十`) + (n % 10 === 0 && tens > 0 ? '' : d[n % 10]!)
}

/**
 * A row of five or more cells 1, 2, 3 … (or 一, 二, 三 …) in order and nothing else (a table row, or a text
 * line of them parted by spaces or tabs) numbers the columns (栏次), in digits or numerals (review rv17c).
 * No data row can print it: table 三's and table 四's totals would then be their own column numbers,
 * never the sum of the cells before them. It is written as the numerals 一, 二 … so every reader takes it
 * as the column-number row it is (before, table 四 with no data row after it was read 1 … 15).
 */
function columnNumberRow(texts: string[]): string[] | null {
  // The row may name itself first (「栏次 | 1 | 2 …」).
  const named = COLUMN_NUMBERS_NAME.test(texts.find((t) => t !== '') ?? '')
  const filled = texts.filter((t) => t !== '').slice(named ? 1 : 0)
  const value = (t: string): number | null => (/^\d+$/.test(t) ? Number(t) : cnCountToInt(NUMERAL_CELL.exec(t)?.[2] ?? ''))
  if (filled.length < 5 || filled.length > 99 || !filled.every((t, i) => value(t) === i + 1)) return null
  let n = 0
  let label = named
  return texts.map((t) => {
    if (t === '') return t
    if (label) {
      label = false
      return t
    }
    return cnNumeral(++n)
  })
}


function tableRowText(cells: { text: string }[], positioned: boolean, ocr = false): string {
  // A cell's lines are joined (a label wrapped by hand), but numbers on lines of their own stay apart in
  // the formats that give no positions (stacked-digits.ts: 「9」「10」 is no 910).
  const texts = cells.map((c) => (positioned ? c.text : markStackedNumbers(c.text)).replace(/\s*\n\s*/g, '').trim())
  const numbered = columnNumberRow(texts)
  if (numbered) return numbered.map((t) => (t === '' ? BLANK_CELL : t)).join(CELL_SEP)
  // Numerals only after the row's first cell that is no numeral (its label, or a first number): not
  // in a 序号 column 「一」 before the label, nor in the empty label cells of a merged group label.
  const first = texts.findIndex((t) => t !== '' && !NUMERAL_CELL.test(t))
  // A row of numerals only, five or more (table 四's one data row 「二 一 〇 一 四 …」, review rv17 a05): its
  // cells are all counts, no 序号 before a label.
  const allNumerals = first < 0 && texts.filter((t) => t !== '').length >= 5
  return texts
    .map((t, i) => {
      // One number in a cell with a space as its thousands separator (「1 391」): one number, not two.
      // Not where the layout code built the cells from positioned glyphs (PDF, OFD, OCR): there a
      // space in a cell may part a footnote mark from its number (「2 438.56」 is mark 2 and 438.56).
      // Digits set apart by letter-spacing (「2 6件」) are marked as such (grouped-digits.ts LETTER_GAP).
      const cell = positioned ? t : markLetterSpacedCell(joinGroupedCell(t))
      if (visibleText(t) === '') return BLANK_CELL
      if (!(allNumerals || (first >= 0 && i > first))) return cell
      // OCR reads a printed dash as 「一」 as often as not: a lone 一 in a scanned table's cell is a dash
      // (a zero only where the sums prove it), never the count 1 (helper ocr22: 「1 一 一 1」 read 1 1 1 1).
      return ocr && cell === '一' ? '—' : numeralCellAsDigits(cell)
    })
    .join(CELL_SEP)
}

interface FlatLine {
  text: string
  loc: SourceLocation
  paragraph?: boolean
}

function blockLines(block: Block, positioned: boolean, remarks: { carry: RemarksCarry | null }, ocr = false, pipe = false): FlatLine[] {
  // A tab-separated line keeps its cells apart as a table does (grouped-digits.ts).
  if (block.kind === 'paragraph') {
    const numbers = columnNumberRow(block.text.trim().split(/[ \u3000\t]+/))
    const text = numbers ? numbers.join(CELL_SEP) : positioned ? block.text : markLetterSpacedTabFields(joinGroupedTabFields(block.text))
    return [{ text, loc: block.loc, paragraph: true }]
  }
  // A remarks column's cells are words, never counts (remarks-columns.ts): left out before any row is
  // read, in the table's continuation after a page break too.
  // A pipe table's empty label fillers are no data cells (label-filler-cells.ts).
  const cut = withoutRemarksCells(withoutOrdinalColumn(pipe ? withoutLabelFillers(block.rows) : block.rows), remarks.carry)
  remarks.carry = cut.carry
  // A row label split over two grid rows, its numbers on the second, is one row (split-label-rows.ts).
  const joined = joinSplitLabelRows(withoutEmptyColumns(cut.rows))
  return joined.rows.map((row, j) => {
    const i = joined.from[j]!
    const page = block.rowPages?.[i] ?? block.loc.page
    const scan = block.rowScans?.[i]
    return { text: tableRowText(row, positioned, ocr), loc: { ...block.loc, ...(page !== undefined ? { page } : {}), ...(scan ? { scan } : {}) } }
  })
}

/** Counts in Chinese numerals standing as cells in text lines, in digits where their bounds are known (numeral-words.ts). */
function numeralLines(lines: FlatLine[], positioned: boolean): FlatLine[] {
  // Not in text the layout code built from positioned glyphs (PDF, OFD, OCR) outside a table: there
  // a wrapped cell's second line may land anywhere (「375 六十 … 483办理结果一」 for 六十一), so a
  // numeral may be cut short; it is left as a word, and the row unread with a note (cells.ts).
  if (positioned) return lines
  // A remarks column in text: its lone dashes and 无 could stand in any cell (remarks-text-lines.ts).
  const converted = numeralTextLinesAsDigits(withoutTextRemarks(lines.map((l) => (l.paragraph ? l.text : null))))
  return lines.map((l, i) => (l.paragraph && converted[i] !== l.text ? { ...l, text: converted[i]! } : l))
}

export function flatten(doc: SourceDocument): FlatText {
  let text = ''
  const spans: FlatSpan[] = []
  const positioned = POSITIONED_FORMATS.has(doc.format)
  const remarks = { carry: null as RemarksCarry | null }
  const ocrBlocks = doc.ocr?.blocks ? new Set(doc.ocr.blocks) : null
  const byOcr = (block: Block): boolean => doc.ocr !== undefined && (ocrBlocks === null || ocrBlocks.has(block.loc.block))
  for (const line of numeralLines(joinSideSplitTables(doc.blocks).flatMap((block) => blockLines(block, positioned, remarks, byOcr(block), doc.format === 'text')), positioned)) {
    const start = text.length
    // Traditional characters (some copies are converted) are read as simplified; one for one,
    // so positions stay the same.
    // A zero printed 〇 alone in a cell is the digit 0 for every reader of the tables.
    text += zeroSignCellsAsDigits(toSimplifiedForMatching(line.text))
    spans.push({ start, end: text.length, loc: line.loc })
    text += '\n'
  }
  return { text, spans }
}

/** The source location of a position in the flat text. */
export function locAt(flat: FlatText, pos: number): SourceLocation {
  let lo = 0
  let hi = flat.spans.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((flat.spans[mid]?.start ?? 0) <= pos) lo = mid
    else hi = mid - 1
  }
  return flat.spans[lo]?.loc ?? { block: 0 }
}

/** The source lines overlapping [start, end), joined: the "source text" of a provenance entry. */
export function sourceText(flat: FlatText, start: number, end: number, maxLen = 400): string {
  const s = flat.text.lastIndexOf('\n', Math.max(0, start - 1)) + 1
  let e = flat.text.indexOf('\n', end)
  if (e < 0) e = flat.text.length
  const t = flat.text.slice(s, e).replaceAll(BLANK_CELL, '').replaceAll(CELL_SEP, ' | ')
  return t.length > maxLen ? t.slice(0, maxLen) + '…' : t
}
