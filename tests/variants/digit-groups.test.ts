// Digits grouped by a space or a thin space (generator rule numbers.ts groupSpace on a big body,
// digit-groups.ts; review 9b R6): every gold model, its table 三 made big enough for four-digit cells,
// printed with 「1 391」 grouping in every cell (总计 too) in every format — tab text among them — must
// read back with no wrong cell and no cell lost without a note. Before grouped-digits.ts, tab text
// and single-spaced text dropped the thousands digit of a cell and of its 总计 as a 页码 and the row
// still added up (「（一）予以公开」 1 391 … 1 776 read as 391 … 776, how = sums).
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf, rightByFormat } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { bigBody, grouped } from './generator/digit-groups'
import { GROUP_SPACES, printNumber, numberRuleTags } from './generator/numbers'
import { EXTRA_FORMATS, FORMATS, type Format } from './generator/formats'
import { canPrintPdf } from './render/index'
import { renderTextShape } from './render/text'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

describe('digit-groups rule', () => {
  it('groups numbers of four digits or more by the space given, and only those', () => {
    const rule = { thousands: false, fullWidth: false, zero: '0' as const }
    expect(printNumber({ ...rule, groupSpace: ' ' }, 1391)).toBe('1 391')
    expect(printNumber({ ...rule, groupSpace: '\u2009' }, 22553)).toBe('22\u2009553')
    expect(printNumber({ ...rule, groupSpace: ' ' }, 391)).toBe('391')
    expect(numberRuleTags({ ...rule, groupSpace: '\u2009' })).toContain('number:group-thin-space')
  })

  it('makes a body big by one factor, so every sum of table 三 still holds', () => {
    const m = { id: 'x', template: '2021' as const, agency: 'a', year: 2023, requests: [['received', [3, 1, 0, 0, 0, 0, 4]], ['granted', [2, 1, 0, 0, 0, 0, 3]]] as [never, (number | null)[]][], review: null, disclosure: [] }
    const big = bigBody(m)
    expect(big.requests.map(([, c]) => c)).toEqual([[750, 250, 0, 0, 0, 0, 1000], [500, 250, 0, 0, 0, 0, 750]])
    expect(bigBody(big)).toBe(big)
  })

  it('prints tab text a row per line, a cell per field', () => {
    const text = renderTextShape([{ kind: 'table', rows: [[{ text: '（一）予以公开' }, { text: '1 391', num: true }, { text: '241', num: true }]] }], 'text-tab', 0)
    expect(text).toBe('（一）予以公开\t1 391\t241\n')
  })
})

describe.skipIf(!existsSync(corpus))('space-grouped digits read back (every model, every format)', () => {
  it('never a wrong cell, never a silent loss', async () => {
    const models = loadModels(corpus).map((m) => bigBody(m))
    const formats: Format[] = [...FORMATS.filter((f) => f !== 'pdf'), ...EXTRA_FORMATS]
    const variants = models.flatMap((m, i) =>
      formats.map((f, j) => {
        const seed = 7000 * i + 100 * j + 3
        const space = GROUP_SPACES[(i + j) % GROUP_SPACES.length]!
        return makeVariant(m, seed, f, { numbers: { ...drawChoices(seed, f, m.template).numbers, ...grouped(space) } })
      }),
    )
    if (canPrintPdf) for (let k = 0; k < 4; k++) {
      const m = models[(k * 5) % models.length]!
      variants.push(makeVariant(m, 600_000 + k, 'pdf', { numbers: { ...drawChoices(600_000 + k, 'pdf', m.template).numbers, ...grouped(GROUP_SPACES[k % 2]!) } }))
    }
    // The rule printed something: four-digit cells grouped by a space in every variant.
    expect(variants.every((v) => v.tags.some((t) => t.startsWith('number:group-')))).toBe(true)
    const results = await readVariants(variants)
    const wrong = missesOf(results, '错')
    expect(wrong).toEqual([])
    const silent = missesOf(results, '缺(无说明)')
    expect(silent).toEqual([])
    const by = rightByFormat(results)
    console.log(`number:group-space: ${results.length} variants; right/cells by format: ${[...by].map(([f, t]) => `${f} ${t.right}/${t.cells}`).join(', ')}`)
    // Where cells are kept apart (tables, tab text) the grouped numbers read.
    for (const f of ['html', 'docx', 'text-tab'] as const) expect(by.get(f)!.right / by.get(f)!.cells).toBeGreaterThan(0.95)
  }, 900_000)
})
