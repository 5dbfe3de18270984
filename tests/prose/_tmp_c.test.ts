import { it } from 'vitest'
import { textReports, sectionFive } from './corpus'
import { splitProblems } from '../../shared/extract/problems'
import { scoreConcepts } from '../../shared/taxonomy/concept-match'
import { CATEGORY_CONCEPTS } from '../../shared/taxonomy/concepts'
it('concept-only', () => {
  let ok = 0, n = 0
  for (const r of textReports()) {
    const s = sectionFive(r.lines); if (!s) continue
    const res = splitProblems(s)
    for (const k of ['problems', 'improvements'] as const) r.gold[k].forEach((g, i) => {
      const e = res[k][i]; if (!e) return
      const all = e.text.replace(/\s+/g, ''); const stop = all.search(/[。！？]/); const head = stop < 0 ? all : all.slice(0, stop + 1)
      const hits = scoreConcepts(head, all.slice(head.length), CATEGORY_CONCEPTS).filter((h) => h.score >= 1)
      const best = hits[0]?.score ?? 0
      const got = hits.filter((h) => h.score >= Number(process.env.F ?? 0.5) * best).map((h) => h.category).sort()
      const want = g.categories.filter((c) => c !== 'other').sort()
      n++; if (JSON.stringify(got) === JSON.stringify(want)) ok++
      else console.log(r.id, k, i, JSON.stringify(want), JSON.stringify(hits.map(h=>[h.category,h.score,h.words.join('/')])), all.slice(0, 50))
    })
  }
  console.log('concept-only', ok, n)
})
