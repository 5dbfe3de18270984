// Table 三's column headings wrapped in narrow cells (generator rule t3:wrapped-headings, review 11
// R11-1): 「自然人」 printed as 「自然」 over 「人」. With the five organisation columns printed first, the
// header line then holds 「商业 科研 社会公 法律服 其 自然 总」 and no whole 「自然人」; before, the column
// order fell back to the template's and every column was read shifted (自然人's counts as 其他),
// proven by each row's label, with no note: the sums cannot tell the two orders apart.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf, tallyOf } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { FORMATS } from './generator/formats'
import { requestColumnOrder } from '../../shared/extract/requests-column-order'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe('a wrapped 自然 / 人 heading', () => {
  it('tells the column order as the whole word does', () => {
    const wrapped = ['                   法人或其他组织', '商业 科研 社会公 法律服 其 自然 总', '企业 机构 益组织 务机构 他 人 计'].join('\n')
    expect(requestColumnOrder(wrapped)).toBe('organisations-first')
    const template = ['            法人或其他组织', '自然 商业 科研 社会公 法律服 其 总', '人 企业 机构 益组织 务机构 他 计'].join('\n')
    expect(requestColumnOrder(template)).toBe('template')
    // A cell per line (plain pdftotext): 自然 and 人 on lines of their own, after the organisations.
    expect(requestColumnOrder(['法人或其他组织', '商业企业', '科研机构', '自然', '人', '总计'].join('\n'))).toBe('organisations-first')
    // 自然资源 is a body's name, not the 自然人 column.
    expect(requestColumnOrder(['商业企业 科研机构 自然资源局'].join('\n'))).toBe('template')
  })
})

describe.skipIf(!existsSync(corpus))('t3:wrapped-headings reads back (every model, every format, both orders)', () => {
  it('never a wrong cell in table 三, every unread cell noted', async () => {
    const models = loadModels(corpus)
    const variants = models.flatMap((m, i) => FORMATS.filter((f) => f !== 'pdf' || i % 3 === 0).map((f, j) => {
      const seed = 971001 + 1000 * i + 10 * j
      const table3 = { ...drawChoices(seed, f, m.template).table3, wrappedHeadings: true, organisationsFirst: i % 2 === 0, subtotal: false }
      return makeVariant(m, seed, f, { table3 })
    }))
    const results = await readVariants(variants)
    expect(results.filter((r) => r.variant.tags.includes('t3:wrapped-headings')).length).toBeGreaterThan(150)
    const wrong = missesOf(results, '错 requests.')
    const silent = missesOf(results, '缺(无说明) requests.')
    expect(wrong).toEqual([])
    expect(silent).toEqual([])
    const rate = (f: string): number => {
      const t = tallyOf(results, [f])
      return t.right / t.cells
    }
    console.log(`t3:wrapped-headings: ${results.length} variants; cells read`, Object.fromEntries(FORMATS.map((f) => [f, Math.round(rate(f) * 1000) / 10])))
  }, 900_000)
})

describe('自然人 stacked a character per line', () => {
  it('after organisation pieces: the order is unclear (not read as the template)', () => {
    const header = ['      法人或其他组织', '（本列数据的勾稽关系为：第一项加第二项 商 科 社会 法律 自 总', '   之和，等于第三项加第四项之和）  业 研 公益 服务 其 然 计', '   企 机 组织 机构 他 人'].join('\n')
    expect(requestColumnOrder(header)).toBe('unclear')
  })
  it('first among the pieces: the template order', () => {
    const header = ['      法人或其他组织', '（本列数据的勾稽关系为：第一项加第二项 自 商 科 社会 法律 总', '   之和，等于第三项加第四项之和）  然 业 研 公益 服务 其 计', '   人 企 机 组织 机构 他'].join('\n')
    expect(requestColumnOrder(header)).toBe('template')
  })
})

describe('the 勾稽关系 note run together with the headings (an OFD without ruling lines)', () => {
  it('is left out, and the headings after it tell the order where they can', () => {
    const header = ['申请人情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项法人或其他组织自然总', '之和）商业科研社会公法律服其人计', '企业机构益组织务机构他'].join('\n')
    // 自然 after 法人或其他组织 and no sub-heading on its line: a tall merged cell's piece may stand there
    // in either order (a Chromium PDF of the template runs 「法人或其他组织自然总商业科研…」), so unclear.
    expect(requestColumnOrder(header)).toBe('unclear')
    expect(requestColumnOrder(['申请人情况', '\t法人或其他组织自然总商业科研社会公法律服其人计企业机构益组织务机构他'].join('\n'))).toBe('template')
    const template = ['申请人情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项自然法人或其他组织总', '之和）人商业科研社会公法律服其计', '企业机构益组织务机构他'].join('\n')
    expect(requestColumnOrder(template)).toBe('template')
  })
})

describe('自然人 stacked after the wide 法人或其他组织 heading on its line', () => {
  it('is unclear, not the template order (review of R11-1: 「法人或其他组织  自 总」)', () => {
    const header = ['法人或其他组织  自 总', '商 科 社会 法律 其 然 计', '业 研 公益 服务 他 人'].join('\n')
    expect(requestColumnOrder(header)).toBe('unclear')
  })
})
