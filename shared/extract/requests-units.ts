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
  return blankUnitsFrom(text, tableStart(text), WIDTH)
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
