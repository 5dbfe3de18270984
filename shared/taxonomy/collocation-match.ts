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

const PATTERNS: { category: ProblemCategory; generic: boolean; res: RegExp[] }[] = COLLOCATIONS.map((c) => ({
  category: c.category,
  generic: c.generic ?? false,
  res: patternsOf(c),
}))

function hitsOf(text: string, generic: boolean): Map<ProblemCategory, string[]> {
  const out = new Map<ProblemCategory, string[]>()
  for (const p of PATTERNS) {
    if (p.generic !== generic) continue
    for (const re of p.res) {
      const m = re.exec(text)
      if (m) out.set(p.category, [...new Set([...(out.get(p.category) ?? []), m[0]])])
    }
  }
  return out
}

/**
 * The categories whose collocations occur in `text`, each with the spans that matched; collocations
 * of generic heads (公开, 信息) only where none with a head of its own category's is found.
 */
export function collocationHits(text: string): Map<ProblemCategory, string[]> {
  const specific = hitsOf(text, false)
  return specific.size ? specific : hitsOf(text, true)
}
