// A number printed whole, with a cell separator on each side (「行政规范性文件 5 46」), is one cell: it
// is never cut into digits to make up a short row (before: 46 became 4 | 6 once the section showed a
// written 0 elsewhere). Only digits run into the label or into each other (「规章000」, crawled text
// without separators) may be cut, where a unique reading exists.
import type { CellToken } from './cells'
import { BLANK_CELL } from './flat-marks'

const SEPARATOR = new RegExp(`[\\s\\u3000|\\uE000${BLANK_CELL}]`)

const separated = (text: string, t: CellToken): boolean =>
  t.start > 0 && SEPARATOR.test(text[t.start - 1]!) && (t.end >= text.length || SEPARATOR.test(text[t.end]!))

/** The tokens, those printed whole between separators no longer splittable. */
export function wholeWhereSeparated(text: string, tokens: CellToken[]): CellToken[] {
  return tokens.map((t) => (t.splittable && separated(text, t) ? { ...t, splittable: false } : t))
}
