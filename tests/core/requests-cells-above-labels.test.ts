// Review rv24 (Y_S18: HTML → DOCX → PDF → `pdftotext -layout`, cells 「410件<br>件」 in an unruled table):
// each row's label sits between its cells' two lines, so the text prints every row's numbers on the line
// ABOVE its label and the units below. The first row's numbers, above the first label, kept their 「件」
// (units were blanked only from the first label on), so they were not read as cells, the cells-before-
// labels sign was missed, and every row was given the numbers of the row below (79 wrong cells). Now the
// lines of bare cells just above the first label are the table's: both pairings are weighed, and a
// pairing the table's sums do not prove is not read.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import { HEAD, KEYS, ROWS } from './requests-fixture'

const units = (n: number): string => Array.from({ length: n }, () => '件').join('   ')
/** A row printed as -layout prints it: its cells with units on the line above its label, more units below. */
const row = (cells: number[], label: string, glued = false): string =>
  [`          ${cells.map((c) => `${c}${glued ? ' ' : ''}件`).join(glued ? '' : '   ')}`, label, `          ${units(cells.length)}`].join('\n')

describe('table 三 rows whose numbers -layout prints above their labels', () => {
  it('never gives a row the numbers of the row below (cells with units above the first label)', () => {
    const text = [HEAD, ...KEYS.map((k, i) => row(ROWS.get(k)!, REQUEST_ROW_LABELS[k], i === 0))].join('\n')
    const got = parseRequestsTable(text)
    for (const k of KEYS) {
      const r = got.rows[k]
      if (r) r.forEach((v, c) => v === null || expect([k, c, v]).toEqual([k, c, ROWS.get(k)![c]]))
    }
    // Here every identity of the table holds only with each row's numbers before its label: proven, read.
    for (const k of KEYS) expect([k, got.rows[k]]).toEqual([k, ROWS.get(k)])
  })
})
