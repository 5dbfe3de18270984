// Where a hand-written holdout's expected entry starts sit in its text, as the scorer compares them.
// Kept apart from holdout-gold.ts (which imports vitest) so scripts run by tsx can use it too.

/** As the scorer compares: full-width forms folded (１．= 1.), spaces and line breaks dropped. */
export const normGold = (s: string): string => s.normalize('NFKC').replace(/[\s\u3000]+/g, '')

/** Where each start is found, searching on from the previous one; -1 when missing. */
export function startPositions(text: string, starts: readonly string[]): number[] {
  const t = normGold(text)
  let from = 0
  return starts.map((s) => {
    const at = t.indexOf(normGold(s), from)
    if (at >= 0) from = at + normGold(s).length
    return at
  })
}
