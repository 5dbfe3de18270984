// 主动公开 with its change on last year in one sentence (review-s6 P3): "同比增加1,765条，达到8,765条"
// and "比上年增加1765条，共计8765条" left the count empty. The year's total is read with the change,
// the sentence as its source; 累计达 (perhaps all years' total) and a change above the total are not.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'

const read = (s: string) => extractMetrics(s, 2022)

describe('主动公开: the change on last year and the total in one sentence', () => {
  it.each([
    ['本局主动公开政府信息同比增加1,765条，达到8,765条。', 8765, 1765],
    ['本局主动公开政府信息比上年增加1765条，共计8765条。', 8765, 1765],
    ['主动公开政府信息数量较上年减少200件，总数为8765件。', 8765, -200],
    ['主动公开政府信息同比增长25.2%，达8765条。', 8765, null],
    ['全年主动公开政府信息8,765条，同比增加1,765条。', 8765, 1765],
    ['全年主动公开政府信息数量８７６５条，较去年下降３００条。', 8765, -300],
  ])('%s', (sentence, total, change) => {
    const r = read(sentence)
    expect(r.metrics.activeDisclosureItems).toBe(total)
    expect(r.metrics.activeDisclosureItemsChange).toBe(change)
    expect(r.sources.activeDisclosureItems).toBe(sentence)
    if (change !== null) expect(r.sources.activeDisclosureItemsChange).toBe(sentence)
  })

  it('does not take 累计达 as the year’s count, and says why', () => {
    const r = read('主动公开政府信息比上年增加1765条，累计达8765条。')
    expect(r.metrics.activeDisclosureItems).toBeNull()
    expect(r.metrics.activeDisclosureItemsChange).toBeNull()
    expect(r.notes.map((n) => n.message).join('')).toContain('历年累计')
  })

  it('keeps the total but not an increase larger than it (last year would be below zero)', () => {
    const r = read('主动公开政府信息同比增加9765条，达到8765条。')
    expect(r.metrics.activeDisclosureItems).toBe(8765)
    expect(r.metrics.activeDisclosureItemsChange).toBeNull()
    expect(r.notes.some((n) => n.field === 'metrics.activeDisclosureItemsChange')).toBe(true)
  })

  it('reads no change where only the change is stated', () => {
    const r = read('较上年增加主动公开政府信息1,765条。')
    expect(r.metrics.activeDisclosureItems).toBeNull()
    expect(r.metrics.activeDisclosureItemsChange).toBeNull()
  })
})
