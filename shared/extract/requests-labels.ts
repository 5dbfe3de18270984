// Table 三's row labels: where the table starts and ends in its zone, and where each row's label
// (一、本年新收… to 四、结转下年度继续办理) stands, with the label's full extent around its cells.
import type { RequestRowKey } from '../model/report'
import { REQUEST_ROW_KEYS } from '../model/report'
import { maskSpacedCells } from './cells'
import { fuzzy, LOOSE_ROW_PATTERNS, ROW_PATTERNS } from './row-labels'
import { nearLabels, type UnsureLabel } from './requests-near-labels'
import { otherBesideHeading } from './requests-other-first'

const ORDER = new Map(REQUEST_ROW_KEYS.map((k, i) => [k, i]))
/** A row's place in the template's order. */
export const order = (k: RequestRowKey): number => ORDER.get(k) ?? 99

export interface LabelHit {
  key: RequestRowKey
  start: number
  end: number
}

/**
 * Where the table starts: its header note (本列数据的勾稽关系…) or its first row (一、本年新收…).
 * Prose before it may use the same words (其中予以公开 30 件…) and is not read as rows.
 */
export function tableStart(text: string): number {
  const header = /勾[\s\u3000]*稽[\s\u3000]*关[\s\u3000]*系/.exec(text)
  const received = ROW_PATTERNS.find((p) => p.key === 'received')!.re
  received.lastIndex = 0
  let first = received.exec(text)
  while (first && PROSE_COUNT.test(text.slice(first.index + first[0].length, first.index + first[0].length + 40))) first = received.exec(text)
  const starts = [header?.index, first?.index].filter((x): x is number => x !== undefined)
  return starts.length ? Math.min(...starts) : 0
}

/** A row's words used in a sentence: followed by a count in 件 (本年度新收政府信息公开申请35件，…). */
const PROSE_COUNT = /^[^\d\n\t\uE000]{0,16}?\d+[ \u3000]*件/

export function findLabels(text: string): LabelHit[] {
  return exactAndNear(text).hits
}

/** The rows whose label was read nearly but not surely (another row's wording as near, or its own twice). */
export function unsureLabels(text: string): UnsureLabel[] {
  return exactAndNear(text).unsure
}

