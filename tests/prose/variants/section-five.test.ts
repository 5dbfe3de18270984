// The phrasing-variant suite: every gold entry of the corpus written in other enumerations,
// boundaries, synonyms and word orders (section-five-variants.ts). The split and the categories
// must survive in at least 95 % of the entries; last year's measures reported as done never land
// in this year's lists.
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../../shared/extract/problems'
import type { ProblemEntry } from '../../../shared/model/report'
import { HAS_CORPUS } from '../corpus'
import { sourceReports } from './source-reports'
import { stripMarker, variantsOf, type SourceEntry, type Variant } from './section-five-variants'

const compact = (s: string): string => s.replace(/[\s\u3000]+/g, '')

interface Score {
  entries: number
  split: number
  categorised: number
  misses: string[]
}

function scoreList(v: Variant, kind: 'problems' | 'improvements', want: SourceEntry[], got: ProblemEntry[], s: Score): void {
  s.entries += want.length
  const countRight = got.length === want.length
  want.forEach((w, i) => {
    const g = got[i]
    const start = compact(w.body).slice(0, 10)
    const splitOk = countRight && g !== undefined && compact(stripMarker(g.text)).startsWith(start)
    const catOk = splitOk && JSON.stringify([...g!.categories].sort()) === JSON.stringify([...w.categories].sort())
    if (splitOk) s.split++
    if (catOk) s.categorised++
    if (!catOk) {
      s.misses.push(
        `${v.id} ${kind}[${i}] ${splitOk ? `categories ${JSON.stringify(g!.categories)} ≠ ${JSON.stringify(w.categories)}` : `split: ${got.length}/${want.length} entries, got 「${g ? compact(g.text).slice(0, 14) : '—'}」 want 「${start}」`}`,
      )
    }
  })
}

describe.skipIf(!HAS_CORPUS)('section 五 phrasing variants', () => {
  const variants = sourceReports().flatMap(variantsOf)

  it('has hundreds of variants of every gold report', () => {
    expect(variants.length).toBeGreaterThan(300)
  })

  it('splits and categorises at least 95 % of the entries right', () => {
    const s: Score = { entries: 0, split: 0, categorised: 0, misses: [] }
    let withPrior = 0
    let priorApart = 0
    for (const v of variants) {
      const r = splitProblems(v.text)
      scoreList(v, 'problems', v.problems, r.problems, s)
      scoreList(v, 'improvements', v.improvements, r.improvements, s)
      if (v.priorDone > 0) {
        withPrior++
        if (r.priorDone.length === v.priorDone) priorApart++
        else s.misses.push(`${v.id} priorDone: ${r.priorDone.length}/${v.priorDone}`)
      }
    }
    const pct = (n: number) => ((100 * n) / s.entries).toFixed(1)
    console.log(
      `variants ${variants.length}, entries ${s.entries}: split ${pct(s.split)} %, split+categories ${pct(s.categorised)} %; last year's fixes kept apart in ${priorApart}/${withPrior} variants`,
    )
    if (process.env.SHOW_MISSES) console.log(s.misses.join('\n'))
    expect(s.split / s.entries).toBeGreaterThanOrEqual(0.95)
    expect(s.categorised / s.entries).toBeGreaterThanOrEqual(0.95)
    expect(withPrior).toBeGreaterThan(50)
    expect(priorApart / withPrior).toBeGreaterThanOrEqual(0.95)
    // 17,000 entries, each also compared with the learned side's labelled entries: over a minute on a
    // machine shared by several jobs (60.7 s measured at load 33), so the default 60 s is too tight.
  }, 240_000)
})
