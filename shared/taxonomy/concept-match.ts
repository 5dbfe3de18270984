// Scores an entry against the concepts of concepts.ts (and the words an office head added in 设置).
// A concept word counts when it is in the text (exact), or when most of its character bigrams occur
// in order-free form within a window of about its length (fuzzy: "栏目的更新" for 栏目更新, a typo,
// an inserted 的). A word in the entry's title sentence weighs twice what it weighs in the
// explanation, so that context words alone do not decide.
import type { ConceptCategory } from './concepts'
import { plainNegation } from './degree-forms'

export interface ConceptHit {
  category: ConceptCategory
  score: number
  /** The words of the text that scored (the concept word itself, or the span a fuzzy match covered). */
  words: string[]
}

const EXACT = 1
const FUZZY = 0.5
const BODY_WEIGHT = 0.5
/** A category needs at least this score to be given. */
export const CONCEPT_THRESHOLD = 1
/** Beside the phrase rules' categories, a concept needs three words of its own in the title (2 put extra categories on corpus entries). */
export const SECOND_CATEGORY_THRESHOLD = 3

function bigrams(s: string): string[] {
  const chars = Array.from(s)
  const out: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!)
  return out
}

/** Punctuation and quotation marks: a fuzzy span must not cross one. */
const SPAN_BREAK = /[\p{P}\p{S}]/u

/** The span of `text` that covers most of `word`'s bigrams within a window, or null. */
export function fuzzyFind(text: string, word: string): string | null {
  const wb = bigrams(word)
  if (wb.length < 3) return null
  const need = Math.ceil(wb.length * 0.66)
  const width = word.length + 2
  for (let i = 0; i + 2 <= text.length; i++) {
    // Only windows that start with the word's first bigram or first character pair seen: cheap filter.
    if (text[i] !== word[0]) continue
    const win = text.slice(i, i + width)
    let have = 0
    for (const g of wb) if (win.includes(g)) have++
    if (have >= need) {
      // The span from the start to the end of the last bigram found.
      let end = i + 2
      for (const g of wb) {
        const at = win.lastIndexOf(g)
        if (at >= 0) end = Math.max(end, i + at + 2)
      }
      // A loose span never runs across punctuation or quotation marks: "网站“重大建设项目”" names a
      // column, it does not say 网站建设.
      if (text[end - 1] === word[word.length - 1] && !SPAN_BREAK.test(text.slice(i, end))) return text.slice(i, end)
    }
  }
  return null
}

/**
 * A text to score, with its copy without 的 (an inserted 的 is the commonest rewording: 公开的范围 for
 * 公开范围) and its copy with degree words folded (更新不够及时 for 更新不及时; degree-forms.ts).
 */
interface Scored {
  text: string
  withoutDe: string
  plain: string
}
const scored = (text: string): Scored => ({ text, withoutDe: text.replaceAll('的', ''), plain: plainNegation(text.replaceAll('的', '')) })

function scoreIn({ text, withoutDe, plain }: Scored, word: string): { score: number; found: string } | null {
  if (text.includes(word) || (!word.includes('的') && withoutDe.includes(word))) return { score: EXACT, found: word }
  if (plain.includes(plainNegation(word))) return { score: EXACT, found: word }
  const span = fuzzyFind(text, word)
  return span ? { score: FUZZY, found: span } : null
}

/**
 * Words contained in a longer word that also matched are not counted twice (公开目录 in 公开目录编制);
 * a loose (fuzzy) span does not swallow an exact word inside it (事项目录 in 公开事项目录).
 */
function dropContained(found: { word: string; score: number }[]): { word: string; score: number }[] {
  return found.filter((f) => !found.some((g) => g !== f && g.word.length > f.word.length && g.word.includes(f.word) && g.score >= f.score))
}

export function scoreConcepts(head: string, body: string, concepts: Record<ConceptCategory, readonly string[]>): ConceptHit[] {
  const hits: ConceptHit[] = []
  const inHeadText = scored(head)
  const inBodyText = scored(body)
  for (const [category, words] of Object.entries(concepts) as [ConceptCategory, readonly string[]][]) {
    const found: { word: string; score: number }[] = []
    for (const w of words) {
      const inHead = scoreIn(inHeadText, w)
      const inBody = inHead ? null : scoreIn(inBodyText, w)
      if (inHead) found.push({ word: inHead.found, score: inHead.score })
      else if (inBody) found.push({ word: inBody.found, score: inBody.score * BODY_WEIGHT })
    }
    const kept = dropContained(found)
    const score = kept.reduce((n, f) => n + f.score, 0)
    if (score > 0) hits.push({ category, score, words: [...new Set(kept.map((f) => f.word))] })
  }
  return hits.sort((a, b) => b.score - a.score)
}
