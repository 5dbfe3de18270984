// Which measure answers which problem, told by their words: a measure and a problem are partners where
// each is the other's best match on the character pairs they hold that no other entry of their own list
// holds (a measure repeats its problem's object: 「指南未随机构调整修订」 → 「修订指南」), with at least
// MIN_SHARED such pairs and no tie. The order of the lists and their lengths play no part (a report may
// answer its problems in another order, or give two measures for one problem).

/** Shared own pairs a partnership needs (3 or 4 found fewer partners on every tuned set; session 21). */
export const MIN_SHARED = 2

/** The character pairs of a text's Han runs. */
function pairsOf(text: string): Set<string> {
  const out = new Set<string>()
  for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? []) for (let i = 0; i + 2 <= run.length; i++) out.add(run.slice(i, i + 2))
  return out
}

/** Each text's pairs that no other text of its list holds (a list's common words tell no entry apart). */
function ownPairs(texts: readonly string[]): Set<string>[] {
  const sets = texts.map(pairsOf)
  return sets.map((s, i) => new Set([...s].filter((p) => sets.every((t, j) => j === i || !t.has(p)))))
}

/** The index in `to` sharing the most pairs with `from` (at least MIN_SHARED); -1 for none or a tie. */
function bestMatch(from: Set<string>, to: readonly Set<string>[]): number {
  let best = -1
  let most = MIN_SHARED - 1
  let tied = false
  to.forEach((t, j) => {
    const n = [...from].filter((p) => t.has(p)).length
    if (n > most) [best, most, tied] = [j, n, false]
    else if (n === most && best >= 0) tied = true
  })
  return tied ? -1 : best
}

/** For each measure, the problem it answers by its words (its index), or -1. */
export function answerPartners(problems: readonly string[], measures: readonly string[]): number[] {
  const pOwn = ownPairs(problems)
  const mOwn = ownPairs(measures)
  const pBest = pOwn.map((p) => bestMatch(p, mOwn))
  return mOwn.map((m, i) => {
    const j = bestMatch(m, pOwn)
    return j >= 0 && pBest[j] === i ? j : -1
  })
}
