// The checks every hand-written section 五 holdout runs on its own answers, without the extractor
// (each holdout's gold.test.ts calls describeHoldoutGold): a misspelt start, an entry out of order, an
// unknown category, a duplicate id, a count of last year's fixes where the text reports none, and,
// where asked, a taxonomy name written into a text or a text without the section heading, fail here.
import { describe, expect, it } from 'vitest'
import { PROBLEM_CATEGORIES } from '../../shared/model/report'
import type { ScoredCase } from '../../src-main/eval/problems-score'
import { normGold, startPositions } from './gold-starts'

export { normGold, startPositions }

export interface HoldoutGoldOptions {
  /** At least this many texts and entries (a set cut short by a bad merge fails). */
  minTexts: number
  minEntries: number
  /** Words one of which a text with last year's fixes (priorDone) must print. */
  priorWords: RegExp
  /** Phrases no text may print (the taxonomy's own category names, for a set that paraphrases them). */
  forbiddenPhrases?: readonly string[]
  /** Phrases (the taxonomy's own names) that real reports do write, allowed in fewer than a quarter of the texts. */
  rarePhrases?: readonly string[]
  /** Every text starts with this, or matches it (the section heading as a report reader hands it over). */
  textStart?: string | RegExp
}

/**
 * The taxonomy's own category names (problem-taxonomy.md) and their halves: a set that paraphrases
 * them as real writers do passes this as `forbiddenPhrases`, so a matcher that knows only these
 * phrases gains nothing on it.
 */
export const TAXONOMY_PHRASES: readonly string[] = [
  '更新不及时', '不稳定', '不好用', '标准不一', '重复发布', '不全面', '深度不够', '查阅场所', '作用发挥不足',
  '办理不规范', '解读不到位', '公众参与', '参与不足', '人员力量', '业务能力不足', '思想认识', '认识不到位',
  '标准化规范化', '推进不够', '管理不规范',
]

/** One describe block of the gold checks for the holdout `name` ("seventh holdout"). */
export function describeHoldoutGold(name: string, cases: readonly ScoredCase[], o: HoldoutGoldOptions): void {
  describe(`section 五, ${name}: the answers fit the texts`, () => {
    it(`has at least ${o.minTexts} texts and ${o.minEntries} entries, ids unique`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(o.minTexts)
      const entries = cases.reduce((n, c) => n + c.problems.length + c.improvements.length, 0)
      expect(entries).toBeGreaterThanOrEqual(o.minEntries)
      expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length)
    })

    it('prints every expected start in the text, in order within its list', () => {
      const missing: string[] = []
      for (const c of cases) {
        for (const kind of ['problems', 'improvements'] as const) {
          const starts = c[kind].map((x) => x.starts)
          startPositions(c.text, starts).forEach((at, i) => {
            if (at < 0) missing.push(`${c.id} ${kind}[${i}] 「${starts[i]}」`)
          })
        }
      }
      expect(missing).toEqual([])
    })

    it('prints the first problem before the first measure (a swapped pair of lists fails)', () => {
      const swapped = cases.filter((c) => {
        if (!c.problems.length || !c.improvements.length) return false
        const t = normGold(c.text)
        return t.indexOf(normGold(c.problems[0]!.starts)) > t.indexOf(normGold(c.improvements[0]!.starts))
      })
      expect(swapped.map((c) => c.id)).toEqual([])
    })

    it('uses only the taxonomy ids, each at most once per entry, every entry with one or more', () => {
      const known = new Set<string>(PROBLEM_CATEGORIES)
      for (const c of cases) {
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
        const seen = new Set(cases.flatMap((c) => c[kind].flatMap((x) => x.categories)))
        expect([...PROBLEM_CATEGORIES].filter((k) => !seen.has(k)), kind).toEqual([])
      }
    })

    it("counts last year's fixes only where the text reports them", () => {
      for (const c of cases) if (c.priorDone) expect(normGold(c.text), c.id).toMatch(o.priorWords)
    })

    if (o.forbiddenPhrases?.length) {
      const phrases = o.forbiddenPhrases
      it("writes none of the taxonomy's category names into a text", () => {
        const found = cases.flatMap((c) => phrases.filter((p) => normGold(c.text).includes(p)).map((p) => `${c.id} 「${p}」`))
        expect(found).toEqual([])
      })
    }

    if (o.rarePhrases?.length) {
      const phrases = o.rarePhrases
      it("lets the taxonomy's own names into fewer than a quarter of the texts", () => {
        const leaning = cases.filter((c) => phrases.some((p) => normGold(c.text).includes(p)))
        expect(leaning.length * 4).toBeLessThan(cases.length)
      })
    }

    if (o.textStart !== undefined) {
      const start = o.textStart
      const starts = (t: string): boolean => (typeof start === 'string' ? t.startsWith(start) : start.test(t))
      it('starts every text with the section heading, as a report reader hands it over', () => {
        expect(cases.filter((c) => !starts(c.text)).map((c) => c.id)).toEqual([])
      })
    }
  })
}
