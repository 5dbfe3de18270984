// Rules first met in the second, blind new-user set (tests/newuser2), each a habit the extractor once
// read wrong or not at all: table 三 with the five 法人或其他组织 columns before 自然人 (read in the
// template's order, every row shifted), table 三 with a 小计 row at the head of each group (its rows
// left unread), section 二's 规章 / 规范性文件 columns in another order (read by position), table 四's
// counts with their unit in pdftotext text (left unread). Drawn from a
// stream of their own, so every other choice of an existing variant stays as it was.
import type { Choices } from './variant'
import { chance, seeded } from './rng'
import { KEEPS_BLANKS } from './formats'

export function drawNewUser2Rules(seed: number, c: Choices): Choices {
  const rand = seeded(seed * 15485863 + 101)
  const organisationsFirst = chance(rand, 0.12) && !c.table3.subtotal
  // 小计 rows where each row keeps its own line of cells: in run-together digits or with labels
  // grouped apart from their numbers a 小计 row cannot be told from the rows (see README, not a rule yet).
  const subtotalRows = chance(rand, 0.12) && c.format !== 'crawled-run' && c.format !== 'text-grouped'
  const columnsSwapped = chance(rand, 0.12)
  // Table 四's counts with their unit (3件) in text without cell separators (pdftotext of a PDF whose
  // cells carry units): new-user.ts prints units only where cells are kept apart.
  const t4UnitsInText = !KEEPS_BLANKS.has(c.format) && c.format !== 'crawled-run' && chance(rand, 0.12)
  return {
    ...c,
    table3: { ...c.table3, organisationsFirst, subtotalRows },
    table2: { ...c.table2, columnsSwapped },
    ...(t4UnitsInText ? { table4CountUnits: true, table4UnitsInText: true } : {}),
  }
}

export function newUser2RuleTags(c: Choices): string[] {
  return [
    ...(c.table3.organisationsFirst ? ['t3:organisations-first'] : []),
    ...(c.table3.subtotalRows ? ['t3:subtotal-rows'] : []),
    ...(c.table2.columnsSwapped ? ['t2:columns-swapped'] : []),
    ...(c.table4UnitsInText ? ['t4:units-in-text'] : []),
  ]
}
