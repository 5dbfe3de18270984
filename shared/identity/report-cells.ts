// Every number a report states, by a readable label: what copies of one report are compared on
// and what "how well a file was read" counts.
import type { Extraction } from '../model/extraction'
import type { Report } from '../model/report'
import { DISCLOSURE_LABELS, REQUEST_COLUMN_LABELS, REQUEST_ROW_LABELS, REVIEW_COLUMN_LABELS, REVIEW_GROUP_LABELS } from '../model/template-labels'
import type { RequestRowKey, ReviewGroup } from '../model/report'

export interface NumberCell {
  /** Field path, e.g. `requests.received[6]`, `metrics.hotlineCalls`. */
  path: string
  /** Chinese label, e.g. `三、新收政府信息公开申请数量·总计`. */
  label: string
  value: number
}

const METRIC_LABELS: Record<string, string> = {
  activeDisclosureItems: '主动公开信息条数',
  activeDisclosureItemsChange: '主动公开比上年增减',
  requestsReceived: '正文所述收到申请数',
  indexRank: '政务公开指数排名',
  indexRankOf: '参评单位数',
  indexRankChange: '排名变化',
  hotlineCalls: '12345 热线来电',
  hotlineCallsYoYPercent: '12345 热线同比（%）',
  messagesReceived: '留言数',
}

/** The report's stated numbers (null cells are left out: not read is not a number). */
export function numberCells(r: Report): NumberCell[] {
  const out: NumberCell[] = []
  const push = (path: string, label: string, v: number | null | undefined): void => {
    if (typeof v === 'number' && Number.isFinite(v)) out.push({ path, label, value: v })
  }
  for (const [row, cells] of Object.entries(r.requests.rows)) {
    const rowLabel = REQUEST_ROW_LABELS[row as RequestRowKey] ?? row
    cells?.forEach((v, c) => push(`requests.${row}[${c}]`, `表三 ${rowLabel}·${REQUEST_COLUMN_LABELS[c] ?? c}`, v))
  }
  for (const [group, cells] of Object.entries(r.reviewLitigation)) {
    const g = REVIEW_GROUP_LABELS[group as ReviewGroup] ?? group
    cells?.forEach((v, c) => push(`reviewLitigation.${group}[${c}]`, `表四 ${g}·${REVIEW_COLUMN_LABELS[c] ?? c}`, v))
  }
  const labels = DISCLOSURE_LABELS[r.template === '2019' ? '2019' : '2021'] as { rows: Record<string, string>; fields: Record<string, string> }
  for (const [row, fields] of Object.entries(r.activeDisclosure)) {
    for (const [f, v] of Object.entries((fields ?? {}) as Record<string, number | null>)) {
      push(`activeDisclosure.${row}.${f}`, `表二 ${labels.rows[row] ?? row}·${labels.fields[f] ?? f}`, v)
    }
  }
  for (const [k, v] of Object.entries(r.metrics)) push(`metrics.${k}`, METRIC_LABELS[k] ?? k, v)
  return out
}

/** The report's numbers as one string: equal strings, equal numbers (a fast first comparison of copies). */
export function numbersKey(r: Report): string {
  return JSON.stringify([r.requests.rows, r.reviewLitigation, r.activeDisclosure, r.metrics])
}

/** How many numbers the report states (counted as numberCells does, without building labels). */
function countNumbers(r: Report): number {
  let n = 0
  const count = (values: Iterable<unknown>): void => {
    for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) n++
  }
  for (const cells of Object.values(r.requests.rows)) count(cells ?? [])
  for (const cells of Object.values(r.reviewLitigation)) count(cells ?? [])
  for (const fields of Object.values(r.activeDisclosure)) count(Object.values(fields ?? {}))
  count(Object.values(r.metrics))
  return n
}

/** How well a file was read: numbers read, less one per note of something that could not be read. */
export function readScore(ex: Extraction): number {
  return countNumbers(ex.report) - ex.notes.length
}
