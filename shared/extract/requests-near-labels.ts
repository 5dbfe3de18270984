// Table 三's row labels as a scan's OCR gives them at low quality: a character read as its look-alike
// (申 → 中, 公 → 么, 开 → 升, 大 → 人, 掌 → 学), dropped (保护第方合法权益) or replaced by another
// (公片出版物). A row whose label no pattern of row-labels.ts finds is looked for by its template
// wording, nearly: only between the labels found before and after it (in the template's order), only
// where the wording is long enough to tell it apart, and not where another row's wording comes as
// near there (or the row's own comes twice): then the row stays unfound, and its note says so.
import type { RequestRowKey } from '../model/report'
import { REQUEST_ROW_KEYS } from '../model/report'
import { REQUEST_ROW_LABELS } from '../model/template-labels'

export interface NearHit {
  key: RequestRowKey
  start: number
  end: number
}

/** Pairs the recogniser confuses in a printed Chinese label (either way round): half an edit each. */
const LOOK_ALIKES = ['申中', '申甲', '公么', '开升', '大人', '掌学', '予了', '于丁', '工上', '已己', '无元', '另务', '厅斤', '政玫', '请清', '属厲']
const ALIKE = new Set(LOOK_ALIKES.flatMap(([a, b]) => [`${a}${b}`, `${b}${a}`]))

/** The template's wording of a row without numbering, brackets' asides and punctuation. */
function wording(key: RequestRowKey): string {
  return REQUEST_ROW_LABELS[key]
    .replace(/^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])/, '')
    .replace(/[（(][^）)]*[)）]/g, '')
    .replace(/[^\u4e00-\u9fff]/g, '')
}

/** Its wordings: as the template prints it, and without 「政府信息公开」 as many reports shorten
 *  一 and 二 (「上年结转申请数量」). */
function wordings(key: RequestRowKey): string[] {
  const full = wording(key)
  const short = full.replace('政府信息公开', '')
  return short === full ? [full] : [full, short]
}

/** Edits a wording of this length may take and still name its row (short ones: none — the patterns do). */
function budget(length: number): number {
  return length < 4 ? -1 : length <= 5 ? 1 : length <= 8 ? 1.5 : 2
}

const subCost = (a: string, b: string): number => (a === b ? 0 : ALIKE.has(a + b) ? 0.5 : 1)

/** Best near matches of `word` in `chars` (approximate substring match): [cost, start, end) per end place. */
function nearMatches(word: string, chars: string[]): { cost: number; start: number; end: number }[] {
  const m = word.length
  // cost[j], start[j] for the previous and current row of the table (word's i-th character, text's j-th).
  let prevCost = new Array<number>(chars.length + 1).fill(0)
  let prevStart = chars.map((_, j) => j).concat(chars.length)
  for (let i = 1; i <= m; i++) {
    const cost = new Array<number>(chars.length + 1)
    const start = new Array<number>(chars.length + 1)
    cost[0] = i
    start[0] = 0
    for (let j = 1; j <= chars.length; j++) {
      const diag = prevCost[j - 1]! + subCost(word[i - 1]!, chars[j - 1]!)
      const up = prevCost[j]! + 1 // the word's character dropped from the text
      const left = cost[j - 1]! + 1 // a character of the text not in the word
      if (diag <= up && diag <= left) (cost[j] = diag), (start[j] = prevStart[j - 1]!)
      else if (up <= left) (cost[j] = up), (start[j] = prevStart[j]!)
      else (cost[j] = left), (start[j] = start[j - 1]!)
    }
    prevCost = cost
    prevStart = start
  }
  return prevCost.map((cost, j) => ({ cost, start: prevStart[j]!, end: j })).filter((x) => x.end > x.start)
}

/** More edits a wording may take where its row is the only template row left between the rows found
 *  just before and just after it: no other row can be there, so the place alone nearly names it (a
 *  fax's 「（）了以公F」 between 二、上年结转… and （二）部分公开: 予 read 了, 开 read F). The row's
 *  numbers are still proven by the table's sums like any other. */
const ONLY_ROW_EXTRA = 0.5

/** The places in [from, to) where `key`'s wording comes within its budget (`extra` more), as text positions (one per stretch). */
function placesOf(key: RequestRowKey, text: string, from: number, to: number, extra = 0): { cost: number; start: number; end: number }[] {
  // A place found by both wordings is one place: the full wording's, where it holds.
  const out: { cost: number; start: number; end: number }[] = []
  for (const word of wordings(key)) for (const p of placesOfWord(word, text, from, to, extra)) if (!out.some((o) => o.start < p.end && p.start < o.end)) out.push(p)
  return out.sort((a, b) => a.start - b.start)
}

