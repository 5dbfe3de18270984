// Where a run of table 三 cells belongs when its labels do not say (the rows still open after the last
// one filled, a run right after a group of labels), and the note on space-grouped numbers in a run.
// Pure helpers of requests-table.ts.
import type { RequestRowKey } from '../model/report'
import { REQUEST_ROW_KEYS } from '../model/report'
import { OTHER_HANDLING_SUBROWS } from './row-labels'
import { order, type LabelHit } from './requests-labels'
import type { CellToken } from './cells'
import { groupedDigitTexts } from './grouped-digits'
import type { ExtractionNote } from '../model/extraction'
import { rowName } from './requests-proof'

/** The rows after `after` not filled yet: where cells without a label of their own belong. */
export function nextOpenRows(after: RequestRowKey | null, filled: Set<RequestRowKey>, layout: 'single' | 'split'): RequestRowKey[] {
  const start = after === null ? 0 : order(after) + 1
  return REQUEST_ROW_KEYS.slice(start).filter((k) => {
    if (filled.has(k)) return false
    if (layout === 'split' && k === 'otherHandling') return false
    if (layout === 'single' && OTHER_HANDLING_SUBROWS.includes(k)) return false
    return true
  })
}

/** The rows a run of `count` cells is given: the labels waiting (`pending`, template order), or rows still open after them. */
export interface RunTargets {
  targets: { key: RequestRowKey; hit: LabelHit | null }[]
  /** Labels waiting before the run, and rows of cells it holds (its label count where not whole rows). */
  labelled: number
  chunks: number
  /** More labels wait than rows of cells follow: which labels the cells belong to is a guess. */
  fewerRowsThanLabels: boolean
  /** Whole rows right after the last of the waiting labels (the labels before printed nothing). */
  afterLastLabels: boolean
}

/**
 * Which rows a run of `count` cells fills. `skipped` gets the labels a run passes for later ones.
 * `filled`, `lastRow`: the rows given cells so far and the last of them.
 */
export function runTargets(pending: LabelHit[], count: number, width: number, text: string, runStart: number, { filled, layout, lastRow, skipped }: { filled: Set<RequestRowKey>; layout: 'single' | 'split'; lastRow: RequestRowKey | null; skipped: Set<LabelHit> }): RunTargets {
  let targets: RunTargets['targets']
  const labelled = pending.length
  const chunks = count % width === 0 ? count / width : labelled || 1
  // More labels wait than rows of cells follow (a row whose own cells were not read leaves its label
  // waiting): which labels these cells belong to is a guess, so the rows count as placed by position.
  const fewerRowsThanLabels = chunks < labelled
  const afterLastLabels = chunks < labelled && count === chunks * width && followsLastLabels(text, pending, runStart)
  if (afterLastLabels) {
    // Whole rows right after the last labels: the labels before them printed nothing (blank rows a
    // crawler left bare). Still placed by position: only the table's sums can prove it.
    targets = pending.slice(labelled - chunks).map((h) => ({ key: h.key, hit: h }))
    for (const h of pending.slice(0, labelled - chunks)) skipped.add(h)
  } else if (chunks <= labelled) {
    targets = pending.slice(0, chunks).map((h) => ({ key: h.key, hit: h }))
  } else {
    const after = pending[pending.length - 1]?.key ?? lastRow
    const extra = nextOpenRows(after, filled, layout)
      .filter((k) => !pending.some((h) => h.key === k))
      .slice(0, chunks - labelled)
    targets = [...pending.map((h) => ({ key: h.key, hit: h })), ...extra.map((key) => ({ key, hit: null }))]
  }
  return { targets, labelled, chunks, fewerRowsThanLabels, afterLastLabels }
}

/**
 * Whether a run starts right after the last of the waiting labels: nothing but spaces between, or the
 * rest of the label's own line (no digit), its first cell on the next line — a label wrapped around
 * its first cell in a PDF's stream order (「2．没有现成信息需要 / 0 / 另行制作」, review rv26 F3).
 */
export function followsLastLabels(text: string, pending: LabelHit[], runStart: number): boolean {
  const last = pending[pending.length - 1]
  return !!last && last.end <= runStart && LABEL_LINE_REST.test(text.slice(last.end, runStart)) && pending.every((h) => h.end <= last.end)
}

/** Spaces, or words without a digit to the end of the label's line, then spaces. */
const LABEL_LINE_REST = /^[^\d\n]*(?:\n[ \t\u3000\n]*)?$/

/**
 * Whether labels printed as a group come in another order than the template's: which row's numbers
 * come first is not printed (the targets follow the template's order), so the rows count as placed by
 * position. A first label printed on the line where the cells start holds its own row there (a row of
 * cells after its label): only the labels after it can be out of order.
 */
export function outOfOrder(text: string, targets: readonly { hit: LabelHit | null }[], runStart: number): boolean {
  const lineOf = (pos: number): number => text.lastIndexOf('\n', pos - 1)
  const first = targets[0]?.hit
  const firstOnLine = !!first && (lineOf(first.start) === lineOf(runStart) || lineOf(first.end) === lineOf(runStart))
  return targets.some((t, i) => i > (firstOnLine ? 1 : 0) && t.hit && targets[i - 1]!.hit && t.hit.start < targets[i - 1]!.hit!.start)
}

/** The space-grouped numbers a run may hold, for its note (「1 391」 may be one number or two cells). */
export function groupedNote(toks: CellToken[], text: string): string {
  const g = groupedDigitTexts(toks, text)
  return g.length ? `，其中${g.map((x) => `「${x}」`).join('')}可能是以空格分节的一个数，也可能是两格，无法判定` : ''
}

/**
 * The notes of a run whose numbers no reading splits into its rows (`targets`: the rows it was read
 * for, `hit` where a label named the row): the run's own, then one for each further named row (a row
 * left empty always says why).
 */
export function unsplitRunNotes(targets: readonly { key: RequestRowKey; hit?: unknown }[], toks: CellToken[], text: string, width: number): ExtractionNote[] {
  const names = targets.map((t) => `「${rowName(t.key)}」`).join('、') || '（无行名）'
  const notes: ExtractionNote[] = [{
    field: `requests.${targets[0]?.key ?? 'unknown'}`,
    message: `表三 ${names} 行的数字无法按每行 ${width} 列唯一分配（读到 ${toks.length} 个数字${groupedNote(toks, text)}），未读取。`,
  }]
  for (const t of targets.slice(1)) notes.push({ field: `requests.${t.key}`, message: `表三「${rowName(t.key)}」行与上一行的数字无法分开，未读取（见上条说明）。` })
  return notes
}
