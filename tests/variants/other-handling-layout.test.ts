// Table 三's 「（六）」 rows come in two layouts: one row 「（六）其他处理」 (2019 template) or its sub-rows
// 1.–3. (2021). Where the table's own （六） rows were found but their numbers could not be read, the
// notes named the other layout's rows "not found" (「表三未找到「1.申请人无正当理由逾期不补正…」行」 on
// a 2019 table, 「表三未找到「（六）其他处理」行」 on a 2021 one): rows the table never had
// (requests-found-layout.ts). The suite's text variants (unread.ts's draw) and a unit check.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants } from './suite'
import { loadModels } from './generator/model'
import { FORMATS } from './generator/formats'
import { makeVariant, type Variant } from './generator/variant'
import { foundOtherHandlingLayout } from '../../shared/extract/requests-found-layout'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const SHAPES = ['text-plain', 'text-layout', 'text-grouped']
const SINGLE = ['requests.otherHandling']
const SPLIT = ['requests.otherHandling.noCorrection', 'requests.otherHandling.feeUnpaid', 'requests.otherHandling.other']

describe('table 三: rows of the other （六） layout are never "not found"', () => {
  it('decides by the rows read first, then by the labels', () => {
    expect(foundOtherHandlingLayout(['otherHandling'], ['otherHandling', 'otherHandling.other'])).toBe('single')
    expect(foundOtherHandlingLayout([], ['otherHandling', 'otherHandling.other'])).toBe('split')
    expect(foundOtherHandlingLayout([], ['otherHandling'])).toBe('single')
    expect(foundOtherHandlingLayout(['granted'], ['granted'])).toBeNull()
  })

  it.skipIf(!existsSync(corpus))('in the suite\'s text variants', async () => {
    const models = loadModels(corpus)
    const fis = FORMATS.filter((f) => f !== 'pdf')
    const variants: Variant[] = []
    for (const [mi, m] of models.entries()) for (const [fi, f] of fis.entries()) if (SHAPES.includes(f)) for (let k = 1; k <= 2; k++) variants.push(makeVariant(m, 1000 * mi + 100 * fi + k, f))
    const results = await readVariants(variants)
    let checked = 0
    const bad: string[] = []
    for (const r of results) {
      const notes = r.notes ?? []
      const [own, other] = r.variant.model.template === '2019' ? [SINGLE, SPLIT] : [SPLIT, SINGLE]
      // The table's own （六） rows were found: unread ones say why in words other than "not found".
      // (A report that prints no （六） row at all, as one real report does, finds neither layout.)
      const printed = new Set(r.variant.model.requests.map(([k]) => `requests.${k}`))
      const ownFound = own.some((f) => printed.has(f) && !notes.some((n) => n.field === f && n.message.startsWith('表三未找到')))
      if (!ownFound) continue
      checked++
      for (const n of notes) if (other.includes(n.field) && n.message.startsWith('表三未找到')) bad.push(`${r.variant.id}: ${n.field} ${n.message}`)
    }
    expect(checked).toBeGreaterThan(150)
    expect(bad).toEqual([])
  }, 120_000)
})
