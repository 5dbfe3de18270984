// How much of one text is the same as another: used to find section 五 copied from last year.
// Two measures, both on the text with whitespace removed:
// - sequenceMatcherRatio: Python difflib's SequenceMatcher(None, a, b, autojunk=False).ratio(),
//   ported exactly (2·matched characters / total characters, matching blocks found by the
//   Ratcliff–Obershelp longest-match recursion) so that the numbers agree with the gold files;
// - charBigramDice: Dice coefficient on the multisets of character bigrams (order-insensitive,
//   so a reordered copy still scores high);
// - shareOfThisYearBigramsInLastYear: the share of this text's bigrams found in the other.

export interface SimilarityScore {
  sequenceMatcherRatio: number
  charBigramDice: number
  shareOfThisYearBigramsInLastYear: number
}

/** Whitespace removed; NFKC so full- and half-width forms compare equal. */
export function normalizeForSimilarity(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '')
}

/** difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() */
export function sequenceMatcherRatio(a: string, b: string): number {
  const A = Array.from(a)
  const B = Array.from(b)
  const total = A.length + B.length
  if (total === 0) return 1
  const b2j = new Map<string, number[]>()
  B.forEach((ch, j) => {
    const list = b2j.get(ch)
    if (list) list.push(j)
    else b2j.set(ch, [j])
  })
  const longest = (alo: number, ahi: number, blo: number, bhi: number): [number, number, number] => {
    let besti = alo
    let bestj = blo
    let bestsize = 0
    let j2len = new Map<number, number>()
    for (let i = alo; i < ahi; i++) {
      const newj2len = new Map<number, number>()
      for (const j of b2j.get(A[i]!) ?? []) {
        if (j < blo) continue
        if (j >= bhi) break
        const k = (j2len.get(j - 1) ?? 0) + 1
        newj2len.set(j, k)
        if (k > bestsize) {
          besti = i - k + 1
          bestj = j - k + 1
          bestsize = k
        }
      }
      j2len = newj2len
    }
    // No junk: difflib's extension loops cannot grow a maximal match any further.
    return [besti, bestj, bestsize]
  }
  let matches = 0
  const queue: [number, number, number, number][] = [[0, A.length, 0, B.length]]
  while (queue.length > 0) {
    const [alo, ahi, blo, bhi] = queue.pop()!
    const [i, j, k] = longest(alo, ahi, blo, bhi)
    if (k > 0) {
      matches += k
      if (alo < i && blo < j) queue.push([alo, i, blo, j])
      if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi])
    }
  }
  return (2 * matches) / total
}

export function bigramCounts(s: string): Map<string, number> {
  const chars = Array.from(s)
  const out = new Map<string, number>()
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!
    out.set(g, (out.get(g) ?? 0) + 1)
  }
  return out
}

function countTotal(m: Map<string, number>): number {
  let n = 0
  for (const v of m.values()) n += v
  return n
}

/** Scores of `thisYear` against `lastYear` (both normalized here). */
export function textSimilarity(thisYear: string, lastYear: string): SimilarityScore {
  const a = normalizeForSimilarity(thisYear)
  const b = normalizeForSimilarity(lastYear)
  const ca = bigramCounts(a)
  const cb = bigramCounts(b)
  let shared = 0
  for (const [g, n] of ca) shared += Math.min(n, cb.get(g) ?? 0)
  const na = countTotal(ca)
  const nb = countTotal(cb)
  return {
    sequenceMatcherRatio: round3(sequenceMatcherRatio(a, b)),
    charBigramDice: na + nb === 0 ? 1 : round3((2 * shared) / (na + nb)),
    shareOfThisYearBigramsInLastYear: na === 0 ? 0 : round3(shared / na),
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000
}
