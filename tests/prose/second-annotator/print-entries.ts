// Prints a holdout's section 五 entries WITHOUT their categories, for a second annotator to label
// blind: each entry's text runs from its gold start to the next start (either list) or the text's end.
// Usage: npx tsx tests/prose/second-annotator/print-entries.ts > /tmp/entries.txt
import { normGold, startPositions } from '../gold-starts'
import { HOLDOUT13 } from '../holdout13/texts'
import type { ScoredCase } from '../../../src-main/eval/problems-score'

export interface BlindEntry {
  /** `${caseId}#p${i}` for problems, `${caseId}#i${i}` for improvements (0-based). */
  key: string
  text: string
}

/** The entries of one case with their texts, no categories. */
export function blindEntries(c: ScoredCase): BlindEntry[] {
  const t = normGold(c.text)
  const tagged = [
    ...c.problems.map((e, i) => ({ key: `${c.id}#p${i}`, starts: e.starts })),
    ...c.improvements.map((e, i) => ({ key: `${c.id}#i${i}`, starts: e.starts })),
  ]
  const pPos = startPositions(c.text, c.problems.map((e) => e.starts))
  const iPos = startPositions(c.text, c.improvements.map((e) => e.starts))
  const pos = [...pPos, ...iPos]
  const sorted = [...new Set(pos.filter((p) => p >= 0))].sort((a, b) => a - b)
  return tagged.map((e, k) => {
    const at = pos[k] ?? -1
    if (at < 0) return { key: e.key, text: `(start not found) ${e.starts}` }
    const next = sorted.find((p) => p > at) ?? t.length
    return { key: e.key, text: t.slice(at, next) }
  })
}

if (process.argv[1]?.endsWith('print-entries.ts')) {
  for (const c of HOLDOUT13) {
    console.log(`=== ${c.id}`)
    for (const e of blindEntries(c)) console.log(`${e.key}\t${e.text}`)
  }
}
