// Across the corpus's multi-year series, problems and measures written again are paired with last
// year's by wording, whatever their category.
import { describe, expect, it } from 'vitest'
import { splitProblems } from '../../shared/extract/problems'
import { pairEntries } from '../../shared/analysis/problem-pairs'
import { HAS_CORPUS, sectionFive, textReports } from './corpus'
import { goldRecurring, RecurringTally } from '../../src-main/eval/recurring-score'

describe.skipIf(!HAS_CORPUS)('recurring section 五 entries in the corpus series', () => {
  const split = new Map(textReports().map((r) => [r.id, splitProblems(sectionFive(r.lines) ?? '')]))
  const get = (id: string) => {
    const s = split.get(id)
    expect(s, id).toBeDefined()
    return s!
  }

  it('pairs a problem reworded the next year (政策解读形式单一 ~ 政策解读形式不够丰富)', () => {
    const pairs = pairEntries(get('real/pingtan-gov_2022').problems, get('real/pingtan-gov_2021').problems)
    expect(pairs.map((p) => [p.currentText.slice(0, 10), p.previousText.slice(0, 10)])).toEqual([['三是政策解读形式单一', '政策解读形式不够丰富']])
  })

  it('pairs a measure proposed again', () => {
    const pairs = pairEntries(get('real/pingtan-gov_2022').improvements, get('real/pingtan-gov_2021').improvements)
    expect(pairs.map((p) => p.currentText.slice(0, 8))).toEqual(['三是丰富政策解读'])
  })

  it('does not pair different problems of the same body', () => {
    expect(pairEntries(get('real/pingtan-gov_2020').problems, get('real/pingtan-gov_2019').problems)).toEqual([])
  })

  it('finds every recurring problem of the text series (categories named again or planned and still a problem)', () => {
    const reports = textReports()
    const tally = new RecurringTally()
    for (const r of reports) {
      const prev = reports.find((o) => o.id.replace(/_\d{4}$/, '') === r.id.replace(/_\d{4}$/, '') && o.gold.year === (r.gold.year ?? 0) - 1)
      if (!prev) continue
      tally.add(r.id, get(r.id), get(prev.id), r.gold, prev.gold)
    }
    console.log(`${tally.summary()}\n${tally.t.misses.join('\n')}`)
    expect(tally.t.categories).toBeGreaterThan(5)
    expect(tally.t.misses).toEqual([])
  })
})

describe('goldRecurring', () => {
  it('takes categories named again or planned last year, never other', () => {
    const e = (...categories: string[]) => ({ categories })
    const prev = { problems: [e('update-gap'), e('other')], improvements: [e('staff-capacity')] }
    const cur = { problems: [e('update-gap', 'other'), e('staff-capacity'), e('new-media')], improvements: [] }
    expect(goldRecurring(cur, prev)).toEqual(['staff-capacity', 'update-gap'])
  })
})
