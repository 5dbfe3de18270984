// Table 三 printed with a 小计 row per group: （三）不予公开 | 小计 | 1 | 0 | … before the group's
// numbered rows, or the group heading itself carrying its sums (不予公开 | 1 | 0 | …). The template has
// no such row; its cells are the group's sums, which the table's other rows hold already. They are
// left out — only where the row is whole (exactly one row of cells between its words and the next
// words) and its cells are the sums of the group's rows of cells that follow it; otherwise nothing is
// dropped and the rows are read (or left unread) as before.
import { fuzzy } from './row-labels'
import type { CellToken } from './cells'
import type { LabelHit } from './requests-labels'
import type { RequestRowKey } from '../model/report'

/** The words that open a subtotal row: 小计, or a group heading with its sums. */
const SUBTOTAL_WORDS = new RegExp([fuzzy('小计'), fuzzy('不予公开'), fuzzy('无法提供'), fuzzy('不予处理'), fuzzy('其他处理')].join('|'), 'g')
/** The group headings' own characters: pdftotext wraps （三）不予公开 round its 小计 row's cells. */
const GROUP_HEADING_CHARS = /[（）()三四五六不予公开无法提供处理其他]/g
/** Text that is not a cell: a label or heading word (CJK, letters). */
const WORDS = /[\u4e00-\u9fffA-Za-z]/

/** The group a row key belongs to (withheld, unavailable, …), or null for rows outside the groups. */
const groupOf = (k: RequestRowKey): string | null => (/^(withheld|unavailable|notProcessed|otherHandling)\./.exec(k)?.[1] ?? null)

/**
 * The tokens without those of subtotal rows. `labels` are the table's row labels (only words after
 * the first of them are looked at: a 小计 column heading stands before). A candidate row is dropped
 * only where each of its cells equals the sum of the same column over the group's rows that follow
 * it — so a row of real data is never dropped.
 */
export function dropSubtotalRows(tokens: CellToken[], text: string, labels: LabelHit[], width: number): CellToken[] {
  const first = labels[0]?.start
  if (first === undefined) return tokens
  const drop = new Set<CellToken>()
  SUBTOTAL_WORDS.lastIndex = first
  for (let m = SUBTOTAL_WORDS.exec(text); m; m = SUBTOTAL_WORDS.exec(text)) {
    const end = m.index + m[0].length
    // A word inside a row label is that row's, not a subtotal's; （六）其他处理 heads its sub-rows in the
    // 2021 layout (in 2019 it is a row: the row after it, （七）总计, is in no group, so it is kept).
    if (labels.some((h) => h.start <= m!.index && m!.index < h.end && h.key !== 'otherHandling')) continue
    const row = wholeRowAfter(tokens, text, end, width)
    if (!row) continue
    const next = labels.find((h) => h.start >= row[row.length - 1]!.end)
    const group = next ? groupOf(next.key) : null
    if (!group || !sumsOfGroup(row, tokens, text, labels, group, width)) continue
    for (const t of row) drop.add(t)
  }
  return drop.size ? tokens.filter((t) => !drop.has(t)) : tokens
}

/** Exactly `width` number tokens after `from`, with no words between them or before the next words. */
function wholeRowAfter(tokens: CellToken[], text: string, from: number, width: number): CellToken[] | null {
  const after = tokens.filter((t) => t.start >= from)
  const row: CellToken[] = []
  let at = from
  for (const t of after) {
    if (WORDS.test(text.slice(at, t.start).replace(GROUP_HEADING_CHARS, ''))) break
    row.push(t)
    at = t.end
  }
  // A blank cell (a zero left blank) counts as 0 in the sums below; a row of blanks only is no subtotal.
  return row.length === width && row.some((t) => t.value !== null) ? row : null
}

/**
 * The group's rows are the rows of cells that follow the subtotal row, one per label of the group
 * (their labels may wrap round their cells, so the cells are taken in order, not after each label).
 */
function sumsOfGroup(row: CellToken[], tokens: CellToken[], text: string, labels: LabelHit[], group: string, width: number): boolean {
  const rows = labels.filter((h) => groupOf(h.key) === group).length
  const at = tokens.indexOf(row[row.length - 1]!) + 1
  // Where rows stand a line each, a number alone on its line is no cell (a page number between pages).
  const lineOf = (t: CellToken): number => text.lastIndexOf('\n', t.start)
  const perLine = row.every((t) => lineOf(t) === lineOf(row[0]!))
  const alone = (t: CellToken): boolean => perLine && tokens.filter((x) => lineOf(x) === lineOf(t)).length === 1 && !WORDS.test(lineText(text, t))
  const cells = tokens.slice(at).filter((t) => !alone(t)).slice(0, rows * width)
  if (rows === 0 || cells.length < rows * width) return false
  return row.every((t, c) => {
    const column = cells.filter((_, j) => j % width === c)
    const known = column.reduce((a, x) => a + (x.value ?? 0), 0)
    // A blank cell below may be a number the scan lost (under a seal): the column then proves only
    // that the subtotal is no less than the cells read. Each column must still hold one way or the other.
    return (t.value ?? 0) === known || (column.some((x) => x.value === null) && (t.value ?? 0) > known)
  })
}

/** The whole line a token stands on. */
function lineText(text: string, t: CellToken): string {
  const end = text.indexOf('\n', t.end)
  return text.slice(text.lastIndexOf('\n', t.start) + 1, end < 0 ? text.length : end)
}
