// The crawler rule: a report whose zero cells are blank, crawled into run-together text, loses
// those cells; the expected model keeps them empty (not stated), and only crawled-run text gets it.
import { describe, expect, it } from 'vitest'
import { makeVariant } from './generator/variant'
import type { VariantModel } from './generator/model'
import { renderTextShape } from './render/text'
import { expectedValue } from './generator/numbers'
import { requestRowsOf } from '../../shared/model/template-labels'

// A made-up model (no corpus numbers).
const model: VariantModel = {
  id: 'test/crawl',
  template: '2021',
  agency: '青石县人民政府',
  year: 2023,
  requests: requestRowsOf('2021').map((k, i) => [k, [i + 1, 0, 0, 2, 0, 0, i + 3]]),
  review: { review: [1, 0, 0, 1, 2], litigationDirect: [0, 0, 0, 0, 0], litigationAfterReview: [1, 1, 0, 0, 2] },
  disclosure: [['licensing', [['decisions', 1234]]]],
}

describe('crawler drops blank cells', () => {
  const seeds = [...Array(60).keys()]
  it('is drawn for some crawled-run variants, from a stream of its own, and tagged', () => {
    const on = seeds.map((s) => makeVariant(model, s, 'crawled-run')).filter((v) => v.choices.droppedBlanks)
    expect(on.length).toBeGreaterThan(5)
    expect(on.length).toBeLessThan(seeds.length)
    for (const v of on) {
      expect(v.tags).toContain('crawl:blank-dropped')
      expect(v.choices.numbers.zero).toBe('blank')
    }
  })
  it('prints nothing where a zero stood, so the neighbours\' digits join', () => {
    const plainLabels = (x: ReturnType<typeof makeVariant>): boolean => !x.tags.some((t) => t.startsWith('label:'))
    const v = [...Array(400).keys()].map((s) => makeVariant(model, s, 'crawled-run')).find((x) => x.choices.droppedBlanks && plainLabels(x))!
    const text = renderTextShape(v.doc, 'crawled-run', v.choices.labels.wrap)
    // Row 一 is 1 0 0 2 0 0 3: the blanks vanish, "123" is left.
    expect(text).toMatch(/本年新收政府信息公开申请数量123/)
    expect(expectedValue(v.choices.numbers, 0)).toBeNull()
  })
  it('never comes to other formats', () => {
    for (const f of ['crawled-lines', 'text-plain', 'html'] as const) expect(seeds.some((s) => makeVariant(model, s, f).choices.droppedBlanks)).toBe(false)
  })
})
