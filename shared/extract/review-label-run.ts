// Table 四's group labels printed together before their numbers (one group a row): the cells of the run
// after them, by label where one label stands, else by position proven by every group's 总计.
import { type CellToken } from './cells'
import { REVIEW_ROW_RULES, splitRow, splitRowWithBlanks } from './digit-split'
import { slipAgreement } from './slip-agreement'
import { reviewGroupsHold } from './review-sums'

/**
 * The cells of a run of labels printed together (pdftotext may print several rows' labels before
 * their numbers): five per label. One label: its five cells, by label (digits run together are cut
 * only where the group's 总计 leaves one way). Several: in the order of the labels — a position, so
 * kept only where every group's 总计 holds under it and the other order the text allows (cells
 * listed column by column) does not give other numbers that also hold.
 */
export function labelRunCells(count: number, tokens: CellToken[]): { rows: (number | null)[][]; how: 'label' | 'sums' } | null {
  if (tokens.some((t) => t.glued)) return null
  if (count === 1 && tokens.length < 5) {
    // Only cuts under which the group's 总计 holds: as many digits as cells is one cut, but a blank
    // cell the text dropped beside a two-digit one gives as many digits too.
    // A dropped blank beside a cell gives fewer digits than cells: readings with blanks count too.
    const plain = splitRow(tokens, 5, REVIEW_ROW_RULES.slice(0, 1))
    const readings = plain.length ? splitRowWithBlanks(tokens, 5, REVIEW_ROW_RULES.slice(0, 1), 2) : []
    if (readings?.length !== 1) return null
    // The group's own sum may be the report's slip: read only where no other cut of its digits exists.
    return slipAgreement(tokens, 1, 5, true)?.every((v) => v !== undefined) ? { rows: readings, how: 'sums' } : null
  }
  const cells = tokens.map((t) => t.value)
  if (cells.length !== 5 * count) return null
  if (count === 1) return { rows: [cells], how: 'label' }
  const byRow = Array.from({ length: count }, (_, g) => cells.slice(g * 5, g * 5 + 5))
  const byColumn = Array.from({ length: count }, (_, g) => [0, 1, 2, 3, 4].map((c) => cells[c * count + g]!))
  if (!reviewGroupsHold(byRow.flat().concat(Array(15 - 5 * count).fill(0)))) return null
  const same = byRow.every((r, g) => r.every((v, c) => v === byColumn[g]![c]))
  if (!same && reviewGroupsHold(byColumn.flat().concat(Array(15 - 5 * count).fill(0)))) return null
  return { rows: byRow, how: 'sums' }
}
