// The side-split variants the text test and the sweep draw (t3-side-split-text.test.ts, t3-side-split-sweep.ts):
// every gold model once per shape and second part, the split after 2–6 data columns, the header flat or two-level,
// 「（续上表）」, 「续表」 or nothing between the parts.
import { loadModels } from './generator/model'
import { drawChoices, makeVariant, type Variant } from './generator/variant'
import type { SideSplitRule } from './generator/t3-side-split'
import type { Format } from './generator/formats'

export const BETWEEN: SideSplitRule['between'][] = ['（续上表）', '续表', 'nothing']
export const SHAPES: Format[] = ['text-layout', 'text-plain', 'text-grouped', 'markdown', 'crawled-lines', 'crawled-run', 'text-tab']

export function splitVariants(corpus: string, format: Format, repeat: SideSplitRule['repeat'], seedBase: number): Variant[] {
  return loadModels(corpus).flatMap((m, i) => {
    const seed = seedBase + 10 * i
    const drawn = drawChoices(seed, format, m.template)
    const table3 = { ...drawn.table3, header: i % 2 ? ('flat' as const) : ('template' as const), subtotal: false, subtotalRows: false, organisationsFirst: false }
    const rule: SideSplitRule = { after: 2 + (i % 5), repeat, between: BETWEEN[i % 3]! }
    const v = makeVariant(m, seed, format, { pages: { ...drawn.pages, style: 'none' }, table3, table3SideSplit: rule })
    return v.tags.includes(`t3:side-split-${repeat}`) ? [v] : []
  })
}
