// Digits grouped by a sign other than a comma (generator rule numbers.ts thousandsSign on a big body,
// thousands-signs.ts; review hr34 W2): every gold model, its table 三 made big enough for four-digit cells,
// printed with 「1'227」 「1’227」 「1＇227」 「1·227」 「1、227」 grouping in every cell of every table, in
// every text shape, HTML and DOCX, must read back with no wrong cell and no cell lost without a note.
// Before shared/extract/thousands-signs.ts, plain text, crawled lines and grouped text read 「1’227」 as
// 1 and 227, left both 「1」s of a row (its cell and its 总计) out as page numbers and the sums still
// held (本年新收 1’227 … 1’449 read as 227 … 449, how = sums); crawled runs of section 二 read
// 「增115167'794」 as 115167 | 794.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf, rightByFormat } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { bigBody } from './generator/digit-groups'
import { signed } from './generator/thousands-signs'
import { THOUSANDS_SIGNS, printNumber, numberRuleTags } from './generator/numbers'
import { EXTRA_FORMATS, FORMATS, type Format } from './generator/formats'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe('thousands-signs rule', () => {
  it('groups numbers of four digits or more by the sign given, and only those', () => {
    const rule = { thousands: false, fullWidth: false, zero: '0' as const }
    expect(printNumber({ ...rule, thousandsSign: '’' }, 1227)).toBe('1’227')
    expect(printNumber({ ...rule, thousandsSign: '、' }, 1234567)).toBe('1、234、567')
    expect(printNumber({ ...rule, thousandsSign: "'" }, 48616.53)).toBe("48'616.53")
    expect(printNumber({ ...rule, thousandsSign: '·' }, 227)).toBe('227')
    expect(numberRuleTags({ ...rule, thousandsSign: '＇' })).toContain('number:thousands-full-width-apostrophe')
  })
})

describe.skipIf(!existsSync(corpus))('sign-grouped digits read back (every model, every text shape, HTML, DOCX)', () => {
  it('never a wrong cell, never a silent loss; where cells are one a line or a row a line, the numbers read', async () => {
    const models = loadModels(corpus).map((m) => bigBody(m))
    const formats: Format[] = [...FORMATS.filter((f) => f !== 'pdf'), ...EXTRA_FORMATS]
    const variants = models.flatMap((m, i) =>
      formats.map((f, j) => {
        const seed = 9100 * i + 100 * j + 7
        const sign = THOUSANDS_SIGNS[(i + j) % THOUSANDS_SIGNS.length]!
        // Grouped by the sign only (a drawn comma grouping would be replaced by it anyway).
        return makeVariant(m, seed, f, { numbers: { ...drawChoices(seed, f, m.template).numbers, thousands: false, ...signed(sign) } })
      }),
    )
    expect(variants.every((v) => v.tags.some((t) => t.startsWith('number:thousands-')))).toBe(true)
    const results = await readVariants(variants)
    const wrong = missesOf(results, '错')
    expect(wrong).toEqual([])
    const silent = missesOf(results, '缺(无说明)')
    expect(silent).toEqual([])
    const by = rightByFormat(results)
    console.log(`number:thousands-sign: ${results.length} variants; right/cells by format: ${[...by].map(([f, t]) => `${f} ${t.right}/${t.cells}`).join(', ')}`)
    // The sign read as a comma is: the shapes that lost the 「1」s read their numbers.
    for (const f of ['html', 'docx', 'text-tab', 'text-plain', 'crawled-lines', 'text-grouped'] as const) expect(by.get(f)!.right / by.get(f)!.cells).toBeGreaterThan(0.9)
  }, 900_000)
})
