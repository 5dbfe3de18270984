// Section 五 misses of the hand-labelled sets, counted by cause (for tests/prose/MISSES.md):
//   npx tsx src-main/eval/section-five-causes.ts holdout9 holdout10 holdout11 [--list]
// Split misses: merged (fewer entries than the gold), cut (more), boundary (same count, an entry
// starting elsewhere). Category misses, among entries split right: `other` (nothing placed the entry),
// gold `other` (the entry placed, the gold says other), missing label (ours a part of the gold's),
// extra label (the gold's a part of ours), swapped (neither). For each category miss, what decided:
// the step of classifyProblem that placed it (`decidedBy`: a phrase rule, concepts, a collocation, the
// title's topic, the learned side where it changed what the words gave, or nothing), and per step how many
// entries it placed and how many of them right. Problems and measures apart.
import { splitProblems } from '../../shared/extract/problems'
import { classifyProblem } from '../../shared/taxonomy/classify'
import { CATEGORY_RULES } from '../../shared/taxonomy/rules'
import { readingText } from '../../shared/taxonomy/reading-text'
import { categoryMissKind, learnedFor, TUNED_SETS } from './section-five-set-table'

// Only the tuning texts of holdout 12 and 13: the texts set aside are not listed (aside.ts).
const SETS = TUNED_SETS

const norm = (s: string): string => s.normalize('NFKC').replace(/[\s\u3000]+/g, '')
const same = (a: readonly string[], b: readonly string[]): boolean => [...a].sort().join() === [...b].sort().join()

function rulesOf(text: string): string[] {
  const all = readingText(text.replace(/\s+/g, ''))
  const stop = all.search(/[。！？]/)
  const head = stop < 0 ? all : all.slice(0, stop + 1)
  return CATEGORY_RULES.filter((r) => r.anywhere.some((re) => re.test(all)) || (r.inHead ?? []).some((re) => re.test(head))).map((r) => r.category)
}

function main(): void {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('--'))
  const list = process.argv.includes('--list')
  const count = new Map<string, number>()
  const add = (k: string): void => void count.set(k, (count.get(k) ?? 0) + 1)
  // entries, split right, categorised right
  const perKind: Record<'problems' | 'improvements', { entries: number; split: number; right: number }> = {
    problems: { entries: 0, split: 0, right: 0 },
    improvements: { entries: 0, split: 0, right: 0 },
  }
  for (const name of names) {
    const learned = learnedFor(name)
    for (const c of SETS[name]!()) {
      const r = splitProblems(c.text, learned)
      for (const kind of ['problems', 'improvements'] as const) {
        const want = c[kind]
        const got = r[kind]
        want.forEach((w, i) => {
          const g = got[i]
          perKind[kind].entries++
          add('entries')
          const okSplit = got.length === want.length && g !== undefined && norm(g.text).startsWith(norm(w.starts))
          if (!okSplit) {
            add(got.length < want.length ? 'split: merged (fewer entries)' : got.length > want.length ? 'split: cut (more entries)' : 'split: boundary (same count)')
            if (list) console.log(`SPLIT ${name} ${c.id} ${kind}[${i}] ${got.length}/${want.length} want「${w.starts}」 got「${g ? norm(g.text).slice(0, 20) : '—'}」`)
            return
          }
          perKind[kind].split++
          const via = classifyProblem(g.text).decidedBy ?? 'nothing'
          add(`path ${via.padEnd(18)} entries`)
          if (same(g.categories, w.categories)) {
            add(`path ${via.padEnd(18)} right`)
            return void perKind[kind].right++
          }
          const ours: readonly string[] = g.categories
          const gold: readonly string[] = w.categories
          const cause = categoryMissKind(ours, gold)
          add(cause)
          const rules = rulesOf(g.text)
          const plain = classifyProblem(g.text, {}, null).categories
          add(`${cause} <- ${via}`)
          if (list) console.log(`CAT ${name} ${c.id} ${kind}[${i}] ${cause} <- ${via} ours ${ours.join('+')} gold ${gold.join('+')} rules[${rules.join(',')}] plain[${plain.join(',')}] ${JSON.stringify(classifyProblem(g.text).matchedWords)}\n    ${norm(g.text).slice(0, 110)}`)
        })
      }
    }
  }
  for (const [k, v] of [...count].sort()) console.log(`${String(v).padStart(5)}  ${k}`)
  for (const [k, p] of Object.entries(perKind)) console.log(`${k}: ${p.entries} entries, split ${p.split}, categorised ${p.right} (${((100 * p.right) / Math.max(1, p.split)).toFixed(1)} % of split)`)
}

main()
