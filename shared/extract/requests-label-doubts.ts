// Why the labels waiting before a run of table 三 cells may not be the ones its cells follow: then the
// rows count as placed by position, proven only by the table's sums. Pure helper of requests-table.ts.
import { NUMBERED_LINE } from './requests-remarks-header'
import { numbersAfterLabel, numbersAmidLabelLines } from './requests-cut-label'
import type { LabelHit } from './requests-labels'
import type { CellToken } from './cells'
import type { RequestRowKey } from '../model/report'

/** Chinese words (other than a cell's unit or 无) between two cells of a run. */
const WORDS_BETWEEN_CELLS = /[\u4e00-\u9fff](?<![件个条项次无])/

export interface LabelDoubts {
  staleLabel: boolean
  interleaved: boolean
  rowHeadAmid: boolean
  labelLineAmid: boolean
  labelLineBefore: boolean
}

/**
 * `targets`: the rows the run fills; `pending`: the labels waiting before it. `lastPassedOver`: where
 * the last label passed over (its row already filled) stands; `skipped`: labels a run passed for later
 * ones; `cutLabels`: labels cut by a number (requests-cut-label.ts).
 */
export function labelDoubts(
  text: string,
  toks: readonly CellToken[],
  targets: readonly { key: RequestRowKey; hit: LabelHit | null }[],
  pending: readonly LabelHit[],
  { width, labels, remarksHeaded, lastPassedOver, skipped, cutLabels }: { width: number; labels: LabelHit[]; remarksHeaded: boolean; lastPassedOver: number; skipped: ReadonlySet<LabelHit>; cutLabels: ReadonlySet<LabelHit> },
): LabelDoubts {
  const runStart = toks[0]!.start
  // A label waiting from before a label passed over: the cells follow the other label (whose row was
  // filled by a guess), so they are placed by position, not by this label. So too a label a run
  // passed for a later label: grouped with the label before later cells it would be "proven" by row
  // totals that rows of 0s and 1s hold in any order (review rv26 F3: 信访 took 大量反复's zeros).
  // So too a label cut by a number, or followed by numbers amid its words (requests-cut-label.ts).
  const staleLabel = targets.some((t) => t.hit && (t.hit.start < lastPassedOver || skipped.has(t.hit) || cutLabels.has(t.hit) || numbersAfterLabel(text, t.hit.end, runStart, labels) || numbersAmidLabelLines(text, t.hit, labels)))
  // Words between a row's cells (the rest of its wrapped label printed amid its numbers, in stream
  // order): which cell is which is then not printed, so the row is proven only by its sums.
  const interleaved = toks.some((t, i) => i > 0 && WORDS_BETWEEN_CELLS.test(text.slice(toks[i - 1]!.end, t.start)))
  // …but where those words start a numbered line (「3．补正后申」), they may be the next row's label
  // head, its first cell printed after it (stream order, a label wrapped around its first cell): the
  // row may end before them, so its total proves no boundary; only the table's sums may place it.
  // (Not where they stand between whole rows: a row's seven cells, then the next row's label.)
  const rowHeadAmid = interleaved && toks.some((t, i) => i % width !== 0 && NUMBERED_LINE.test(text.slice(toks[i - 1]!.end, t.start)))
  // Several rows' cells with a numbered line of words between them (a row label none of the
  // template's, e.g. 「（三）不予公开 小计」): the cells after it may be that row's, so the labels
  // waiting before the run do not place them (issue 10: 「（一）予以公开 无」 printed no cells).
  const labelLineAmid = remarksHeaded && targets.length > 1 && toks.some((t, i) => i > 0 && NUMBERED_LINE.test(text.slice(toks[i - 1]!.end, t.start)))
  // (Only under a remarks column, where a row may print nothing but its remark: elsewhere a wrapped
  // label's lines may hold such words and the rows stay placed by their labels.)
  // …and a numbered line of words between the last label and the cells (「(三)不予公开 已办结 4 …」
  // after a 「(二)部分公开 无」 that printed none): the cells are that line's, not the label's.
  const lastLabel = pending[pending.length - 1]
  const labelLineBefore = remarksHeaded && !!lastLabel && lastLabel.end < runStart && NUMBERED_LINE.test(text.slice(lastLabel.end, runStart))
  return { staleLabel, interleaved, rowHeadAmid, labelLineAmid, labelLineBefore }
}
