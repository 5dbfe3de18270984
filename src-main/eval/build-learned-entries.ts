// Builds shared/taxonomy/learned-entries.json from the labelled and tuned sets (labelled-sets.ts: learnedSets): every
// labelled entry once, with its categories, in the sets' order. Deterministic: the same sets give the
// same bytes (tests/prose/learned-entries.test.ts compares the committed file with a fresh build).
// Run: npx tsx src-main/eval/build-learned-entries.ts
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { LearnedFile } from '../../shared/taxonomy/learned'
import { learnedEntries, learnedSets } from './labelled-sets'

export const LEARNED_PATH = fileURLToPath(new URL('../../shared/taxonomy/learned-entries.json', import.meta.url))

export function freshLearnedFile(): string {
  const sets = learnedSets()
  const file: LearnedFile = {
    about: 'Labelled section 五 entries of the repository sets, built by src-main/eval/build-learned-entries.ts; do not edit by hand.',
    sets: sets.map((s) => ({ name: s.name, entries: s.entries.length })),
    entries: learnedEntries(sets).map((e) => [e.text, e.categories]),
  }
  return `${JSON.stringify(file, null, 0).replace(/\],\["/g, '],\n["')}\n`
}

if (process.argv[1] && /build-learned-entries\.ts$/.test(process.argv[1])) {
  writeFileSync(LEARNED_PATH, freshLearnedFile())
  console.log(`written ${LEARNED_PATH}`)
}
