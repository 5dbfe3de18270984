// Section 二: one row's cells from the tokens after its label — the numbers as printed, a unique split
// of run-together digits, or a word standing as a cell (无, 持平, a count in Chinese numerals).
import type { CellToken } from './cells'
import { splitRowWithBlanks } from './digit-split'
import { trimTrailingBlanks } from './disclosure-row-order'

/** Reads `want` cells from a row's tokens: as printed, or by a unique split of run-together digits. */
export function rowCells(tokens: CellToken[], want: number, writesZeros = false): (number | null)[] | null {
  if (tokens.some((t) => t.glued)) return null
  // Empty cells after the row's own: one wide table pads its one-column rows (行政许可 | 550 | | |),
  // and a header row's empty cells follow the row above it.
  tokens = trimTrailingBlanks(tokens, want)
  if (tokens.length === want) return tokens.map((t) => t.value)
  // A two-cell row (采购项目数量 | 采购总金额) in a table kept wider, its middle cells empty: the first
  // and the last cell are the row's two (review 9 F12: 「1550 | | 48616.53」).
  if (want === 2 && tokens.length > 2 && tokens[0]!.digits !== '' && tokens.at(-1)!.digits !== '' && tokens.slice(1, -1).every((t) => t.digits === '' && t.value === null))
    return [tokens[0]!.value, tokens.at(-1)!.value]
  // More numbers than cells: another row's numbers came along (labels printed before their numbers).
  if (tokens.length > want) return null
  // A sign word (增/减) takes the digits run after it ("减425" may be 减4 and 25): no unique split.
  if (tokens.some((t) => !t.splittable && t.value !== 0 && t.value !== null)) return null
  // Section 二 has no sums: a cut is proven only where no other reading exists, a blank cell the
  // text dropped included ("111" may be 1 | 1 | 1 or 1 | (blank) | 11; "000" can only be 0 | 0 | 0).
  // A table that writes its zeros one way and shows a written 0 elsewhere left no cell blank.
  const splits = splitRowWithBlanks(tokens, want, [], writesZeros ? MAX_READINGS : 2)?.filter((r) => !writesZeros || !r.includes(null))
  return splits?.length === 1 ? splits[0]! : null
}

/** A word standing alone as a cell between a row's numbers (无, 不适用, 七十), not a unit (件, 万元). */
const CELL_WORD = /(?<=^|[\s\u3000\t|])([\u4e00-\u9fff〇○]{1,8})(?=[\s\u3000\t|]|$)/g
const UNIT_WORD = /^(?:件|个|条|项|次|宗|元|万元|亿元)$/

/** Before a row's first number only a count in Chinese numerals or 无 counts as a cell (not a wrapped label's rest). */
const LEADING_CELL_WORD = /^(?:[〇零○一二两三四五六七八九十百千万]+|无)$/

export function wordBetween(text: string, own: CellToken[], labelEnd: number): string | null {
  if (own.length < 1) return null
  for (const m of text.slice(labelEnd, own[0]!.start).matchAll(CELL_WORD)) if (LEADING_CELL_WORD.test(m[1]!)) return m[1]!
  for (const m of text.slice(own[0]!.end, own.at(-1)!.start).matchAll(CELL_WORD)) if (!UNIT_WORD.test(m[1]!)) return m[1]!
  return null
}

/** A word printed in a row's last cell, after all its numbers: 「持平」 (no change) and its kin, 无, a count in Chinese numerals. */
const TRAILING_CELL_WORD = /^(?:持平|不变|无变化|无增减|无|[〇零○一二两三四五六七八九十百千万]+)$/

/** The word right after the row's last number (nothing but cell separators between, before the next row's label), or null. */
function trailingWord(text: string, own: CellToken[], rowEnd: number): { word: string; end: number } | null {
  const from = own.at(-1)!.end
  const rest = text.slice(from, rowEnd)
  // 「持平」 and its kin even glued to the number or to the next words (crawled text keeps no spaces).
  const glued = /^[\s\u3000\t|\uE000]*(?:件|个|条|项)?[\s\u3000\t|\uE000]*(持平|无变化|无增减)/.exec(rest)
  if (glued) return { word: glued[1]!, end: from + glued[0].length }
  const m = /^[\s\u3000\t|\uE000]*(?:件|个|条|项)?[\s\u3000\t|\uE000]+([\u4e00-\u9fff〇○]{1,8})(?=[\s\u3000\t|\uE000]|$)/.exec(rest)
  return m && TRAILING_CELL_WORD.test(m[1]!) ? { word: m[1]!, end: from + m[0].length } : null
}

/**
 * The row's cells when its last cell is a word: one number short of the row, each number a cell of its
 * own before the word (blank cells the reader found after it belong to the lines below). Null otherwise.
 */
export function cellsBeforeTrailingWord(text: string, own: CellToken[], want: number, rowEnd: number): { cells: (number | null)[]; word: string } | null {
  const printed = own.filter((t) => !(t.value === null && t.digits === ''))
  if (printed.length === 0 || printed.length !== want - 1) return null
  const last = trailingWord(text, printed, rowEnd)
  if (!last || own.some((t) => t.value === null && t.digits === '' && t.start < last.end)) return null
  return { cells: [...printed.map((t) => t.value), null], word: last.word }
}

/** Readings looked at for one row, once blanks are ruled out (more: the row stays unread). */
const MAX_READINGS = 64
