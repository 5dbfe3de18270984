// A category family probed against the gold of every labelled set before it is written (MISSES.md's
// method): the gold entries whose text a pattern matches, counted by whether their gold has the category.
//   npx tsx src-main/eval/category-probe.ts CATEGORY 'REGEX' [CATEGORY 'REGEX' …] [--list]
// Sets: the labelled sets (corpus, hostile, unseen, office, holdouts 2–6) and the tuned sets of
// section-five-set-table.ts (holdouts 7–11, and only the tuning parts of holdouts 12–15: the texts set
// aside in aside.ts are never read here, nor anything that imports them whole).
import { readingText } from '../../shared/taxonomy/reading-text'
import { entriesOfCase, labelledSets } from './labelled-sets'
import { TUNED_SETS } from './section-five-set-table'
import type { LabelledEntry } from '../../shared/taxonomy/ngram-knn'

function sets(): { name: string; entries: LabelledEntry[] }[] {
  const labelled = labelledSets()
  const named = new Set(labelled.map((s) => s.name))
  const later = Object.entries(TUNED_SETS).filter(([name]) => !named.has(name))
  return [
    ...labelled.map((s) => ({ name: s.name, entries: s.entries })),
    ...later.map(([name, cases]) => ({ name, entries: cases().flatMap(entriesOfCase) })),
  ]
}

function probe(all: { name: string; entries: LabelledEntry[] }[], category: string, source: string, list: boolean): void {
  const re = new RegExp(source)
  let agree = 0
  let disagree = 0
  for (const s of all) {
    for (const e of s.entries) {
      const text = readingText(e.text.replace(/\s+/g, ''))
      const m = re.exec(text)
      if (!m) continue
      const has = e.categories.includes(category)
      if (has) agree++
      else disagree++
      if (list) console.log(`${has ? '+' : '-'} ${s.name} [${e.categories.join(',')}] «${m[0]}» ${text.slice(0, 90)}`)
    }
  }
  console.log(`${category} /${source}/: ${agree} agree / ${disagree} disagree`)
}

function main(): void {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'))
  if (args.length < 2 || args.length % 2) {
    console.log('usage: category-probe.ts CATEGORY REGEX [CATEGORY REGEX …] [--list]')
    return
  }
  const list = process.argv.includes('--list')
  const all = sets()
  for (let i = 0; i < args.length; i += 2) probe(all, args[i]!, args[i + 1]!, list)
}

main()
