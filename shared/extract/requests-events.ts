// Table 三's text as a sequence of row labels and runs of cells between them, in reading order.
import type { ExtractionNote } from '../model/extraction'
import { dropLabelColumnBlanks, readCells, type CellToken } from './cells'
import { OTHER_HANDLING_SUBROWS } from './row-labels'
import { labelExtent, labelPieces, type LabelHit } from './requests-labels'
import { dropSubtotalRows } from './requests-subtotal-rows'

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
  const cells = dropLabelColumnBlanks(readCells(text, exclude), text, width)
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
