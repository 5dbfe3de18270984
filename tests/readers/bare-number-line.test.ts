// A number wrapped in a narrow cell of a table with no grid lines (an OFD whose converter dropped the
// ruling paths): 「２３」 printed 「２」 over the row's line and 「３」 under it. Each half is a line
// alone; joined as paragraph text to the line after it, 「２」 became 「２一、本年度…」 and 「３」 the
// start of the next row, whose wrapped rest the extractor then took as the row's total (3 for 23).
import { describe, expect, it } from 'vitest'
import { readOfd } from '../../src-main/readers/ofd/read-ofd'
import { writeOfd, type OfdPage } from './ofd-writer'

const S = 3.175
const row = (label: string, cells: string[], y: number) => [{ text: label, x: 13.2, y, size: S }, ...cells.map((text, i) => ({ text, x: 128 + 10 * i, y, size: S }))]
/** Row labels as printed: 一 and 二 as the Kangxi radicals ⼀ ⼆ some fonts map them to (folded later), or unnumbered. */
const page = (first: string, second: string): OfdPage => ({
  texts: [
    ...row(first, ['２０', '２', '０', '０', '１', '０'], 132.8),
    { text: '２', x: 197.6, y: 130.4, size: S },
    { text: '３', x: 197.6, y: 134.9, size: S },
    ...row(second, ['１', '０', '０', '０', '０', '０', '１'], 140.8),
  ],
  rules: [],
})

describe('a number alone on its line in an unruled table', () => {
  for (const [first, second] of [
    ['\u2f00、本年度新收政府信息公开申请数', '\u2f06、上年结转政府信息公开申请数'],
    ['本年度新收政府信息公开申请数', '上年结转政府信息公开申请数'],
  ] as const) {
    it(`is not joined to the line after it (${first.slice(0, 4)}…)`, () => {
      const r = readOfd(writeOfd([page(first, second)], { objects: 'run', boxes: 'tight', scale: 1, rules: 'stroke' }), '/x/a.ofd', 'a.ofd')
      if (!r.ok) throw new Error(r.error.message)
      const texts = r.document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))
      expect(texts).toContain('２')
      expect(texts).toContain('３')
      expect(texts.some((t) => /^[２３]\S/.test(t))).toBe(false)
    })
  }
})