function placesOfWord(word: string, text: string, from: number, to: number, extra: number): { cost: number; start: number; end: number }[] {
  const base = budget(word.length)
  const limit = base < 0 ? base : base + extra
  if (limit < 0) return []
  const out: { cost: number; start: number; end: number }[] = []
  // Stretches of label text: cells (tabs, blanks, digits) end a stretch; white space inside is skipped.
  for (const seg of text.slice(from, to).matchAll(/[^\t\uE000\d０-９]+/g)) {
    const chars: string[] = []
    const at: number[] = []
    for (let k = 0; k < seg[0].length; k++) {
      if (/\s/.test(seg[0][k]!)) continue
      chars.push(seg[0][k]!)
      at.push(from + seg.index! + k)
    }
    if (chars.length < word.length - limit) continue
    let best: { cost: number; start: number; end: number } | null = null
    for (const x of nearMatches(word, chars)) {
      if (x.cost > limit) continue
      const hit = { cost: x.cost, start: at[x.start]!, end: at[x.end - 1]! + 1 }
      // Overlapping end places are one place: the cheapest (then the longest) stands for it.
      if (best && hit.start < best.end) {
        if (hit.cost < best.cost || (hit.cost === best.cost && hit.end - hit.start > best.end - best.start)) best = hit
        continue
      }
      if (best) out.push(best)
      best = hit
    }
    if (best) out.push(best)
  }
  return out
}

/** A row whose wording came near but could not be told for sure: `rival` is the other row whose
 *  wording came as near at that place (null: its own came twice, or out of the template's order). */
export interface UnsureLabel {
  key: RequestRowKey
  rival: RequestRowKey | null
}

/**
 * Rows missing from `found` (the hits of the exact patterns, in text order) found by their wording
 * read nearly, each between its found neighbours. A place where two rows' wordings both come near, or
 * a row's wording twice, gives no hit but an unsure label (for its note).
 */
export function nearLabels(text: string, found: { key: RequestRowKey; start: number; end: number }[], tableFrom: number): { hits: NearHit[]; unsure: UnsureLabel[] } {
  const have = new Set(found.map((h) => h.key))
  const rank = (k: RequestRowKey): number => REQUEST_ROW_KEYS.indexOf(k)
  const candidates: (NearHit & { cost: number })[] = []
  const unsure: UnsureLabel[] = []
  const missing = REQUEST_ROW_KEYS.filter((k) => !have.has(k))
  for (const key of missing) {
    const before = found.filter((h) => rank(h.key) < rank(key))
    const after = found.filter((h) => rank(h.key) > rank(key))
    // Placed by at least one neighbour found.
    if (!before.length && !after.length) continue
    const from = before.length ? Math.max(...before.map((h) => h.end)) : tableFrom
    const to = after.length ? Math.min(...after.map((h) => h.start)) : text.length
    if (to <= from) continue
    // The only row between its found neighbours (the next row before it and the next after it).
    const only = before.some((h) => rank(h.key) === rank(key) - 1) && after.some((h) => rank(h.key) === rank(key) + 1)
    const places = placesOf(key, text, from, to, only ? ONLY_ROW_EXTRA : 0)
    if (places.length === 1) candidates.push({ key, ...places[0]! })
    else if (places.length > 1) unsure.push({ key, rival: null })
  }
  const out: NearHit[] = []
  for (const c of candidates) {
    // Another missing row's wording near at the same place: which row it is, is not known.
    const other = candidates.find((o) => o !== c && o.start < c.end && c.start < o.end)
    // Nor where the place is as near another row's wording (found or not) as its own.
    const rival = other?.key ?? REQUEST_ROW_KEYS.find((k) => k !== c.key && placesOf(k, text, c.start, c.end).some((p) => p.cost <= c.cost + 0.5 && p.end - p.start >= (c.end - c.start) / 2))
    if (rival) unsure.push({ key: c.key, rival })
    else out.push({ key: c.key, start: c.start, end: c.end })
  }
  // Two rows found nearly out of the template's order: neither is taken.
  const crossed = (h: NearHit): boolean => out.some((o) => o !== h && (rank(o.key) < rank(h.key)) !== (o.start < h.start))
  for (const h of out) if (crossed(h)) unsure.push({ key: h.key, rival: null })
  return { hits: out.filter((h) => !crossed(h)), unsure }
}
