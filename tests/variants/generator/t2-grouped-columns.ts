// Rule: section 二's labels printed together before their numbers (text-grouped), the numbers column
// by column instead of row by row — pdftotext printing each number column of a small table as a block
// (disclosure-row-order.ts shareLabelRuns names both orders). Printed by render/text.ts; forced by
// tests/variants/t2-grouped-columns.test.ts, not drawn (the suite's figures stay as they were).
import type { Format } from './formats'

export const groupedColumnsRuleTags = (c: { format: Format; table2ByColumn?: boolean }): string[] => (c.table2ByColumn && c.format === 'text-grouped' ? ['t2:grouped-by-column'] : [])
