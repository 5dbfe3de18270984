// The eighth holdout's answers checked against its own texts, without the extractor: a misspelt
// start, an entry out of order, an unknown category, a duplicate id, a heading that is not section
// 五's, or a set that leans on the taxonomy's own names fails here.
import { describe, expect, it } from 'vitest'
import { CATEGORY_IDS } from './entry'
import { HOLDOUT8 } from './texts'

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

/**
 * The taxonomy's own category names (problem-taxonomy.md) and their halves. Real reports do write
 * some of them (栏目更新不及时, 深度不够 …), so this set lets them appear, but rarely: a matcher that
 * knows only these phrases must not be able to score well here.
 */
const TAXONOMY_PHRASES = [
  '更新不及时', '不稳定', '不好用', '标准不一', '重复发布', '不全面', '深度不够', '查阅场所', '作用发挥不足',
  '办理不规范', '解读不到位', '公众参与', '参与不足', '人员力量', '业务能力不足', '思想认识', '认识不到位',
  '标准化规范化', '推进不够', '管理不规范',
]

const entries = (kind: 'problems' | 'improvements') => HOLDOUT8.flatMap((c) => c[kind])

describe('section 五, eighth holdout: the answers fit the texts', () => {
  it('has at least 60 texts and 350 entries, ids unique', () => {
    expect(HOLDOUT8.length).toBeGreaterThanOrEqual(60)
    expect(entries('problems').length + entries('improvements').length).toBeGreaterThanOrEqual(350)
    expect(new Set(HOLDOUT8.map((c) => c.id)).size).toBe(HOLDOUT8.length)
  })

  it('prints every expected start in the text, in order within its list', () => {
    const missing: string[] = []
    for (const c of HOLDOUT8) {
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
    const swapped = HOLDOUT8.filter((c) => {
      if (!c.problems.length || !c.improvements.length) return false
      const t = norm(c.text)
      return t.indexOf(norm(c.problems[0]!.starts)) > t.indexOf(norm(c.improvements[0]!.starts))
    })
    expect(swapped.map((c) => c.id)).toEqual([])
  })

  it('uses only the taxonomy ids, each at most once per entry, every entry with one or more', () => {
    const known = new Set<string>(CATEGORY_IDS)
    for (const c of HOLDOUT8) {
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
      const seen = new Set(entries(kind).flatMap((x) => x.categories))
      expect([...CATEGORY_IDS].filter((k) => !seen.has(k)), kind).toEqual([])
    }
  })

  it("counts last year's fixes only where the text reports them", () => {
    for (const c of HOLDOUT8) {
      if (c.priorDone) expect(norm(c.text), c.id).toMatch(/上年度|上一年度|上年|年度存在问题的整改|年报中提出|报告所列问题/)
    }
  })

  it("lets the taxonomy's own names into fewer than a quarter of the texts", () => {
    const leaning = HOLDOUT8.filter((c) => TAXONOMY_PHRASES.some((p) => norm(c.text).includes(p)))
    expect(leaning.length * 4).toBeLessThan(HOLDOUT8.length)
  })

  it('starts every text with a section 五 heading line, as a report reader hands it over', () => {
    expect(HOLDOUT8.filter((c) => !/^五、[^\n]*问题[^\n]*\n/.test(c.text)).map((c) => c.id)).toEqual([])
  })
})
