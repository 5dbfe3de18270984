// Table 三 printing one applicant column blank in every row while its 总计 counts it (review 12
// R12-16): the report left 自然人 (or another column) empty throughout, and the printed totals include
// the numbers that column does not show. With zeros left blank too, blanks are not unique to that
// column, and in text where blanks vanish (pdftotext plain and -layout, crawled text) a row prints
// any number of cells. The gold: the blank column's cells are null (not stated), the rest as they are.
// Forced by tests/variants/blank-column.test.ts, not drawn in the suite.
import type { VariantModel } from './model'
import { drawChoices, makeVariant, type Variant } from './variant'

/** The applicant column printed blank (0 自然人 … 5 其他; never 总计). */
export interface BlankColumnRule {
  column: number
}

export function drawBlankColumn(seed: number): BlankColumnRule {
  // 自然人 most often (as in the report seen), any other applicant column too.
  return { column: seed % 3 === 0 ? 0 : seed % 6 }
}

/** The model with table 三's column printed blank throughout (its 总计 cells unchanged). */
export function withBlankColumn(m: VariantModel, rule: BlankColumnRule): VariantModel {
  return { ...m, requests: m.requests.map(([k, cells]) => [k, cells.map((v, c) => (c === rule.column ? null : v))]) }
}

export const blankColumnRuleTags = (rule: BlankColumnRule): string[] => [`t3:blank-column-${rule.column}`]

const FORMATS = ['text-plain', 'text-layout', 'crawled-lines', 'crawled-run'] as const

/** Every model in the text shapes, zeros blank, one applicant column blank throughout (seeds from..to). */
export function blankColumnVariants(models: VariantModel[], from: number, to: number): Variant[] {
  return models.flatMap((m, i) =>
    FORMATS.flatMap((f, j) =>
      Array.from({ length: to - from + 1 }, (_, s) => {
        const seed = 7000 + 1000 * i + 100 * j + from + s
        const drawn = drawChoices(seed, f, m.template)
        const rule = drawBlankColumn(seed)
        const v = makeVariant(withBlankColumn(m, rule), seed, f, { numbers: { ...drawn.numbers, zero: 'blank' } })
        return { ...v, id: `${v.id}+blank-column`, tags: [...v.tags, ...blankColumnRuleTags(rule)] }
      }),
    ),
  )
}

