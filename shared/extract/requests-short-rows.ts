// A table-三 text that drops its blank cells (zeros left blank, in pdftotext -layout or plain text, or
// a crawled page with a cell per line: a blank leaves nothing behind). A row there prints as many
// numbers as it has non-blank cells, so a run's count no longer tells where one row ends: a page
// number after a short row makes it seven numbers, two short rows under one found label make a run
// one number longer than a row. Neither "seven numbers after the label" nor "leave the one number
// out that makes the row add up" proves a placement there; only the table's identities do.
import type { RequestRow, RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import type { Event } from './requests-events'
import { rowName, rowSumHolds, type RowHow } from './requests-proof'

type Rows = Partial<Record<RequestRowKey, RequestRow>>

/**
 * True where some run of numbers after a row label prints fewer digits than a row has cells: even cut
 * digit by digit it cannot fill the row, so the text dropped blank cells.
 */
export function dropsBlankCells(printed: readonly Event[], width: number): boolean {
  let started = false
  for (const e of printed) {
    if (e.kind === 'label') {
      started = true
      continue
    }
    if (!started || e.tokens.some((t) => t.glued || t.numeral || t.value === null)) continue
    if (e.tokens.reduce((n, t) => n + t.digits.length, 0) < width) return true
  }
  return false
}

/**
 * Whether every number a run's reading left out stands where a page number is printed: a bare number
 * on the last line before a page break (page-number-lines.ts). Only such a number may be left out in a
 * table that drops its blanks on the strength of the row's own total; any other may be a cell of a
 * row whose label was not found, the sum holding by chance.
 */
export function leftOutAtPageBreaks(droppedAt: readonly number[], pageNumberLines: readonly [number, number][]): boolean {
  return droppedAt.every((at) => pageNumberLines.some(([s, e]) => at >= s && at < e))
}

/** A line starting with a sub-row's number (「4.无正当理由」): another row's label, not found whole. */
const SUB_ROW_START = /\n[ \t\u3000]*[0-9０-９]{1,2}[ \u3000]*[.．、]/

/**
 * Whether another row's label starts between a label and the numbers after it: the numbers may be
 * that row's (a row printing nothing leaves no trace), so the label does not place them.
 */
export function otherRowBetween(text: string, labelEnd: number, runStart: number): boolean {
  return labelEnd < runStart && SUB_ROW_START.test(text.slice(labelEnd, runStart))
}

/**
 * In such a table, a row read as the seven numbers after its label whose cells do not add up to its
 * 总计 is not the report's own slip as printed: it may be a shorter row and a number from outside it
 * (a page number, the next row's first cell). It is left empty with a note naming it.
 */
export function unreadFailingRowsAmongDroppedBlanks(rows: Rows, how: Partial<Record<RequestRowKey, RowHow>>, notes: ExtractionNote[], cellSpans: readonly { key: RequestRowKey; cellsStart: number; cellsEnd: number }[] = [], pageNumberLines: readonly [number, number][] = []): Rows {
  const out: Rows = { ...rows }
  // A bare number where a page number stands, taken in among a row's cells: the row may be a short one
  // and its sum hold by chance (「5 1 1 1 1 9」 + page 「18」 read as a row of seven adding up).
  const takesPageNumber = (k: RequestRowKey): boolean => cellSpans.some((p) => p.key === k && pageNumberLines.some(([s]) => s >= p.cellsStart && s < p.cellsEnd))
  for (const k of Object.keys(rows) as RequestRowKey[]) {
    const row = rows[k]!
    if (how[k] !== 'label' || row.some((x) => x === null)) continue
    if (takesPageNumber(k)) {
      out[k] = row.map(() => null)
      delete how[k]
      notes.push({
        field: `requests.${k}`,
        message: `表三「${rowName(k)}」行紧随行名读到 ${row.length} 个数字，其中有一个单独印在分页处、可能是页码；表内零格留空未印出，本行可能少于 ${row.length} 个数字，各列之和恰好相符不能证明，未读取。`,
      })
      continue
    }
    if (rowSumHolds(row)) continue
    out[k] = row.map(() => null)
    delete how[k]
    notes.push({
      field: `requests.${k}`,
      message: `表三「${rowName(k)}」行紧随行名印出 ${row.length} 个数字，但各列之和与总计不符；表内零格留空未印出（有的行印出的数字少于格数），这些数字可能含有不属于本行的数字（如页码、下一行的数字），未读取。`,
    })
  }
  return out
}