/** The rows found by their patterns (row-labels.ts). */
function exactLabels(text: string, from: number, masked: string): LabelHit[] {
  const hits: LabelHit[] = []
  for (const { key, re } of ROW_PATTERNS) {
    re.lastIndex = from
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      const end = m.index + m[0].length
      if (PROSE_COUNT.test(text.slice(end, end + 40))) continue
      hits.push({ key, start: m.index, end })
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  // Keep one hit per place (the longest), and only the first hit of each row key: a key phrase
  // that comes again later is text, not the row.
  const out: LabelHit[] = []
  const seen = new Set<RequestRowKey>()
  for (const h of hits) {
    const last = out[out.length - 1]
    if (last && h.start < last.end) continue
    if (seen.has(h.key)) continue
    seen.add(h.key)
    out.push(h)
  }
  return out
}

function exactAndNear(text: string): { hits: LabelHit[]; unsure: UnsureLabel[] } {
  const from = tableStart(text)
  const masked = maskSpacedCells(text)
  const loose = otherBesideHeading(addLooseLabels(exactLabels(text, from, masked), masked, text), masked)
  // Rows still missing, by their wording read nearly (a scan's OCR: requests-near-labels.ts).
  const near = nearLabels(masked, loose, from)
  const hits = near.hits.filter((h) => !PROSE_COUNT.test(text.slice(h.end, h.end + 40)))
  return { hits: hits.length ? [...loose, ...hits].sort((a, b) => a.start - b.start) : loose, unsure: near.unsure }
}

/**
 * Where a row's label phrase comes again after its first hit (each at most once per place): a second
 * table with the same labels — last year's table 三 printed beside or after this year's (review 10
 * R10-6). Cells after such a repeat are that table's; findLabels keeps only the first hits.
 */
const WRAPPED_LABEL_REACH = 60

export function repeatedLabels(text: string): { key: RequestRowKey; start: number }[] {
  const hits = findLabels(text)
  const first = new Map<RequestRowKey, number>()
  // Searched from a little past the first hit: the rest of a label wrapped round its own cells
  // (「3.补正后 申请内 3 0 1 容仍不 明确」) can match its phrase again, and is no repeat.
  for (const h of hits) if (!first.has(h.key)) first.set(h.key, h.end + WRAPPED_LABEL_REACH)
  // A phrase inside another row's label (「其他」 in 「2.其他法律行政法规禁止公开」) is no repeat.
  const inLabel = (pos: number): boolean => hits.some((h) => pos >= h.start && pos < h.end)
  const masked = maskSpacedCells(text)
  const out: { key: RequestRowKey; start: number }[] = []
  for (const { key, re } of ROW_PATTERNS) {
    const at = first.get(key)
    if (at === undefined) continue
    re.lastIndex = at
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      const end = m.index + m[0].length
      if (!inLabel(m.index) && !PROSE_COUNT.test(text.slice(end, end + 40))) out.push({ key, start: m.index })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Bare labels (总计, 其他, 其他处理 without numbering), each only where its neighbours' labels place it. */
function addLooseLabels(hits: LabelHit[], masked: string, text: string): LabelHit[] {
  const out = hits.slice()
  for (const { key, re, after } of LOOSE_ROW_PATTERNS) {
    if (out.some((h) => h.key === key)) continue
    const before = out.filter((h) => order(h.key) < order(key))
    if (!before.some((h) => after(h.key))) continue
    const from = Math.max(...before.map((h) => h.end))
    const to = Math.min(text.length, ...out.filter((h) => order(h.key) > order(key)).map((h) => h.start))
    re.lastIndex = from
    const m = re.exec(masked)
    if (!m || m.index + m[0].length > to) continue
    const end = m.index + m[0].length
    if (PROSE_COUNT.test(text.slice(end, end + 40))) continue
    out.push({ key, start: m.index, end })
    out.sort((a, b) => a.start - b.start)
  }
  return out
}

/** The parts of [start, end) that are not cells (a label's words around the cells it wraps round). */
export function labelPieces(text: string, [start, end]: [number, number]): [number, number][] {
  const masked = maskSpacedCells(text.slice(start, end))
  const out: [number, number][] = []
  let from = -1
  for (let i = 0; i <= masked.length; i++) {
    // Cells and white space are not the label's (a dash cell needs the space before it).
    const cell = i < masked.length && /\s/.test(masked[i]!)
    if (!cell && i < masked.length && from < 0) from = i
    if ((cell || i === masked.length) && from >= 0) {
      out.push([start + from, start + i])
      from = -1
    }
  }
  return out
}

/** The whole label: from the hit on to the end of its wording (up to its first cell). */
export function labelExtent(text: string, hit: LabelHit, nextStart: number): [number, number] {
  // The label's tail runs over CJK text and brackets until the first cell.
  let end = hit.end
  // Not over a count in Chinese numerals glued to the first cell (「总计三十三2000035」) or ending the
  // label's text (「申请数九九上年结转…」): cells, not the label's (numeral-words.ts). Glued only: a label
  // wrapped round its cells may end in a numeral before them (「四、结转下一    12 …」 of 结转下一年度).
  const tail = /^[^\d\t\uE000\n]*?(?=[〇零○一二两三四五六七八九十百千万]+(?:[\d０-９]|$)|[\d\t\uE000\n]|$)/.exec(text.slice(hit.end, nextStart))
  if (tail) end = hit.end + tail[0].length
  return [hit.start, end]
}

/** Table 四's header words: table 三 has ended where they come (its zone may run on without a heading). */
const TABLE_FOUR = new RegExp(`${fuzzy('行政复议')}|${fuzzy('行政诉讼')}`, 'g')

/** The table's text: up to table 四's header after the table's start, where the zone runs on into it. */
export function tableText(zone: string): string {
  TABLE_FOUR.lastIndex = tableStart(zone)
  const m = TABLE_FOUR.exec(zone)
  return m ? zone.slice(0, m.index) : zone
}
