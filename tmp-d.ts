import { buildIndex, scoreLearned } from './shared/taxonomy/ngram-knn'
import { classifyProblem } from './shared/taxonomy/classify'
import { labelledSets, learnedEntries } from './src-main/eval/labelled-sets'
const sets = labelledSets()
const same = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join()
for (const k of [3, 5, 9, 15]) {
  let n = 0, top1 = 0, conc = 0, concOther = 0, learnOnOther = 0
  for (const held of sets) {
    if (process.argv[2] && held.name !== process.argv[2]) continue
    const idx = buildIndex(learnedEntries(sets.filter((s) => s !== held)))
    for (const e of held.entries) {
      n++
      const s = scoreLearned(idx, e.text, k)
      if (s[0] && e.categories.includes(s[0].category)) top1++
      const c = classifyProblem(e.text, {}, null).categories
      if (same(c, e.categories)) conc++
      if (c.length === 1 && c[0] === 'other') { concOther++; if (s[0] && same([s[0].category], e.categories)) learnOnOther++ }
    }
  }
  console.log({ k, n, top1, conc, concOther, learnOnOther })
}
