// Rule: table 三's labels printed together before their numbers (text-grouped), each group's numbers
// column by column instead of row by row — pdftotext plain of a PDF that prints each number column as
// a block (every row's 自然人, then every row's 商业企业 …; requests-column-major.ts names both
// orders). Printed by render/text.ts; forced by tests/variants/t3-grouped-columns.test.ts, not drawn
// (the suite's figures stay as they were).
import type { Format } from './formats'

export const t3GroupedColumnsRuleTags = (c: { format: Format; table3ByColumn?: boolean }): string[] => (c.table3ByColumn && c.format === 'text-grouped' ? ['t3:grouped-by-column'] : [])
