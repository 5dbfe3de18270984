// Table 三's text as a sequence of row labels and runs of cells between them, in reading order.
import type { ExtractionNote } from '../model/extraction'
import { readCells, type CellToken } from './cells'
import { dropLabelColumnBlanks } from './cell-row-blanks'
import { OTHER_HANDLING_SUBROWS } from './row-labels'
import { labelExtent, labelPieces, type LabelHit } from './requests-labels'
import { dropSubtotalRows } from './requests-subtotal-rows'
import { CN_NUMERAL_CHARS } from './numbers-cn'

/** A count in Chinese numerals as a word of its own at the end of a line's text before its first cell. */
const NUMERAL_BEFORE_CELLS = new RegExp(`(?<=^|[ \\u3000\\t])[${CN_NUMERAL_CHARS}万]+(?=[ \\u3000\\t]+$)`)

/**
 * A line one or more cells short whose text before its first cell ends in a count in Chinese numerals
 * after a label spaced out letter by letter (「2 . 重 复 申 请　  二十九   2  0 … 31」, pdftotext -layout):
 * the numeral may be the label's own letter or the row's first cell (numeral-words.ts leaves it a
 * word, inside the label's text). It is a cell of unknown value (numeral), so the line is not taken
 * for strays and the rows placed after it are not read (requests-numeral-rows.ts). Before, the line
 * was dropped as stray numbers and its label took the next line's cells. A label whose own wording
 * holds the numeral (「四 、 结 转 下 一   1 …」 of 结转下一年度) cannot be told from it: that row is left
 * unread too (a label hit spans the cells it wraps round, so lying inside one proves nothing).
 */
function numeralsBeforeShortLines(tokens: CellToken[], text: string, width: number): CellToken[] {
  const lines = new Map<number, CellToken[]>()
  for (const t of tokens) {
    const line = text.lastIndexOf('\n', t.start - 1) + 1
    lines.set(line, [...(lines.get(line) ?? []), t])
  }
  const added: CellToken[] = []
  for (const [line, toks] of lines) {
    if (toks.length % width === 0 || toks.some((t) => t.numeral)) continue
    const m = NUMERAL_BEFORE_CELLS.exec(text.slice(line, toks[0]!.start))
    if (m) added.push({ value: null, digits: '?', splittable: false, glued: true, numeral: true, start: line + m.index, end: line + m.index + m[0].length })
  }
  return added.length ? [...tokens, ...added].sort((a, b) => a.start - b.start) : tokens
}

/**
 * A line whose cells are all empty and that holds no row label is a group heading's row
 * (（三）不予公开 | | | …), not a row of cells; a labelled row left all blank keeps its blanks (null).
 */
function dropBlankLines(tokens: CellToken[], text: string, labels: LabelHit[]): CellToken[] {
  const lineOf = (pos: number): number => text.lastIndexOf('\n', pos)
  const split = labels.some((h) => OTHER_HANDLING_SUBROWS.includes(h.key))
  const keep = new Set(tokens.filter((t) => t.value !== null || t.digits !== '').map((t) => lineOf(t.start)))
  for (const h of labels) if (!(split && h.key === 'otherHandling')) keep.add(lineOf(h.start))
  return tokens.filter((t) => keep.has(lineOf(t.start)))
}

export type Event = { kind: 'label'; hit: LabelHit } | { kind: 'cells'; tokens: CellToken[] }

/** The table's cell tokens in reading order (labels' words left out); `keepSubtotalRows`: 小计 rows' cells kept. */
export function tableTokens(text: string, labels: LabelHit[], width: number, keepSubtotalRows = false): CellToken[] {
  const exclude: [number, number][] = labels.flatMap((h, i) => labelPieces(text, labelExtent(text, h, labels[i + 1]?.start ?? text.length)))
  const cells = numeralsBeforeShortLines(dropLabelColumnBlanks(readCells(text, exclude), text, width), text, width)
  return dropBlankLines(keepSubtotalRows ? cells : dropSubtotalRows(cells, text, labels, width), text, labels)
}

export function events(text: string, labels: LabelHit[], width: number): Event[] {
  const tokens = tableTokens(text, labels, width)
  const evs: Event[] = []
  let li = 0
  let run: CellToken[] = []
  const flush = (): void => {
    if (run.length) evs.push({ kind: 'cells', tokens: run })
    run = []
  }
  for (const t of tokens) {
    while (li < labels.length && (labels[li]?.start ?? Infinity) <= t.start) {
      flush()
      evs.push({ kind: 'label', hit: labels[li]! })
      li++
    }
    run.push(t)
  }
  flush()
  for (; li < labels.length; li++) evs.push({ kind: 'label', hit: labels[li]! })
  return evs
}

/**
 * A run whose count is off by stray numbers on lines of their own (a converter misplaced a cell)
 * while whole rows stand on their own lines: keep the whole rows, drop the strays (with a note).
 */
export function dropStrayLines(tokens: CellToken[], text: string, notes: ExtractionNote[], width: number): CellToken[] {
  if (tokens.length % width === 0) return tokens
  // A count in numerals glued among the cells (numeral-words.ts) leaves its line's count unknown: no line is a stray then.
  if (tokens.some((t) => t.numeral)) return tokens
  const lines = new Map<number, CellToken[]>()
  for (const t of tokens) {
    const line = text.lastIndexOf('\n', t.start)
    lines.set(line, [...(lines.get(line) ?? []), t])
  }
  const groups = [...lines.values()]
  if (!groups.some((g) => g.length === width) || groups.length < 2) return tokens
  const kept = groups.filter((g) => g.length % width === 0).flat()
  const stray = groups.filter((g) => g.length % width !== 0).flat()
  notes.push({ field: 'requests', message: `表三中有 ${stray.length} 处游离的数字或空白格无法归入任何一行，未使用：${stray.map((t) => `${t.digits === '' ? '空白或无法识读的格' : t.digits}（所在行「${text.slice(text.lastIndexOf('\n', t.start) + 1, (text.indexOf('\n', t.end) + 1 || text.length + 1) - 1).replace(/\s+/g, ' ').replace(/\uE000/g, '□').trim().slice(0, 40)}」）`).join('、')}。` })
  return kept
}
