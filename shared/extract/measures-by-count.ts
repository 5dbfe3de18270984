// Section 五 whose measures are one sentence of clauses joined by commas ("2022年，我乡将对照…规范格式，安排专人…，
// 并再确定…。"), written right after as many problems: each clause answers one problem. The count is the
// evidence: a measure with its explanation after a comma ("加强培训，提升能力") is cut only where the
// problems listed are as many as its clauses, three or more, each clause opening on its own words.

/** A clause of aim or result ("让群众…", "确保…") belongs to the measure before it. */
const AIM_CLAUSE = /^(?:让|使|使得|以便|便于|方便|从而|进而|确保|切实|做到|实现|形成|力争|争取)/
/** A clause that names a thing before its verb ("其中…", "特别是…", "每月…一次"): no measure of its own. */
const NOT_OWN = /^(?:其中|特别是|尤其是|包括|如|比如|例如|每[年季月周日]|等)/
/** The plain 并 that joins the last clause is left out of it ("并再确定…" starts at 再确定). */
const JOINING = /^并(?!且|非|未|不|无)/

/** Commas outside brackets and quotes. */
function commaClauses(sentence: string): string[] {
  const out: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]!
    if ('（(“‘《'.includes(ch)) depth++
    else if ('）)”’》'.includes(ch)) depth = Math.max(0, depth - 1)
    else if ((ch === '，' || ch === ',') && depth === 0) {
      out.push(sentence.slice(from, i).trim())
      from = i + 1
    }
  }
  out.push(sentence.slice(from).trim())
  return out.filter((c) => c !== '')
}

/**
 * The one measure cut into its clauses when they are as many as the problems (three or more); null
 * otherwise. Only a single sentence (one full stop at most, at its end) with no ；.
 */
export function measuresByCount(measure: string, problemCount: number): string[] | null {
  if (problemCount < 3) return null
  const body = measure.trim().replace(/[。！？]$/, '')
  if (/[。！？；;：:]/.test(body)) return null
  const clauses = commaClauses(body)
  if (clauses.length !== problemCount) return null
  if (clauses.some((c, i) => c.length < 6 || (i > 0 && (AIM_CLAUSE.test(c) || NOT_OWN.test(c))))) return null
  return clauses.map((c, i) => (i === clauses.length - 1 ? `${c.replace(JOINING, '')}${measure.trim().slice(body.length)}` : c))
}
