// The committed labelled entries (learned-entries.json) as an index, built once on first use.
// The file is data, rebuilt by `npx tsx src-main/eval/build-learned-entries.ts` from the labelled sets;
// tests/prose/learned-entries.test.ts fails when it differs from a fresh build.
import learned from './learned-entries.json' with { type: 'json' }
import { buildIndex, type LabelledEntry, type LearnedIndex } from './ngram-knn'

export interface LearnedFile {
  /** How the file was made (sets and counts), for whoever reads it. */
  about: string
  sets: { name: string; entries: number }[]
  entries: [text: string, categories: string[]][]
}

let index: LearnedIndex | null = null

export function committedEntries(): LabelledEntry[] {
  return (learned as LearnedFile).entries.map(([text, categories]) => ({ text, categories }))
}

export function committedIndex(): LearnedIndex {
  index ??= buildIndex(committedEntries())
  return index
}
