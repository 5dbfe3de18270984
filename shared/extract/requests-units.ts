// Table-三 cells printed with their unit ("5件"): the units are blanked so the cells read as numbers.
import { tableStart } from './requests-labels'
import { WIDTH } from './requests-run'

/** A count printed with its unit in a cell ("5件"): the unit is followed by the next cell or a line end. */
const UNIT_CELL = /([\d０-９])([ \u3000]*)件(?=[\s|\uE000\d０-９\-－—–―/／]|$)/g

/**
 * A table whose cells carry their unit (5件 0件 …): the units are blanked (same length, so positions
 * hold) where at least a row's worth of cells carry one; a count in a sentence (申请35件，…) keeps it.
 */
export function blankCellUnits(text: string): string {
  return blankUnitsFrom(text, cellLinesBefore(text, tableStart(text)), WIDTH)
}

/** Lines of nothing but counts and units (「48 件37 件 59 件」). */
const CELLS_ONLY_LINE = /^[ \u3000]*[\d０-９][\d０-９ \u3000件]*$/

/**
 * Where the lines of bare cells just before `start` begin (`pdftotext -layout` of a row whose label sits
 * lower than its cells prints the first row's numbers above its label): their units are the table's too.
 */
function cellLinesBefore(text: string, start: number): number {
  // From the start line's beginning (its label's numbering 「一、」 comes before the start found).
  let from = text.lastIndexOf('\n', start - 1) + 1
  if (/\d/.test(text.slice(from, start))) return start
  while (from > 0) {
    const prev = text.lastIndexOf('\n', from - 2) + 1
    if (!CELLS_ONLY_LINE.test(text.slice(prev, from - 1))) break
    from = prev
  }
  return from
}

/** The same for any table (table 四 too): units blanked after `from` where at least `least` cells carry one. */
export function blankUnitsFrom(text: string, from: number, least: number): string {
  const body = text.slice(from)
  if ((body.match(UNIT_CELL)?.length ?? 0) < least) return text
  // In such a table the last cell of a row may run straight into the next label (crawled text).
  return text.slice(0, from) + body.replace(UNIT_IN_TABLE, (_m, d: string, sp: string) => `${d}${sp} `)
}

/** Any count with its unit inside a table printed with units, except one that ends a clause (…2件。). */
const UNIT_IN_TABLE = /([\d０-９])([ \u3000]*)件(?![ \u3000]*[，。；、,.;：:])/g
