// The annotator comparison's pieces: agreement figures and disagreement patterns on small labellings
// worked out by hand, the scorer's per-entry callback against its own totals, and the second
// annotator's label file (one known-category label set for every holdout 13 entry, texts as printed).
import { describe, expect, it } from 'vitest'
import { PROBLEM_CATEGORIES } from '../../../shared/model/report'
import { agreement, disagreementPatterns, sameSet } from '../../../src-main/eval/annotator-agreement'
import { scoreCases, type EntryOutcome, type ScoredCase } from '../../../src-main/eval/problems-score'
import { HOLDOUT13 } from '../holdout13/texts'
import { loadSecond, relabel } from './compare'
import { blindEntries } from './print-entries'

describe('annotator agreement', () => {
  it('compares sets regardless of order and length', () => {
    expect(sameSet(['a', 'b'], ['b', 'a'])).toBe(true)
    expect(sameSet(['a'], ['a', 'b'])).toBe(false)
    expect(sameSet([], [])).toBe(true)
  })

  it('names a swap, an addition and an omission', () => {
    expect(disagreementPatterns(['x'], ['y'])).toEqual(['x → y'])
    expect(disagreementPatterns(['x'], ['x', 'y'])).toEqual(['+ y'])
    expect(disagreementPatterns(['x', 'y'], ['x'])).toEqual(['- y'])
    expect(disagreementPatterns(['x', 'z'], ['y'])).toEqual(['x → y', 'z → y'])
    expect(disagreementPatterns(['x'], ['x'])).toEqual([])
  })

  it('counts exact matches and per-category precision and recall against the reference', () => {
    const a = agreement([
      { key: 'k1', ref: ['x'], other: ['x'] },
      { key: 'k2', ref: ['x'], other: ['y'] },
      { key: 'k3', ref: ['x', 'y'], other: ['y'] },
      { key: 'k4', ref: ['y'], other: ['x', 'y'] },
    ])
    expect(a.entries).toBe(4)
    expect(a.exact).toBe(1)
    const x = a.perCategory.find((c) => c.category === 'x')!
    expect([x.refCount, x.otherCount, x.both]).toEqual([3, 2, 1])
    expect(x.precision).toBeCloseTo(0.5)
    expect(x.recall).toBeCloseTo(1 / 3)
    const y = a.perCategory.find((c) => c.category === 'y')!
    expect([y.refCount, y.otherCount, y.both]).toEqual([2, 3, 2])
    expect(a.pairs.map((p) => `${p.keys.length} ${p.pattern}`)).toEqual(['1 + x', '1 - x', '1 x → y'])
  })
})

describe("the scorer's per-entry outcomes", () => {
  it('report every entry, and add up to the totals', () => {
    const cases: ScoredCase[] = [
      { id: 'a', text: '1.甲问题。2.乙问题。', problems: [{ starts: '1.甲', categories: ['other'] }, { starts: '2.乙', categories: ['update-gap'] }], improvements: [] },
      { id: 'b', text: '1.丙问题。', problems: [{ starts: '1.丙', categories: ['other'] }], improvements: [{ starts: '改', categories: ['other'] }] },
    ]
    const split = (text: string) => ({
      problems: text.split('。').filter(Boolean).map((t) => ({ text: t, categories: ['other'] })),
      improvements: [],
      priorDone: [],
    })
    const seen: EntryOutcome[] = []
    const s = scoreCases(cases, split, (o) => seen.push(o))
    expect(seen.map((o) => `${o.caseId}.${o.kind[0]}${o.index} ${o.okSplit ? 's' : '-'}${o.okCats ? 'c' : '-'}`)).toEqual(['a.p0 sc', 'a.p1 s-', 'b.p0 sc', 'b.i0 --'])
    expect(seen.filter((o) => o.okSplit).length).toBe(s.split)
    expect(seen.filter((o) => o.okCats).length).toBe(s.categorised)
    expect(seen[1]!.got).toEqual(['other'])
  })
})

describe("the second annotator's labels of holdout 13", () => {
  const second = loadSecond()
  const printed = HOLDOUT13.flatMap(blindEntries)

  it('label every entry once, with the text the blind print shows, with known categories', () => {
    expect(printed.length).toBeGreaterThanOrEqual(400)
    expect([...second.keys()].sort()).toEqual(printed.map((e) => e.key).sort())
    for (const e of printed) {
      const l = second.get(e.key)!
      expect(l.text, e.key).toBe(e.text)
      expect(l.categories.length, e.key).toBeGreaterThan(0)
      for (const c of l.categories) expect(PROBLEM_CATEGORIES as readonly string[], e.key).toContain(c)
    }
  })

  it('relabel keeps the gold starts and takes the second annotator categories', () => {
    const r = relabel(HOLDOUT13, second)
    expect(r.map((c) => c.problems.map((e) => e.starts))).toEqual(HOLDOUT13.map((c) => c.problems.map((e) => e.starts)))
    const c = r[0]!
    expect(c.problems[0]!.categories).toEqual(second.get(`${c.id}#p0`)!.categories)
  })
})
