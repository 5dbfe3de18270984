// An unruled table 三 printed organisations first over two pages, its header repeated under 续表
// (tests/newuser2 nw11, a real-looking PDF): the first page's headings are placed over their columns;
// on the 续表 page they are not. That page must not undo the first page's placing (same table, same
// order; index.ts reads the flag of the table's first page only), nor may a page whose every column
// holds a number be flagged (applicant-header.ts): after ozs27 the whole table was refused, 174 → 24.
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFile } from '../../src-main/readers/index'
import { extractReport } from '../../shared/extract/index'

const PDF = resolve('tests/newuser2/reports/nw11-xiling-mzj_2025.pdf')
const GOLD = resolve('tests/newuser2/gold/nw11-xiling-mzj_2025.json')

describe('unruled table 三 with a 续表 whose repeated header cannot be placed', () => {
  it('reads the table by its first page’s placed header: no wrong cell, nearly every cell read', async () => {
    const read = await readFile(PDF)
    if (!read.ok) throw new Error(read.error.message)
    expect(read.document.applicantOrderUnknownPages ?? []).not.toContain(2)
    const rows = extractReport(read.document).report.requests.rows as Record<string, (number | null)[]>
    const { default: gold } = await import(GOLD, { with: { type: 'json' } })
    const want = (gold.requests.rows ?? gold.requests) as Record<string, (number | null)[]>
    let right = 0
    const wrong: string[] = []
    for (const [k, cells] of Object.entries(want)) cells.forEach((v, i) => {
      const got = rows[k]?.[i] ?? null
      if (got === null) return
      if (got === v) right++
      else wrong.push(`${k}[${i}] ${got} ≠ ${v}`)
    })
    expect(wrong).toEqual([])
    expect(right).toBeGreaterThanOrEqual(170)
  })
})
