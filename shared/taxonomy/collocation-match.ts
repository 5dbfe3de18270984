// Finds the collocations of collocations.ts in an entry: a head and its state in one clause
// ("专业人员配备不足"), or a measure's verb and its head ("配齐配强…工作人员"). The matched span is
// the category's evidence, as the concept words are.
import type { ProblemCategory } from '../model/report'
import { COLLOCATIONS, WINDOW, type Collocation } from './collocations'
import { degreePattern } from './degree-forms'

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const anyOf = (words: readonly string[]): string => `(?:${words.map(escape).join('|')})`
/** The states in all their degree forms (不规范 also as 不够规范; collocations.ts lists the plain form). */
const anyForm = (words: readonly string[]): string => `(?:${words.map((w) => degreePattern(escape(w))).join('|')})`
/** Between the two words: any characters but a clause's end (nor an `unless` word), at most WINDOW of them. */
function gapOf(unless: readonly string[] = [], min = 0): string {
  const not = unless.length ? `(?!${anyOf(unless)})` : ''
  return `(?:${not}[^，,。；;：:！？\\n]){${min},${WINDOW}}?`
}

function patternsOf(c: Collocation): RegExp[] {
  const heads = anyOf(c.heads)
  const GAP = gapOf(c.unless, c.minGap)
  const out: RegExp[] = []
  if (c.after?.length) out.push(new RegExp(`${heads}${GAP}${anyForm(c.after)}`))
  const notBefore = c.notBefore?.length ? `(?!${anyOf(c.notBefore)})` : ''
  if (c.before?.length) out.push(new RegExp(`${anyOf(c.before)}${GAP}${heads}${notBefore}`))
  return out
}

const PATTERNS: { category: ProblemCategory; res: RegExp[] }[] = COLLOCATIONS.map((c) => ({ category: c.category, res: patternsOf(c) }))

/** The categories whose collocations occur in `text`, each with the spans that matched. */
export function collocationHits(text: string): Map<ProblemCategory, string[]> {
  const out = new Map<ProblemCategory, string[]>()
  for (const { category, res } of PATTERNS) {
    for (const re of res) {
      const m = re.exec(text)
      if (m) out.set(category, [...new Set([...(out.get(category) ?? []), m[0]])])
    }
  }
  return out
}
