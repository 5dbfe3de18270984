// Table 三 printed with six data columns, one of the template's left out — no 总计, or no 其他 — under a
// flat header that names the six, its labels merged over the label columns as in the template (in a
// Markdown pipe table: the label and empty filler cells). Review hr34 W3: the fillers were taken for a
// blank data cell, every number moved one column right, or 总计 into 其他. The gold: the missing
// column's cells are null (not printed), the rest as they are. Forced by
// tests/variants/t3-missing-column.test.ts, not drawn in the suite.
import type { IRCell, IRDoc } from './ir'
import type { VariantModel } from './model'
import { drawChoices, makeVariant, type Variant } from './variant'
import type { Format } from './formats'
import { REQUEST_COLUMN_LABELS } from '../../../shared/model/template-labels'

/** The template column left out: 5 其他 or 6 总计. */
export type MissingColumn = 5 | 6

/** The model with the column's cells null (not printed). */
export function withoutColumn(m: VariantModel, col: MissingColumn): VariantModel {
  return { ...m, requests: m.requests.map(([k, cells]) => [k, cells.map((v, c) => (c === col ? null : v))]) }
}

/** Table 三's rows without the column: the flat header's seven headings become six, each row of seven numbers six. */
function dropColumn(rows: IRCell[][], col: MissingColumn): IRCell[][] {
  const [head, ...body] = rows
  const words = REQUEST_COLUMN_LABELS.filter((_, c) => c !== col).map((text) => ({ text }))
  return [
    [...head!.slice(0, head!.length - 7), ...words],
    ...body.map((r) => {
      const nums = r.filter((c) => c.num)
      return nums.length === 7 ? [...r.filter((c) => !c.num), ...nums.filter((_, c) => c !== col)] : r
    }),
  ]
}

export function dropColumnInDoc(doc: IRDoc, col: MissingColumn): IRDoc {
  return doc.map((b) => (b.kind === 'table' && b.part === 'requests' ? { ...b, rows: dropColumn(b.rows, col) } : b))
}

/** Every model in `formats`, table 三 with a flat header and merged labels, one column missing (其他 and 总计 by turns). */
export function missingColumnVariants(models: VariantModel[], formats: readonly Format[]): Variant[] {
  return models.flatMap((m, i) =>
    formats.map((f, j) => {
      const seed = 820_000 + 100 * i + j
      const col: MissingColumn = (i + j) % 2 === 0 ? 5 : 6
      const drawn = drawChoices(seed, f, m.template)
      const v = makeVariant(withoutColumn(m, col), seed, f, { table3: { ...drawn.table3, header: 'flat', merged: true, subtotal: undefined } })
      return { ...v, id: `${v.id}+missing-${col}`, doc: dropColumnInDoc(v.doc, col), tags: [...v.tags, `t3:missing-column-${col === 5 ? 'other' : 'total'}`] }
    }),
  )
}
