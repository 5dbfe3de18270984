// The learned side of section 五's categories: the labelled entries of the repository's sets
// (learned-entries.json, built by src-main/eval/build-learned-entries.ts) read as character 2- and
// 3-grams weighted by tf-idf, and an entry scored by its nearest labelled entries (cosine). The
// concept lists say what a category means in words someone chose; this says which labelled entries
// an entry reads like, so a wording no list holds still finds its neighbours. Each category comes with
// its evidence: the n-grams the entry shares with its nearest labelled entry of that category, and
// that entry's beginning.
import type { ProblemCategory } from '../model/report'
import { PROBLEM_CATEGORIES } from '../model/report'

export interface LabelledEntry {
  text: string
  categories: string[]
}

interface Vector {
  grams: string[]
  weights: number[]
}

export interface LearnedIndex {
  entries: { text: string; categories: ProblemCategory[]; vector: Vector }[]
  idf: Map<string, number>
  /** For each n-gram, the entries that hold it and its weight there. */
  postings: Map<string, { entry: number; weight: number }[]>
}

export interface LearnedScore {
  category: ProblemCategory
  /** Share of the neighbours' similarity that carries this category (0–1). */
  score: number
  /** Cosine similarity to the nearest labelled entry of this category. */
  nearest: number
  /** Shared n-grams with that entry (the heaviest first) and the entry's beginning. */
  evidence: string[]
}

/** The list marker an entry opens with (一是, （二）, 3., ①, 首先…): the same in every category. */
const MARKER = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}是|[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.,，)）]?|[①-⑳]|第[一二三四五六七八九十]{1,3}[，,、]?|首先|其次|再次|最后|此外|另外|同时|一方面|另一方面)[，,、：:]?/

/** Runs of letters (CJK and Latin) between punctuation, digits and blanks. */
function runsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(MARKER, '')
    .split(/[^\p{Script=Han}A-Za-z]+/u)
    .filter((r) => r.length >= 2)
}

function gramCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const run of runsOf(text)) {
    // Characters outside the BMP (rare ideographs) take two code units: read those runs by code point.
    const chars: string | string[] = /[\uD800-\uDFFF]/.test(run) ? Array.from(run) : run
    for (let n = 2; n <= 3; n++)
      for (let i = 0; i + n <= chars.length; i++) {
        const g = typeof chars === 'string' ? chars.slice(i, i + n) : chars.slice(i, i + n).join('')
        counts.set(g, (counts.get(g) ?? 0) + 1)
      }
  }
  return counts
}

function vectorOf(text: string, idf: Map<string, number>, unseenIdf: number): Vector {
  return vectorOfCounts(gramCounts(text), idf, unseenIdf)
}

function vectorOfCounts(counts: Map<string, number>, idf: Map<string, number>, unseenIdf: number): Vector {
  const grams: string[] = []
  const weights: number[] = []
  for (const [g, tf] of counts) {
    const w = (1 + Math.log(tf)) * (idf.get(g) ?? unseenIdf)
    grams.push(g)
    weights.push(w)
  }
  const norm = Math.sqrt(weights.reduce((s, w) => s + w * w, 0)) || 1
  return { grams, weights: weights.map((w) => w / norm) }
}

const isCategory = (c: string): c is ProblemCategory => (PROBLEM_CATEGORIES as readonly string[]).includes(c)

export function buildIndex(labelled: readonly LabelledEntry[]): LearnedIndex {
  const df = new Map<string, number>()
  const counted = labelled.map((e) => gramCounts(e.text))
  for (const c of counted) for (const g of c.keys()) df.set(g, (df.get(g) ?? 0) + 1)
  const n = labelled.length
  const idf = new Map([...df].map(([g, d]) => [g, Math.log((n + 1) / d)]))
  const unseen = Math.log(n + 1)
  // The counts above, not counted again: the index is built in every process that reads a report.
  const entries = labelled.map((e, i) => ({
    text: e.text,
    categories: e.categories.filter(isCategory),
    vector: vectorOfCounts(counted[i]!, idf, unseen),
  }))
  const postings = new Map<string, { entry: number; weight: number }[]>()
  entries.forEach((e, i) =>
    e.vector.grams.forEach((g, j) => {
      let list = postings.get(g)
      if (!list) postings.set(g, (list = []))
      list.push({ entry: i, weight: e.vector.weights[j]! })
    }),
  )
  return { entries, idf, postings }
}

