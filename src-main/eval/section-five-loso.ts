// Leave one set out: each labelled section 五 set (labelled-sets.ts) split and categorised with the
// learned side built from the OTHER sets only (the tuned holdouts of learnedSets included), so that no set is scored with its own labels. This is
// the honest figure for "a set not seen" as far as learned data goes; the hand-written rules and concept
// lists were tuned on these sets and cannot be left out, which is why a blind set is still run at the end.
// `learned: false` scores every set with rules and concepts alone (the figures before the learned side).
// Run: npx tsx src-main/eval/section-five-loso.ts [--without-learned] [--misses] [--nearest]
import { splitProblems } from '../../shared/extract/problems'
import { buildIndex, scoreLearned, type LearnedIndex } from '../../shared/taxonomy/ngram-knn'
import { labelledSets, learnedEntries, learnedSets } from './labelled-sets'
import { scoreCases, type CaseScore } from './problems-score'

export interface LosoRow {
  name: string
  score: CaseScore
}

/** The learned side built from every learned set but the one named (learnedSets: the tuned holdouts too). */
export function withoutSet(name: string): LearnedIndex {
  return buildIndex(learnedEntries(learnedSets().filter((s) => s.name !== name)))
}

export function leaveOneSetOut(learned = true): LosoRow[] {
  return labelledSets().map((held) => {
    const index = learned ? withoutSet(held.name) : null
    return { name: held.name, score: scoreCases(held.cases, (text) => splitProblems(text, index)) }
  })
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '—')

export function losoLines(rows: readonly LosoRow[]): string[] {
  const t = rows.reduce((a, r) => ({ e: a.e + r.score.entries, s: a.s + r.score.split, c: a.c + r.score.categorised }), { e: 0, s: 0, c: 0 })
  return [
    ...rows.map((r) => `  ${r.name.padEnd(9)} ${String(r.score.entries).padStart(4)} 条  切分 ${pct(r.score.split, r.score.entries).padStart(6)}  切分且分类 ${pct(r.score.categorised, r.score.entries).padStart(6)}`),
    `  ${'all'.padEnd(9)} ${String(t.e).padStart(4)} 条  切分 ${pct(t.s, t.e).padStart(6)}  切分且分类 ${pct(t.c, t.e).padStart(6)}`,
  ]
}

/**
 * How close each set's entries are to the other sets' (the cosine similarity of an entry to its nearest
 * labelled entry of the other sets, median and quartiles), and how often that nearest entry carries one of
 * its categories. Sets written by the same hands in the same words sit close to each other, so leaving
 * one out takes little away: this is why the leave-one-set-out figure flatters a set of new wordings
 * (tests/prose/MISSES.md, session 8).
 */
export function nearestLines(): string[] {
  const sets = labelledSets()
  const q = (xs: number[], p: number): string => ([...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))] ?? 0).toFixed(2)
  return sets.map((held) => {
    const index = buildIndex(learnedEntries(sets.filter((s) => s !== held)))
    const sims: number[] = []
    let hit = 0
    for (const e of held.entries) {
      const top = scoreLearned(index, e.text, 1)[0]
      sims.push(top?.nearest ?? 0)
      if (top && e.categories.includes(top.category)) hit++
    }
    return `  ${held.name.padEnd(9)} ${String(sims.length).padStart(4)} 条  最近邻相似度 中位数 ${q(sims, 0.5)} (${q(sims, 0.25)}–${q(sims, 0.75)})  最近邻类别相符 ${pct(hit, sims.length).padStart(6)}`
  })
}

if (process.argv[1] && /section-five-loso\.ts$/.test(process.argv[1])) {
  if (process.argv.includes('--nearest')) {
    console.log('五 各集与其余各集的最近邻 (each set against the others: nearest labelled entry)')
    for (const line of nearestLines()) console.log(line)
  }
  const before = process.argv.includes('--without-learned')
  console.log(before ? '五 规则与概念（无学习部分）(rules and concepts alone)' : '五 留一集评估 (leave one set out: learned side built from the other sets)')
  for (const line of losoLines(leaveOneSetOut(!before))) console.log(line)
  if (process.argv.includes('--misses'))
    for (const r of leaveOneSetOut(!before)) for (const m of r.score.misses) console.log(`    ${r.name} ${m}`)
}
