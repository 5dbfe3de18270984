// Digits left out as a stray line right above a row's label line. In a ruled PDF/OFD whose cells are
// narrow, a number too wide for its cell wraps inside it: 「1 290」 prints 「1」 above the label's line
// and 「290」 below it, the row's other cells centred on the label's line (「1 1」 / 「（七）总计 105 6 3
// 12 15」 / 「290 431」). Those digits were the row's own: its remaining numbers are not all its cells,
// and the row's sums may still hold without them (a cell's thousands digit and its total's alike), so no
// reading of the row is proven. A bare number before a page break (a page number) is not such a line.
import type { RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { rowName } from './requests-proof'

interface Token {
  start: number
  end: number
}

/**
 * The tokens a run left out as strays after its last kept token (on the lines below its rows), or
 * none. `kept` is the run after dropStrayLines, `all` before it.
 */
export function tailStrays<T extends Token>(all: readonly T[], kept: readonly T[]): T[] {
  const last = kept[kept.length - 1]
  if (!last || kept.length === all.length) return []
  return all.filter((t) => t.start > last.end && !kept.includes(t))
}

/**
 * The printed line of stray tokens standing on the line right above the line a label starts on
 * (nothing but the label's own line between), where the row's own numbers (`row`, its first cells)
 * are printed on more lines than one (its cells wrap); else null. A row printed whole on its label's
 * line is not one of wrapped cells: a number above it is no part of it.
 */
export function strayLineAbove(text: string, strays: readonly Token[], labelStart: number, row: readonly Token[]): string | null {
  const last = strays[strays.length - 1]
  if (!last || last.end > labelStart || row.length === 0) return null
  if (!text.slice(row[0]!.start, row[row.length - 1]!.end).includes('\n')) return null
  const gap = text.slice(last.end, labelStart)
  if ((gap.match(/\n/g) ?? []).length !== 1 || /\d/.test(gap)) return null
  return text.slice(strays[0]!.start, last.end).replace(/\s+/g, ' ').trim()
}

/** The notes of rows left unread for digits printed above the first one's label line. */
export function strayAboveNotes(keys: readonly RequestRowKey[], line: string): ExtractionNote[] {
  const names = keys.map((k) => `「${rowName(k)}」`).join('、')
  return [{ field: `requests.${keys[0]!}`, message: `表三 ${names} 行的行名上方一行印有不属于上一行的数字「${line}」（可能是本行格内折行的数字），本行读到的数字不全，合计关系也不能证明，未读取。` }, ...keys.slice(1).map((k) => ({ field: `requests.${k}`, message: `表三「${rowName(k)}」行与上一行的数字无法分开，未读取（见上条说明）。` }))]
}
