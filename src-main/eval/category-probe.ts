// A category family probed against the gold of every labelled set before it is written (MISSES.md's
// method): the gold entries whose text a pattern matches, counted by whether their gold has the category.
//   npx tsx src-main/eval/category-probe.ts CATEGORY 'REGEX' [CATEGORY 'REGEX' …] [--list]
// Sets: corpus, hostile, unseen, office, holdouts 2–12, and holdouts 13's and 14's tuning parts only (aside.ts: the
// set-aside texts are never read here). Entries are cut from the gold starts (labelled-sets.ts).
import { readingText } from '../../shared/taxonomy/reading-text'
import { HOLDOUT7 } from '../../tests/prose/holdout7/texts'
import { HOLDOUT8 } from '../../tests/prose/holdout8/texts'
import { HOLDOUT9 } from '../../tests/prose/holdout9/texts'
import { HOLDOUT10 } from '../../tests/prose/holdout10/texts'
import { HOLDOUT11 } from '../../tests/prose/holdout11/texts'
import { HOLDOUT12 } from '../../tests/prose/holdout12/texts'
import { HOLDOUT13_TUNE } from '../../tests/prose/holdout13/aside'
import { HOLDOUT14_TUNE } from '../../tests/prose/holdout14/aside'
import { entriesOfCase, labelledSets } from './labelled-sets'
import type { LabelledEntry } from '../../shared/taxonomy/ngram-knn'

function sets(): { name: string; entries: LabelledEntry[] }[] {
  const later = { holdout7: HOLDOUT7, holdout8: HOLDOUT8, holdout9: HOLDOUT9, holdout10: HOLDOUT10, holdout11: HOLDOUT11, holdout12: HOLDOUT12, holdout13tune: HOLDOUT13_TUNE, holdout14tune: HOLDOUT14_TUNE }
  return [
    ...labelledSets().map((s) => ({ name: s.name, entries: s.entries })),
    ...Object.entries(later).map(([name, cases]) => ({ name, entries: cases.flatMap(entriesOfCase) })),
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
