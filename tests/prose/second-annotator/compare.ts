// Compares the second annotator's labels of holdout 13 (../holdout13/second-annotator.json) with the
// gold, then scores the matcher against both with the eval's own scorer (scoreCases): matcher vs gold,
// matcher vs second annotator, and matcher on the entries where the two annotators agree.
// Usage: npx tsx tests/prose/second-annotator/compare.ts [--list]   (--list prints every disagreement)
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { splitProblems } from '../../../shared/extract/problems'
import { agreement, agreementLines, pct1, sameSet, type LabelPair } from '../../../src-main/eval/annotator-agreement'
import { caseScoreLine, scoreCases, type EntryOutcome, type ScoredCase } from '../../../src-main/eval/problems-score'
import { HOLDOUT13 } from '../holdout13/texts'

interface Labelled {
  key: string
  text: string
  categories: string[]
}

const keyOf = (caseId: string, kind: 'problems' | 'improvements', i: number): string => `${caseId}#${kind === 'problems' ? 'p' : 'i'}${i}`

export function loadSecond(path = fileURLToPath(new URL('../holdout13/second-annotator.json', import.meta.url))): Map<string, Labelled> {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { entries: Labelled[] }
  return new Map(data.entries.map((e) => [e.key, e]))
}

/** The gold cases with each entry's categories replaced by the second annotator's (same starts). */
export function relabel(cases: readonly ScoredCase[], second: Map<string, Labelled>): ScoredCase[] {
  return cases.map((c) => {
    const swap = (kind: 'problems' | 'improvements') =>
      c[kind].map((e, i) => {
        const s = second.get(keyOf(c.id, kind, i))
        if (!s) throw new Error(`second annotator has no label for ${keyOf(c.id, kind, i)}`)
        return { starts: e.starts, categories: s.categories }
      })
    return { ...c, problems: swap('problems'), improvements: swap('improvements') }
  })
}

function main(): void {
  const second = loadSecond()
  const gold = new Map<string, string[]>()
  for (const c of HOLDOUT13) for (const kind of ['problems', 'improvements'] as const) c[kind].forEach((e, i) => gold.set(keyOf(c.id, kind, i), e.categories))
  const keys = [...gold.keys()]
  const humanPairs: LabelPair[] = keys.map((key) => ({ key, ref: gold.get(key)!, other: second.get(key)!.categories }))
  for (const l of agreementLines('second annotator vs gold (gold = reference)', agreement(humanPairs), 25)) console.log(l)

  const vsGold = new Map<string, EntryOutcome>()
  const vsSecond = new Map<string, EntryOutcome>()
  const sGold = scoreCases(HOLDOUT13, splitProblems, (o) => vsGold.set(keyOf(o.caseId, o.kind, o.index), o))
  const sSecond = scoreCases(relabel(HOLDOUT13, second), splitProblems, (o) => vsSecond.set(keyOf(o.caseId, o.kind, o.index), o))
  console.log('')
  console.log(caseScoreLine('matcher vs gold', sGold))
  console.log(caseScoreLine('matcher vs second annotator', sSecond))

  const split = keys.filter((k) => vsGold.get(k)!.okSplit)
  const agree = keys.filter((k) => sameSet(gold.get(k)!, second.get(k)!.categories))
  const agreeSplit = agree.filter((k) => vsGold.get(k)!.okSplit)
  const differ = keys.filter((k) => !agree.includes(k))
  const differSplit = differ.filter((k) => vsGold.get(k)!.okSplit)
  const n = (ks: string[], m: Map<string, EntryOutcome>): number => ks.filter((k) => m.get(k)!.okCats).length
  console.log(`split right: ${split.length}/${keys.length}; categories right among split right: vs gold ${pct1(n(split, vsGold), split.length)}, vs second ${pct1(n(split, vsSecond), split.length)}, vs either ${pct1(split.filter((k) => vsGold.get(k)!.okCats || vsSecond.get(k)!.okCats).length, split.length)}`)
  const either = keys.filter((k) => vsGold.get(k)!.okCats || vsSecond.get(k)!.okCats).length
  console.log(`matcher split+categories counting a match with either annotator: ${pct1(either, keys.length)} (${either}/${keys.length})`)
  console.log(`annotators agree on ${agree.length}/${keys.length} (${pct1(agree.length, keys.length)}): matcher split+categories ${pct1(n(agree, vsGold), agree.length)} (${n(agree, vsGold)}/${agree.length}); among the ${agreeSplit.length} split right ${pct1(n(agreeSplit, vsGold), agreeSplit.length)}`)
  console.log(`annotators differ on ${differ.length}: of the ${differSplit.length} split right the matcher gives the gold's set ${n(differSplit, vsGold)}, the second's ${n(differSplit, vsSecond)}, neither ${differSplit.length - n(differSplit, vsGold) - n(differSplit, vsSecond)}`)

  const matcherPairs = (ref: (k: string) => string[]): LabelPair[] => split.map((key) => ({ key, ref: ref(key), other: vsGold.get(key)!.got }))
  console.log('')
  for (const l of agreementLines('matcher vs gold, split-right entries', agreement(matcherPairs((k) => gold.get(k)!)), 12)) console.log(l)
  console.log('')
  for (const l of agreementLines('matcher vs second annotator, split-right entries', agreement(matcherPairs((k) => second.get(k)!.categories)), 12)) console.log(l)
  console.log('')
  const onAgreed = agreement(agreeSplit.map((key) => ({ key, ref: gold.get(key)!, other: vsGold.get(key)!.got })))
  for (const l of agreementLines('matcher vs gold where the annotators agree, split right', onAgreed, 12)) console.log(l)

  if (process.argv.includes('--list')) {
    console.log('\nmatcher misses where the annotators agree, by pattern (keys):')
    for (const p of onAgreed.pairs) console.log(`  ${p.pattern}: ${p.keys.join(' ')}`)
    console.log('\ndisagreements (key | gold | second | matcher | text):')
    for (const k of differ) {
      const m = vsGold.get(k)!
      console.log(`${k} | ${gold.get(k)!.join('+')} | ${second.get(k)!.categories.join('+')} | ${m.okSplit ? m.got.join('+') : '(split wrong)'} | ${second.get(k)!.text.slice(0, 70)}`)
    }
  }
}

if (process.argv[1]?.endsWith('compare.ts')) main()
