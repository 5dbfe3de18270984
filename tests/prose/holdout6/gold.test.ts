// The sixth holdout's answers checked against its own texts, without the extractor: a misspelt
// start, an entry out of order, an unknown category or a duplicate id fails here.
import { describe, expect, it } from 'vitest'
import { CATEGORY_IDS } from './entry'
import { HOLDOUT6 } from './texts'

/** As the scorer compares: full-width forms folded (１．= 1.), spaces and line breaks dropped. */
const norm = (s: string): string => s.normalize('NFKC').replace(/[\s\u3000]+/g, '')

/** Where each start is found, searching on from the previous one; -1 when missing. */
function positions(text: string, starts: string[]): number[] {
  const t = norm(text)
  let from = 0
  return starts.map((s) => {
    const at = t.indexOf(norm(s), from)
    if (at >= 0) from = at + norm(s).length
    return at
  })
}

describe('section 五, sixth holdout: the answers fit the texts', () => {
  it('has at least 50 texts and 280 entries, ids unique', () => {
    expect(HOLDOUT6.length).toBeGreaterThanOrEqual(50)
    const entries = HOLDOUT6.reduce((n, c) => n + c.problems.length + c.improvements.length, 0)
    expect(entries).toBeGreaterThanOrEqual(280)
    expect(new Set(HOLDOUT6.map((c) => c.id)).size).toBe(HOLDOUT6.length)
  })

  it('prints every expected start in the text, in order within its list', () => {
    const missing: string[] = []
    for (const c of HOLDOUT6) {
      for (const kind of ['problems', 'improvements'] as const) {
        const starts = c[kind].map((x) => x.starts)
        positions(c.text, starts).forEach((at, i) => {
          if (at < 0) missing.push(`${c.id} ${kind}[${i}] 「${starts[i]}」`)
        })
      }
    }
    expect(missing).toEqual([])
  })

  it('prints the first problem before the first measure (a swapped pair of lists fails)', () => {
    const swapped = HOLDOUT6.filter((c) => {
      if (!c.problems.length || !c.improvements.length) return false
      const t = norm(c.text)
      return t.indexOf(norm(c.problems[0]!.starts)) > t.indexOf(norm(c.improvements[0]!.starts))
    })
    expect(swapped.map((c) => c.id)).toEqual([])
  })

  it('uses only the taxonomy ids, each at most once per entry, every entry with one or more', () => {
    const known = new Set<string>(CATEGORY_IDS)
    for (const c of HOLDOUT6) {
      for (const x of [...c.problems, ...c.improvements]) {
        expect(x.categories.length, `${c.id} 「${x.starts}」`).toBeGreaterThan(0)
        expect(new Set(x.categories).size, `${c.id} 「${x.starts}」`).toBe(x.categories.length)
        for (const k of x.categories) expect(known.has(k), `${c.id} ${k}`).toBe(true)
        if (x.categories.includes('other')) expect(x.categories, `${c.id} other stands alone`).toEqual(['other'])
      }
    }
  })

  it('covers every category of the taxonomy, in problems and in measures', () => {
    for (const kind of ['problems', 'improvements'] as const) {
      const seen = new Set(HOLDOUT6.flatMap((c) => c[kind].flatMap((x) => x.categories)))
      expect([...CATEGORY_IDS].filter((k) => !seen.has(k)), kind).toEqual([])
    }
  })

  it('counts last year\'s fixes only where the text reports them', () => {
    for (const c of HOLDOUT6) {
      if (c.priorDone) expect(norm(c.text), c.id).toMatch(/上年度|上一年度|2023年度报告|2023年年报|上年/)
    }
  })
})
