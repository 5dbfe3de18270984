// Section 五 entries followed across years by their wording, not only by category: a problem of
// this year is paired with the closest problem of the year before when their texts are close
// (character-bigram Dice on the text normalised for list markers, years, numbers and the body's
// own way of naming itself), whatever category either falls under, `other` included. The same for
// planned measures written again.
import type { ProblemEntry } from '../model/report'
import { bigramCounts } from './similarity'

export interface EntryPair {
  /** Index in this year's list. */
  current: number
  /** Index in last year's list. */
  previous: number
  currentText: string
  previousText: string
  /** 0–1 */
  similarity: number
}

/** Two entries at least this close are the same problem (or the same measure) written again. */
export const RECURRING_SIMILARITY = 0.5
/** Shorter normalised texts are not compared: too little to judge. */
const MIN_LENGTH = 8
const TITLE_MIN_LENGTH = 6

const MARKER =
  /^\s*(?:[一二三四五六七八九十]{1,2}是|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}\s*[、.．)）]|[一二三四五六七八九十]{1,2}、|[①-⑩]|第[一二三四五六七八九十]{1,2}|首先|其次|再次|此外|另外|最后|另一方面|一方面|比如|例如|又如|再如)\s*[，,、：:]?/
/** How a body names itself or its area ("我区", "本单位", "全市") and the year: not the problem. */
const SELF_NAMES = /(?:我|本|全|各)(?:省|市|区|县|镇|乡|街道|局|委|办|厅|中心|单位|部门|机关|站|所)/g
const YEARS = /\d{4}\s*年度?|今年|去年|上一?年度?|本年度?|\d+/g
/** Words every entry uses ("有待提高", "进一步加强"): shared by unrelated problems, so not compared. */
const COMMON_WORDS =
  /政务公开|政府信息公开|信息公开|政府信息|工作|有待|进一步|还需|仍需|尚需|需要|不够|不足|提高|提升|加强|强化|部分|个别|存在|问题|方面|相关|继续|持续|不断|切实|一些|较为|比较|仍然|还是|还有/g

export function normalizeEntryText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(MARKER, '')
    .replace(YEARS, '')
    .replace(SELF_NAMES, '')
    .replace(COMMON_WORDS, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '')
}

/** An entry's bigrams, normalised, or null when too short to judge. */
function gramsOf(text: string, minLength: number): Map<string, number> | null {
  const n = normalizeEntryText(text)
  return n.length < minLength ? null : bigramCounts(n)
}

/** Dice coefficient on character bigrams of the two normalised texts; 0 when either is too short. */
export function entrySimilarity(a: string, b: string, minLength = MIN_LENGTH): number {
  const ga = gramsOf(a, minLength)
  const gb = gramsOf(b, minLength)
  return ga && gb ? dice(ga, gb) : 0
}

function dice(ca: Map<string, number>, cb: Map<string, number>): number {
  let shared = 0
  let na = 0
  let nb = 0
  for (const [g, n] of ca) {
    shared += Math.min(n, cb.get(g) ?? 0)
    na += n
  }
  for (const n of cb.values()) nb += n
  return na + nb === 0 ? 0 : (2 * shared) / (na + nb)
}

/** The three readings of an entry that are compared: whole text, title sentence, title's first clause. */
function readingsOf(text: string): (Map<string, number> | null)[] {
  return [gramsOf(text, MIN_LENGTH), gramsOf(titleOf(text, /[。！？；]/), MIN_LENGTH), gramsOf(titleOf(text, /[，,。！？；]/), TITLE_MIN_LENGTH)]
}

/**
 * For each entry of this year, last year's closest entry when at least `threshold` close. Long
 * entries are compared on their title sentence too (an explanation rewritten around the same
 * title is still the same problem), and on the title's first clause: the highest score counts.
 */
export function pairEntries(current: readonly ProblemEntry[], previous: readonly ProblemEntry[], threshold = RECURRING_SIMILARITY): EntryPair[] {
  const before = previous.map((p) => readingsOf(p.text))
  const pairs: EntryPair[] = []
  current.forEach((c, i) => {
    const now = readingsOf(c.text)
    let best: EntryPair | null = null
    previous.forEach((p, j) => {
      const s = Math.max(...now.map((g, k) => (g && before[j]![k] ? dice(g, before[j]![k]!) : 0)))
      if (s >= threshold && (!best || s > best.similarity)) {
        best = { current: i, previous: j, currentText: c.text, previousText: p.text, similarity: Math.round(s * 1000) / 1000 }
      }
    })
    if (best) pairs.push(best)
  })
  return pairs
}

/** The title sentence, or its first clause ("政策解读形式单一，…"). */
function titleOf(text: string, stops: RegExp): string {
  const stop = text.search(stops)
  return stop < 0 ? text : text.slice(0, stop)
}
