// The seventh holdout's answers checked against its own texts, without the extractor: a misspelt
// start, an entry out of order, an unknown category, a duplicate id or a taxonomy name written into
// a text fails here.
import { describe, expect, it } from 'vitest'
import { CATEGORY_IDS } from './entry'
import { HOLDOUT7 } from './texts'

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
 * The taxonomy's own category names (problem-taxonomy.md) and their halves: the texts paraphrase
 * them as real writers do, so a matcher that knows only these phrases gains nothing here.
 */
const TAXONOMY_PHRASES = [
  '更新不及时', '不稳定', '不好用', '标准不一', '重复发布', '不全面', '深度不够', '查阅场所', '作用发挥不足',
  '办理不规范', '解读不到位', '公众参与', '参与不足', '人员力量', '业务能力不足', '思想认识', '认识不到位',
  '标准化规范化', '推进不够', '管理不规范',
]

describe('section 五, seventh holdout: the answers fit the texts', () => {
  it('has at least 55 texts and 300 entries, ids unique', () => {
    expect(HOLDOUT7.length).toBeGreaterThanOrEqual(55)
    const entries = HOLDOUT7.reduce((n, c) => n + c.problems.length + c.improvements.length, 0)
    expect(entries).toBeGreaterThanOrEqual(300)
    expect(new Set(HOLDOUT7.map((c) => c.id)).size).toBe(HOLDOUT7.length)
  })

  it('prints every expected start in the text, in order within its list', () => {
    const missing: string[] = []
    for (const c of HOLDOUT7) {
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
    const swapped = HOLDOUT7.filter((c) => {
      if (!c.problems.length || !c.improvements.length) return false
      const t = norm(c.text)
      return t.indexOf(norm(c.problems[0]!.starts)) > t.indexOf(norm(c.improvements[0]!.starts))
    })
    expect(swapped.map((c) => c.id)).toEqual([])
  })

  it('uses only the taxonomy ids, each at most once per entry, every entry with one or more', () => {
    const known = new Set<string>(CATEGORY_IDS)
    for (const c of HOLDOUT7) {
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
      const seen = new Set(HOLDOUT7.flatMap((c) => c[kind].flatMap((x) => x.categories)))
      expect([...CATEGORY_IDS].filter((k) => !seen.has(k)), kind).toEqual([])
    }
  })

  it("counts last year's fixes only where the text reports them", () => {
    for (const c of HOLDOUT7) {
      if (c.priorDone) expect(norm(c.text), c.id).toMatch(/上年度|上一年度|上年/)
    }
  })

  it('writes none of the taxonomy\'s category names into a text', () => {
    const found = HOLDOUT7.flatMap((c) => TAXONOMY_PHRASES.filter((p) => norm(c.text).includes(p)).map((p) => `${c.id} 「${p}」`))
    expect(found).toEqual([])
  })

  it('starts every text with the section heading, as a report reader hands it over', () => {
    expect(HOLDOUT7.filter((c) => !c.text.startsWith('五、存在的主要问题及改进情况\n')).map((c) => c.id)).toEqual([])
  })
})
