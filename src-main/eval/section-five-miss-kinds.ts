// Section 五 misses counted by kind, as aggregate counts only (session 17, s5h): safe to run on the
// sets set aside (holdout 12 / 13 `aside`), because it prints no text, no case id and no entry —
// only how many entries missed by which kind, which category names were missing or extra, and which
// step of classifyProblem placed the entries that missed.
//   npx tsx src-main/eval/section-five-miss-kinds.ts h12aside h13aside h14aside
//   npx tsx src-main/eval/section-five-miss-kinds.ts h12tune h13tune h14tune
// Split right as the eval scores it (scoreCases: the list has the gold's length and the entry starts
// as the gold one). Category misses among entries split right: `other` (ours other only), gold `other`,
// missing label (ours a strict part of the gold's), extra label (the gold's a strict part of ours),
// swapped (neither). Per category: how often the gold has it and ours not (missing), ours has it and
// the gold not (extra), over all category misses.
import { splitProblems } from '../../shared/extract/problems'
import { classifyProblem } from '../../shared/taxonomy/classify'
import { categoryMissKind, learnedFor, ASIDE_SETS, TUNED_SETS, type SetTable } from './section-five-set-table'

// Aggregate counts only: the set-aside parts may be named too (h12aside, h13aside; h12tune, h13tune as
// short names of the tuning parts).
const SETS: SetTable = { ...ASIDE_SETS, ...TUNED_SETS, h12tune: TUNED_SETS.holdout12tune!, h13tune: TUNED_SETS.holdout13tune!, h14tune: TUNED_SETS.holdout14tune! }

const compact = (s: string): string => s.replace(/[\s\u3000]+/g, '')
const norm = (s: string): string => compact(s.normalize('NFKC')).replace(/^[●•■◆▪□◇○★☆▲►◎]+/, '')
const same = (a: readonly string[], b: readonly string[]): boolean => [...a].sort().join() === [...b].sort().join()

class Tally {
  private m = new Map<string, number>()
  add(k: string, n = 1): void {
    this.m.set(k, (this.m.get(k) ?? 0) + n)
  }
  print(title: string, top = 99): void {
    console.log(`\n${title}`)
    for (const [k, v] of [...this.m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top)) console.log(`${String(v).padStart(5)}  ${k}`)
  }
}

function main(): void {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('--'))
  const kinds = new Tally()
  const missing = new Tally()
  const extra = new Tally()
  const swaps = new Tally()
  const steps = new Tally()
  const sizes = new Tally()
  const placed = new Tally()
  const lists = new Tally()
  const weakPlaced = new Tally()
  let entries = 0
  let split = 0
  let right = 0
  for (const name of names) {
    const cases = SETS[name]
    if (!cases) throw new Error(`unknown set ${name}; known: ${Object.keys(SETS).join(', ')}`)
    const learned = learnedFor(name)
    for (const c of cases()) {
      const r = splitProblems(c.text, learned)
      for (const kind of ['problems', 'improvements'] as const) {
        const want = c[kind]
        const got = r[kind]
        if (got.length !== want.length) lists.add(`${kind}: ${got.length < want.length ? 'fewer' : 'more'} entries than the gold, by ${Math.abs(got.length - want.length)} (gold ${want.length === 0 ? 'empty' : want.length < 4 ? '1-3' : '4+'})`)
        want.forEach((w, i) => {
          entries++
          const g = got[i]
          const okSplit = got.length === want.length && g !== undefined && norm(g.text).startsWith(norm(w.starts))
          if (!okSplit) {
            kinds.add(got.length < want.length ? 'split: merged (fewer entries)' : got.length > want.length ? 'split: cut (more entries)' : 'split: boundary (same count)')
            return
          }
          split++
          const ours: readonly string[] = g.categories
          const gold: readonly string[] = w.categories
          const step = classifyProblem(g.text).decidedBy ?? 'nothing'
          placed.add(`${step.padEnd(16)} placed`)
          const weakKey = `${step} ${[...ours].sort().join('+')}`
          if (!['rules', 'concepts'].includes(step)) weakPlaced.add(`${weakKey} placed`)
          if (same(ours, gold)) {
            if (!['rules', 'concepts'].includes(step)) weakPlaced.add(`${weakKey} right`)
            placed.add(`${step.padEnd(16)} right`)
            return void right++
          }
          const cause = categoryMissKind(ours, gold)
          kinds.add(cause)
          kinds.add(`  ${cause} [${kind}]`)
          steps.add(`${cause} <- ${step}`)
          sizes.add(`gold ${gold.length} label(s), ours ${ours.length}`)
          for (const x of gold) if (!ours.includes(x)) missing.add(`${x} <- ${step}`)
          for (const x of ours) if (!gold.includes(x)) extra.add(`${x} <- ${step}`)
          if (cause === 'cat: missing label' || cause === 'cat: extra label')
            swaps.add(`${cause.slice(5)}: both ${ours.filter((x) => gold.includes(x)).sort().join('+')}, ${cause === 'cat: missing label' ? 'gold also' : 'ours also'} ${[...gold, ...ours].filter((x) => !(gold.includes(x) && ours.includes(x))).sort().join('+')}`)
          if (cause === 'cat: swapped' || cause.startsWith('cat: other') || cause.startsWith('cat: gold other'))
            swaps.add(`${[...gold].sort().join('+')} -> ${[...ours].sort().join('+')}`)
        })
      }
    }
  }
  const pct = (n: number): string => `${((100 * n) / Math.max(1, entries)).toFixed(1)} %`
  console.log(`sets ${names.join(' ')}: ${entries} entries, split ${split} (${pct(split)}), split+categories ${right} (${pct(right)}); category misses ${split - right}`)
  kinds.print('misses by kind')
  lists.print('lists of the wrong length (each list once)')
  missing.print('category missing (gold has it, ours not) <- the step that placed the entry')
  extra.print('category extra (ours has it, gold not) <- the step that placed the entry')
  swaps.print('gold -> ours where swapped / other; the label left out or added where missing / extra (top 30)', 30)
  steps.print('kind <- the step that placed the entry')
  sizes.print('label counts of the category misses')
  placed.print('entries split right, by the step that placed them: placed / right')
  weakPlaced.print('entries placed by a step after rules and concepts, by the step and our categories: placed / right')
}

main()
