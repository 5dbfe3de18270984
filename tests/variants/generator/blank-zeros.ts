// Table 二 (and the rest) with every zero cell left blank, in the text shapes where a blank leaves
// nothing behind (pdftotext -layout and plain, a crawled cell per line): a row prints fewer numbers
// than it has cells, and a page break inside section 二 may leave a bare page number just below a row
// (issue 10: 「规章 1 11」 then the footer 「1」 read as 1 | 11 | 1). Half the variants are forced to
// break the page inside section 二, so that case is met often. Forced by tests/variants/t2-blank-zeros.test.ts,
// and drawn with a small probability in the suite (blank-zeros-drawn.ts).
import type { VariantModel } from './model'
import { drawChoices, makeVariant, type Variant } from './variant'
import { BLANK_ZERO_FORMATS } from './blank-zeros-drawn'

/** Every model in the three text shapes, zeros blank, seeds from..to (odd seeds: a page break in table 二). */
export function blankZeroVariants(models: VariantModel[], from: number, to: number): Variant[] {
  return models.flatMap((m, i) =>
    BLANK_ZERO_FORMATS.flatMap((f, j) =>
      Array.from({ length: to - from + 1 }, (_, s) => {
        const seed = 31_000 + 1000 * i + 100 * j + from + s
        const drawn = drawChoices(seed, f, m.template)
        const table2 = seed % 2 === 1 ? { ...drawn.table2, pageBreak: true } : drawn.table2
        const v = makeVariant(m, seed, f, { numbers: { ...drawn.numbers, zero: 'blank' }, table2 })
        return { ...v, id: `${v.id}+blank-zeros`, tags: [...v.tags, 't2:blank-zeros'] }
      }),
    ),
  )
}
