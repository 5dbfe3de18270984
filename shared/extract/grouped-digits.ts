// Digits grouped by a space (GB/T 15835 / GB 3101: 「1 391」「22 553」, a space, no-break space or
// thin space between groups of three). Where the cell's bounds are known — a table cell, a field
// between tabs — such a cell is one number; where they are not (plain text), the groups may be
// separate cells and no reading that splits them is proven (see requests-readings.ts).

/** The characters printed between digit groups. */
export const GROUP_SPACE = '[ \\u00a0\\u2009\\u202f]'

/**
 * A cell of one space-grouped number, with at most a short sign before it (增, 减, −) and a unit
 * after it (件, （件）, 万元): 1–3 digits, then groups of exactly 3. A longer text (a label with a
 * number, a note) is left as printed.
 */
const GROUPED_CELL = new RegExp(`^([\\s增减加少+\\-－−↑↓▲▼]{0,4}?)(\\d{1,3}(?:${GROUP_SPACE}\\d{3})+)((?:\\.\\d+)?[^\\d]{0,4})$`)
const GROUP_SPACES = new RegExp(GROUP_SPACE, 'g')
/** Two digit runs apart by spaces inside one field: several numbers. */
const DIGITS_APART = /\d[ \u00a0\u2009\u202f\u3000]+\d/

/**
 * The cell's text with its space-grouped number joined (「1 391」「2 345件」「增1 200」), else as it was.
 * One table cell holds one of the table's numbers, so digits grouped by spaces in it are one number.
 */
export function joinGroupedCell(text: string): string {
  const m = GROUPED_CELL.exec(text)
  return m ? `${m[1]}${m[2]!.replace(GROUP_SPACES, '')}${m[3]}` : text
}

/**
 * A line of tab-separated text (a table copied out of a spreadsheet or a word processor): each field
 * between tabs is one cell, so a field holding one space-grouped number is that number (「1 391」 is
 * 1391, never a stray 1 and 391). Only where the tabs are the line's only cell separators — no field
 * holds digits apart by spaces once its grouped numbers are joined — else the line is left as printed.
 */
export function joinGroupedTabFields(line: string): string {
  if (!line.includes('\t') || !/\d[ \u00a0\u2009\u202f]\d/.test(line)) return line
  const fields = line.split('\t').map(joinGroupedCell)
  if (fields.some((f) => DIGITS_APART.test(f))) return line
  return fields.join('\t')
}

/** The fields of CellToken this file reads (cells.ts imports nothing from here). */
interface Token {
  digits: string
  value: number | null
  dash?: boolean
  start: number
  end: number
}

const ONE_GROUP_SPACE = new RegExp(`^${GROUP_SPACE}$`)

/**
 * Indexes of the tokens that may be digit groups of one space-grouped number in text whose cell
 * bounds are not known (「1 391」 in plain pdftotext: one cell 1391, or a stray 1 and a cell 391?):
 * a plain 1–3 digit number, one space, then exactly three digits. Leaving such a token out as a
 * stray (a page number) is never proven by the row's total — drop the same thousands digit from a
 * cell and from its 总计 and the row still adds up.
 */
export function groupedDigitTokens(tokens: readonly Token[], text: string): Set<number> {
  const out = new Set<number>()
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!
    const b = tokens[i + 1]!
    if (a.dash || b.dash || a.value === null || b.value === null) continue
    if (!/^\d{1,3}$/.test(a.digits) || !/^\d{3}$/.test(b.digits)) continue
    if (!ONE_GROUP_SPACE.test(text.slice(a.end, b.start))) continue
    out.add(i)
    out.add(i + 1)
  }
  return out
}

/** 「1 391」, as the note names them. */
export function groupedDigitTexts(tokens: readonly Token[], text: string): string[] {
  const idx = [...groupedDigitTokens(tokens, text)].sort((x, y) => x - y)
  const out: string[] = []
  for (let k = 0; k < idx.length; k++) {
    let j = k
    while (idx[j + 1] === idx[j]! + 1 && ONE_GROUP_SPACE.test(text.slice(tokens[idx[j]!]!.end, tokens[idx[j + 1]!]!.start))) j++
    out.push(text.slice(tokens[idx[k]!]!.start, tokens[idx[j]!]!.end))
    k = j
  }
  return out
}

/**
 * Stands for the space between two digits of one number set apart by letter-spacing inside a cell whose
 * bounds the source gives (a DOCX, HTML or Markdown cell, a field between tabs): 「2 6件」 in one cell is
 * one number or two, never a cell bound (cells.ts CellToken.spaced). A space of its own (four-per-em), so
 * positioned layouts (PDF, OFD), whose narrow cell gaps print as single spaces too, are never taken so.
 */
export const LETTER_GAP = '\u2005'
/** A cell of single digits apart by single spaces, the first not 0, a unit after them at most. */
const LETTER_SPACED_CELL = /^([ \u3000]*)([1-9](?:[ \u00a0\u3000]\d)+)([ \u3000]*(?:件|个|条|项|次|万元|元)?[ \u3000]*)$/

/** The cell with the spaces between its letter-spaced digits marked (LETTER_GAP, same length), else as it was. */
export function markLetterSpacedCell(text: string): string {
  const m = LETTER_SPACED_CELL.exec(text)
  return m ? `${m[1]}${m[2]!.replace(/[ \u00a0\u3000]/g, LETTER_GAP)}${m[3]}` : text
}

/** Each tab field of the line through markLetterSpacedCell. */
export function markLetterSpacedTabFields(line: string): string {
  return line.includes('\t') ? line.split('\t').map(markLetterSpacedCell).join('\t') : line
}
