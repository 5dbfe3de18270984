// Section 五 whose measures are one sentence of clauses joined by commas ("2022年，我乡将对照…规范格式，安排专人…，
// 并再确定…。"), written right after as many problems: each clause answers one problem. The count is the
// evidence: a measure with its explanation after a comma ("加强培训，提升能力") is cut only where the
// problems listed are as many as its clauses, three or more, each clause opening on its own words.
// Where the clauses are more than the problems (a measure with its detail after a comma), the problems'
// own words are the evidence: the clauses are grouped in order, one group a problem, so that each group
// repeats words only its problem says (an object named: 标准目录, 公众号, 专区); where some group repeats
// none, the sentence stays one measure.

/** A clause of aim or result ("让群众…", "确保…") belongs to the measure before it. */
const AIM_CLAUSE = /^(?:让|使|使得|以便|便于|方便|从而|进而|确保|切实|做到|实现|形成|力争|争取)/
/** A clause that names a thing before its verb ("其中…", "特别是…", "每月…一次"): no measure of its own. */
const NOT_OWN = /^(?:其中|特别是|尤其是|包括|如|比如|例如|每[年季月周日]|等)/
/** The plain 并 that joins the last clause is left out of it ("并再确定…" starts at 再确定). */
const JOINING = /^并(?!且|非|未|不|无)/

/** Commas outside brackets and quotes. */
export function commaClauses(sentence: string): string[] {
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
export function measuresByCount(measure: string, problems: readonly string[]): string[] | null {
  const problemCount = problems.length
  if (problemCount < 3) return null
  const body = measure.trim().replace(/[。！？]$/, '')
  if (/[。！？；;：:]/.test(body)) return null
  const clauses = commaClauses(body)
  if (clauses.length < problemCount) return null
  const groups = clauses.length === problemCount ? clauses.map((c) => [c]) : groupsByWords(clauses, problems)
  if (!groups) return null
  // Each measure opens on its own words; a clause of aim or detail joins the measure before it.
  if (groups.some((g, i) => g[0]!.length < 6 || (i > 0 && (AIM_CLAUSE.test(g[0]!) || NOT_OWN.test(g[0]!))))) return null
  const tail = measure.trim().slice(body.length)
  return groups.map((g, i) => `${g.join('，').replace(JOINING, '')}${i === groups.length - 1 ? tail : ''}`)
}

/** The character pairs of a text's Han runs. */
export function pairsOf(text: string): Set<string> {
  const out = new Set<string>()
  for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? []) for (let i = 0; i + 2 <= run.length; i++) out.add(run.slice(i, i + 2))
  return out
}

/**
 * The clauses in as many groups as the problems, in order, each group sharing the most character pairs
 * that only its own problem holds (a pair two problems hold names no one of them); null where the
 * clauses are more than twice the problems or some group shares none.
 */
export function groupsByWords(clauses: readonly string[], problems: readonly string[]): string[][] | null {
  const n = problems.length
  const m = clauses.length
  if (m > 2 * n) return null
  const sets = problems.map(pairsOf)
  const own = sets.map((s, i) => new Set([...s].filter((p) => sets.every((t, j) => j === i || !t.has(p)))))
  // Counted clause by clause: a clause that repeats its problem's words counts in the group it joins, so that
  // two neighbour clauses naming the same thing (咨询台, 咨询电话) are kept with that thing's problem.
  const shared = (from: number, to: number, i: number): number =>
    clauses.slice(from, to).reduce((sum, c) => sum + [...pairsOf(c)].filter((p) => own[i]!.has(p)).length, 0)
  // best[i][j]: the most pairs shared with problems 0..i-1 by clauses 0..j-1 in i groups, each sharing one at least.
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1))
  const from: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1))
  best[0]![0] = 0
  for (let i = 1; i <= n; i++)
    for (let j = i; j <= m - (n - i); j++)
      for (let k = i - 1; k < j; k++) {
        if (best[i - 1]![k]! < 0) continue
        const s = shared(k, j, i - 1)
        if (s === 0) continue
        // Ties go to the later cut: a clause repeating no word of either problem stays with the measure before it.
        if (best[i - 1]![k]! + s >= best[i]![j]!) {
          best[i]![j] = best[i - 1]![k]! + s
          from[i]![j] = k
        }
      }
  if (best[n]![m]! < 0) return null
  const groups: string[][] = []
  for (let i = n, j = m; i > 0; j = from[i]![j]!, i--) groups.unshift(clauses.slice(from[i]![j]!, j))
  return groups
}
