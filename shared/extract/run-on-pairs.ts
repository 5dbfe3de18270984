// Section 五 written as two run-on sentences: the problems as comma clauses ("存在的问题主要是检测报告公开滞后，个别月份
// …才公开，停水通知仅在小区张贴，未在网上发布，…") and the measures likewise, as many measures as problems but neither
// list cut by a marker. A problem's detail after a comma (个别…, 未在…) is no problem of its own; what tells them apart
// is the measures: a clause opens a new problem where the measure clause it shares the most words with
// comes after the one the problem before it answers. The measures are then grouped by the problems'
// words (measures-by-count.ts). Three pairs at least, or the two sentences are left as they are.
import { commaClauses, groupsByWords, pairsOf } from './measures-by-count'

/** What opens the problems' sentence or closes it, not a problem's words ("仍存在…等问题"). */
const LEAD = /^(?:仍|还|也|尚|依然)?(?:存在|有)(?:着)?/
const CLOSE = /等(?:问题|不足)$/
/** The plain 并 that joins a measure to the one before it. */
const JOINING = /^并(?!且|非|未|不|无)/

/** Character pairs of each text that no other text of the list holds. */
function ownPairs(texts: readonly string[]): Set<string>[] {
  const sets = texts.map(pairsOf)
  return sets.map((s, i) => new Set([...s].filter((p) => sets.every((t, j) => j === i || !t.has(p)))))
}

export function runOnPairs(problem: string, measure: string): { problems: string[]; measures: string[] } | null {
  // Only where the problems' sentence runs on into the measures ("…不更新，针对这些问题，…将…"): a sentence of
  // problems closed by its own full stop, under its heading, is one entry by the writers who wrote it so
  // (holdout 4's one-entry-each-side text: 3 clauses, one entry with three categories).
  if (!/[，,]$/.test(problem.trim())) return null
  const pBody = problem.trim().replace(/[，,。；;]$/, '').replace(LEAD, '').replace(CLOSE, '')
  const mBody = measure.trim().replace(/[。！？]$/, '')
  if (/[。！？；;：:]/.test(pBody) || /[。！？；;：:]/.test(mBody)) return null
  const pc = commaClauses(pBody)
  const mc = commaClauses(mBody)
  if (pc.length < 3 || mc.length < 3) return null
  // A problem's detail repeats its words: the pairs a measure clause alone holds are the evidence.
  const mOwn = ownPairs(mc)
  // The measure clause each problem clause shares the most such pairs with (-1: none).
  const answer = pc.map(pairsOf).map((ps) => {
    let best = -1
    let most = 0
    mOwn.forEach((ms, j) => {
      const n = [...ps].filter((p) => ms.has(p)).length
      if (n > most) [best, most] = [j, n]
    })
    return best
  })
  if (answer[0] === -1) return null
  const groups: string[][] = []
  let current = -1
  pc.forEach((c, i) => {
    const j = answer[i]!
    if (j > current) {
      groups.push([c])
      current = j
    } else groups.at(-1)!.push(c)
  })
  if (groups.length < 3) return null
  const problems = groups.map((g) => g.join('，'))
  const measures = groupsByWords(mc, problems)
  if (!measures) return null
  const tail = measure.trim().slice(mBody.length)
  return { problems, measures: measures.map((g, i) => `${g.join('，').replace(JOINING, '')}${i === measures.length - 1 ? tail : ''}`) }
}
