import { buildIndex, scoreLearned, type LearnedScore } from './shared/taxonomy/ngram-knn'
import { classifyProblem } from './shared/taxonomy/classify'
import { labelledSets, learnedEntries } from './src-main/eval/labelled-sets'
const sets = labelledSets()
const same = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join()
type P = (c: string[], s: LearnedScore[]) => string[]
const learnedCats = (s: LearnedScore[], t2: number) => s.length ? [s[0]!.category, ...s.slice(1).filter((x) => x.score >= t2).map((x) => x.category)] : ['other']
const fill = (c: string[], s: LearnedScore[]) => (c[0] === 'other' && s[0] ? [s[0].category] : c)
const prune = (c: string[], s: LearnedScore[]) => { if (c.length < 2) return c; const keep = c.filter((x) => s.some((y) => y.category === x)); return keep.length ? keep : c }
const prune2 = (c: string[], s: LearnedScore[]) => { if (c.length < 2) return c; const keep = c.filter((x) => s.some((y) => y.category === x && y.score >= 0.2)); return keep.length ? keep : c }
const over = (t: number) => (c: string[], s: LearnedScore[]) => (c[0] !== 'other' && s[0] && s[0].score >= t && !c.includes(s[0].category) ? [s[0].category] : c)
const policies: Record<string, P> = {
  concepts: (c) => c,
  fill: fill,
  fillPrune: (c, s) => prune(fill(c, s), s),
  fillPrune2: (c, s) => prune2(fill(c, s), s),
  fillPruneOver8: (c, s) => over(0.8)(prune(fill(c, s), s), s),
  fillPruneOver9: (c, s) => over(0.9)(prune(fill(c, s), s), s),
  fillPruneOver99: (c, s) => over(0.99)(prune(fill(c, s), s), s),
  fillOver8Prune: (c, s) => prune(over(0.8)(fill(c, s), s), s),
}
for (const k of [7, 9, 12]) {
  const tally: Record<string, { h5: number; rest: number }> = {}
  let n5 = 0, nr = 0
  for (const held of sets) {
    const idx = buildIndex(learnedEntries(sets.filter((s) => s !== held)))
    for (const e of held.entries) {
      held.name === 'holdout5' ? n5++ : nr++
      const s = scoreLearned(idx, e.text, k)
      const c = classifyProblem(e.text, {}, null).categories
      for (const [name, p] of Object.entries(policies)) {
        tally[name] ??= { h5: 0, rest: 0 }
        if (same(p(c, s), e.categories)) held.name === 'holdout5' ? tally[name].h5++ : tally[name].rest++
      }
    }
  }
  console.log(`k=${k} n5=${n5} nrest=${nr}`)
  for (const [name, t] of Object.entries(tally)) console.log(`  ${name.padEnd(14)} h5 ${(100 * t.h5 / n5).toFixed(1)}  rest ${(100 * t.rest / nr).toFixed(1)}`)
}
