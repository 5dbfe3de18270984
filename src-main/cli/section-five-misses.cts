// Section 五 categories entry by entry, for whoever works on the matcher (shared/taxonomy):
//   npx tsx src-main/cli/section-five-misses.ts
// 1. every gold entry of the corpus's text reports, sorted again on its own: those that fall to
//    `other` against the gold, or get a category the gold does not have, or miss one it has;
// 2. the hand-written sets scored as `npm run eval` scores them (hostile, unseen, second holdout),
//    with their misses. The blind holdout (tests/prose/holdout3) is left to `npm run eval`.
import { classifyProblem } from '../../shared/taxonomy/classify'
import { sourceReports } from '../../tests/prose/variants/source-reports'
import { splitProblems } from '../../shared/extract/problems'
import { UNSEEN } from '../../tests/prose/variants/unseen-section-five'
import { scoreCases } from '../eval/problems-score'
import { sectionFiveTextSets } from '../eval/section-five-sets'

function corpusMisses(): void {
  let entries = 0
  let right = 0
  for (const r of sourceReports()) {
    for (const kind of ['problems', 'improvements'] as const) {
      r[kind].forEach((e, i) => {
        entries++
        const got = classifyProblem(e.body)
        const extra = got.categories.filter((c) => !e.categories.includes(c))
        const missing = e.categories.filter((c) => !(got.categories as string[]).includes(c))
        if (!extra.length && !missing.length) return void right++
        const why = got.categories.includes('other') && !e.categories.includes('other') ? 'falls to other' : 'differs'
        console.log(`${r.id} ${kind}[${i}] ${why}: +${extra.join('+') || '—'} −${missing.join('+') || '—'} ${JSON.stringify(got.matchedWords)}`)
        console.log(`    ${e.body.slice(0, 80)}`)
      })
    }
  }
  console.log(`五 语料条目分类 (corpus entries, sorted alone): ${right}/${entries}`)
}

corpusMisses()
sectionFiveTextSets(false)
for (const m of scoreCases(UNSEEN, splitProblems).misses) console.log(`    unseen ${m}`)
