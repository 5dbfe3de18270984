import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sequenceMatcherRatio, textSimilarity } from '../../shared/analysis/similarity'
import { stripProblemsHeading } from '../../shared/analysis/section-five'
import { CORPUS, cutSections, loadGold } from './gold'

describe('sequenceMatcherRatio (difflib, autojunk off)', () => {
  it('matches difflib on small cases', () => {
    // difflib.SequenceMatcher(None, 'abcd', 'bcde', autojunk=False).ratio() == 0.75
    expect(sequenceMatcherRatio('abcd', 'bcde')).toBeCloseTo(0.75, 6)
    // ('private Thread currentThread;', 'private volatile Thread currentThread;') == 0.8656716417910447
    expect(sequenceMatcherRatio('private Thread currentThread;', 'private volatile Thread currentThread;')).toBeCloseTo(0.8656716, 6)
    expect(sequenceMatcherRatio('', '')).toBe(1)
    expect(sequenceMatcherRatio('abc', '')).toBe(0)
  })
  it('bigram Dice is order-insensitive', () => {
    const s = textSimilarity('一是栏目更新不及时。二是人员不足。', '二是人员不足。一是栏目更新不及时。')
    expect(s.charBigramDice).toBeGreaterThan(0.9)
    expect(s.sequenceMatcherRatio).toBeLessThan(s.charBigramDice)
  })
})

// The gold crossYear evidence for 平潭 gives the scores the gold tooling computed on section 五
// (heading removed, whitespace removed); the same text must give the same scores here.
describe('scores against the gold crossYear evidence', () => {
  const golds = loadGold('real').filter(
    (g) => g.gold.crossYear && existsSync(join(CORPUS, 'real', `${g.id}.txt`)) && existsSync(join(CORPUS, 'real', `${g.gold.crossYear.against}.txt`)),
  )
  if (golds.length === 0) {
    it.skip('real corpus absent', () => {})
    return
  }
  const sec5 = (id: string) => stripProblemsHeading(cutSections(readFileSync(join(CORPUS, 'real', `${id}.txt`), 'utf8')).sectionText.problems!.text)
  for (const g of golds) {
    it(g.id, () => {
      const want = (g.gold.crossYear as unknown as { evidence: { section5SimilarityToLastYear: Record<string, number> } }).evidence
        .section5SimilarityToLastYear
      const got = textSimilarity(sec5(g.id), sec5(g.gold.crossYear!.against))
      expect(got.sequenceMatcherRatio).toBeCloseTo(want.sequenceMatcherRatio!, 2)
      expect(got.charBigramDice).toBeCloseTo(want.charBigramDice!, 2)
      expect(got.shareOfThisYearBigramsInLastYear).toBeCloseTo(want.shareOfThisYearBigramsInLastYear!, 2)
    })
  }
})