/** How many nearest labelled entries vote. */
export const NEIGHBOURS = 7

/** Scores already computed, per index and text (a library re-reads the same entries); bounded. */
const remembered = new WeakMap<LearnedIndex, Map<string, LearnedScore[]>>()
const REMEMBER_LIMIT = 20_000

/** The categories of `text`'s nearest labelled entries, the likeliest first. */
export function scoreLearned(index: LearnedIndex, text: string, k = NEIGHBOURS): LearnedScore[] {
  if (k !== NEIGHBOURS) return scoreAfresh(index, text, k)
  let memo = remembered.get(index)
  if (!memo || memo.size > REMEMBER_LIMIT) remembered.set(index, (memo = new Map()))
  let scores = memo.get(text)
  if (!scores) memo.set(text, (scores = scoreAfresh(index, text, k)))
  return scores.map((s) => ({ ...s, evidence: [...s.evidence] }))
}

function scoreAfresh(index: LearnedIndex, text: string, k: number): LearnedScore[] {
  if (index.entries.length === 0) return []
  const q = vectorOf(text, index.idf, Math.log(index.entries.length + 1))
  const sims = new Float64Array(index.entries.length)
  const touched: number[] = []
  q.grams.forEach((g, j) => {
    const w = q.weights[j]!
    for (const p of index.postings.get(g) ?? []) {
      const before = sims[p.entry] ?? 0
      if (before === 0) touched.push(p.entry)
      sims[p.entry] = before + p.weight * w
    }
  })
  // The k most similar (ties broken by the entry's place in the file, so that the answer is stable).
  const near: [number, number][] = []
  for (const i of touched) {
    const sim = sims[i]!
    if (sim <= 0) continue
    if (near.length === k && sim <= near[k - 1]![1] && !(sim === near[k - 1]![1] && i < near[k - 1]![0])) continue
    near.push([i, sim])
    near.sort((a, b) => b[1] - a[1] || a[0] - b[0])
    if (near.length > k) near.pop()
  }
  const total = near.reduce((s, [, v]) => s + v, 0)
  if (total === 0) return []
  const byCategory = new Map<ProblemCategory, { score: number; nearest: number; entry: number }>()
  for (const [i, sim] of near)
    for (const c of index.entries[i]!.categories) {
      const b = byCategory.get(c)
      if (!b) byCategory.set(c, { score: sim / total, nearest: sim, entry: i })
      else b.score += sim / total
    }
  return [...byCategory]
    .map(([category, b]) => ({ category, score: b.score, nearest: b.nearest, evidence: evidenceOf(q, index.entries[b.entry]!) }))
    .sort((a, b) => b.score - a.score || PROBLEM_CATEGORIES.indexOf(a.category) - PROBLEM_CATEGORIES.indexOf(b.category))
}

/** The heaviest n-grams shared with the neighbour (none inside another one taken), then the neighbour's beginning. */
function evidenceOf(q: Vector, neighbour: { text: string; vector: Vector }): string[] {
  const theirs = new Map(neighbour.vector.grams.map((g, i) => [g, neighbour.vector.weights[i]!]))
  const shared = q.grams
    .map((g, i) => ({ g, w: q.weights[i]! * (theirs.get(g) ?? 0) }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w || (a.g < b.g ? -1 : 1))
  const words: string[] = []
  for (const { g } of shared) {
    if (words.length >= 3) break
    if (words.some((w) => w.includes(g) || g.includes(w))) continue
    words.push(g)
  }
  const start = Array.from(neighbour.text)
  return [...words, `相近条目「${start.slice(0, 20).join('')}${start.length > 20 ? '…' : ''}」`]
}
