// A count in Chinese numerals among a section 二 row's cells with nothing after it to bound it: right
// after the row's label or after one of its cells, then words (crawled text run together:
// 「行政许可九十七非行政许可审批71」「行政强制126增26二十九行政裁决40」). The numeral is the row's cell;
// the digits after the words belong to a later row (one the template lacks, or one whose label was
// not recognised). Before, the numeral was passed over as words and the row took the next row's digits.
import type { CellToken } from './cells'
import { CN_NUMERAL_CHARS, cnCountToInt } from './numbers-cn'

// Not a label's own numbering (「三、」「（一）」「第一项」「一是」: the next heading or prose).
const NUMERAL = new RegExp(`[${CN_NUMERAL_CHARS}万]+(?![${CN_NUMERAL_CHARS}万]|[ \\u3000]*[、．.）)\\]项类条款是])`, 'g')
// What stands before a cell's numeral: the label's end (checked by position) or a cell (digits, a sign, a unit).
const CELL_BEFORE = /[\d０-９增减件个条项次%％元][ \u3000]*$/

/** The first numeral word in a row (label end `labelEnd`, next row at `rowEnd`) that stands as a cell before a number the row takes, and no cell token covers; or null. */
export function numeralAmongCells(text: string, labelEnd: number, rowEnd: number, own: readonly CellToken[]): { word: string; start: number; end: number } | null {
  // Only before a number the row takes: a numeral after all of them costs the row none of its cells
  // (it may be the next row's, whose label is spaced out or wrapped and was not found).
  const lastStart = Math.max(-1, ...own.filter((t) => t.digits !== '').map((t) => t.start))
  const span = text.slice(labelEnd, Math.min(rowEnd, lastStart))
  NUMERAL.lastIndex = 0
  for (const m of span.matchAll(NUMERAL)) {
    const start = labelEnd + m.index
    const end = start + m[0].length
    if (cnCountToInt(m[0]) === null || own.some((t) => t.start < end && t.end > start)) continue
    const before = span.slice(0, m.index)
    if (/^[ \u3000]*$/.test(before) || CELL_BEFORE.test(before)) return { word: m[0], start, end }
  }
  return null
}

/**
 * A one-cell row whose only cell is a numeral standing alone between its label and the next row's
 * label (「行政许可九十七非行政许可审批71」): the labels bound it as spaces would, so it is the row's
 * count (as 「行政许可97非行政许可审批71」 reads 97). The row's tokens with it read; null otherwise.
 */
export function numeralBetweenLabels(text: string, labelEnd: number, nextLabel: number | null, own: readonly CellToken[], cells: number): CellToken[] | null {
  if (cells !== 1 || nextLabel === null || own.length !== 1 || !own[0]!.numeral) return null
  const t = own[0]!
  if (!/^[ \u3000]*$/.test(text.slice(labelEnd, t.start)) || !/^[ \u3000]*$/.test(text.slice(t.end, nextLabel))) return null
  const value = cnCountToInt(text.slice(t.start, t.end))
  return value === null ? null : [{ value, digits: String(value), splittable: false, start: t.start, end: t.end }]
}
