// Every split-right section 五 entry of the tuning sets with its categories and the gold's, written as
// JSON, so that two versions of the matcher can be compared entry by entry (which entries a change
// turns right, which it turns wrong):
//   npx tsx src-main/eval/section-five-dump.ts > before.json   (then again after the change)
//   npx tsx src-main/eval/section-five-dump.ts --diff before.json after.json
// The sets in the learned data are scored twice: with the committed learned side, and with the side
// built from the other sets (as section-five-loso.ts does). The parts of holdouts 12 and 13 set aside
// (aside.ts) are left out: they are not listed while tuning.
import { readFileSync } from 'node:fs'
import { splitProblems } from '../../shared/extract/problems'
import { buildIndex } from '../../shared/taxonomy/ngram-knn'
import { HOLDOUT7 } from '../../tests/prose/holdout7/texts'
import { HOLDOUT8 } from '../../tests/prose/holdout8/texts'
import { HOLDOUT9 } from '../../tests/prose/holdout9/texts'
import { HOLDOUT10 } from '../../tests/prose/holdout10/texts'
import { HOLDOUT11 } from '../../tests/prose/holdout11/texts'
import { HOLDOUT12_TUNE } from '../../tests/prose/holdout12/aside'
import { HOLDOUT13_TUNE } from '../../tests/prose/holdout13/aside'
import { HOLDOUT14_TUNE } from '../../tests/prose/holdout14/aside'
import { labelledSets, learnedEntries } from './labelled-sets'
import type { ScoredCase } from './problems-score'
import type { LearnedIndex } from '../../shared/taxonomy/ngram-knn'

interface Row {
  key: string
  set: string
  ok: boolean
  ours: string[]
  gold: string[]
  text: string
}

const norm = (s: string): string => s.normalize('NFKC').replace(/[\s\u3000]+/g, '')
const same = (a: readonly string[], b: readonly string[]): boolean => [...a].sort().join() === [...b].sort().join()

function rowsOf(set: string, cases: readonly ScoredCase[], learned?: LearnedIndex | null): Row[] {
  const out: Row[] = []
  for (const c of cases) {
    const r = learned === undefined ? splitProblems(c.text) : splitProblems(c.text, learned)
    for (const kind of ['problems', 'improvements'] as const) {
      const got = r[kind]
      c[kind].forEach((w, i) => {
        const g = got[i]
        if (got.length !== c[kind].length || !g || !norm(g.text).startsWith(norm(w.starts))) return
        out.push({ key: `${set} ${c.id} ${kind}[${i}]`, set, ok: same(g.categories, w.categories), ours: [...g.categories], gold: [...w.categories], text: norm(g.text) })
      })
    }
  }
  return out
}

function dump(): Row[] {
  const sets = labelledSets()
  const rows: Row[] = []
  for (const s of sets) {
    rows.push(...rowsOf(s.name, s.cases))
    rows.push(...rowsOf(`${s.name}-loso`, s.cases, buildIndex(learnedEntries(sets.filter((o) => o !== s)))))
  }
  const more: [string, readonly ScoredCase[]][] = [
    ['holdout7', HOLDOUT7], ['holdout8', HOLDOUT8], ['holdout9', HOLDOUT9], ['holdout10', HOLDOUT10],
    ['holdout11', HOLDOUT11], ['holdout12tune', HOLDOUT12_TUNE], ['holdout13tune', HOLDOUT13_TUNE],
    ['holdout14tune', HOLDOUT14_TUNE],
  ]
  for (const [name, cases] of more) rows.push(...rowsOf(name, cases))
  return rows
}

function diff(a: Row[], b: Row[]): void {
  const before = new Map(a.map((r) => [r.key, r]))
  const per = new Map<string, { won: number; lost: number; right: number; n: number }>()
  for (const r of b) {
    const p = per.get(r.set) ?? { won: 0, lost: 0, right: 0, n: 0 }
    per.set(r.set, p)
    p.n++
    if (r.ok) p.right++
    const o = before.get(r.key)
    if (!o || o.ok === r.ok) continue
    if (r.ok) p.won++
    else p.lost++
    console.log(`${r.ok ? '+' : '-'} ${r.key} ${o.ours.join('+')} → ${r.ours.join('+')} (gold ${r.gold.join('+')})  ${r.text.slice(0, 90)}`)
  }
  for (const [set, p] of per) console.log(`${set.padEnd(16)} split right ${p.n}, categorised ${p.right}  +${p.won} −${p.lost}`)
}

const args = process.argv.slice(2)
if (args[0] === '--diff') diff(JSON.parse(readFileSync(args[1]!, 'utf8')), JSON.parse(readFileSync(args[2]!, 'utf8')))
else console.log(JSON.stringify(dump()))
