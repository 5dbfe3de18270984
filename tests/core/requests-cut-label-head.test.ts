// A label cut by a number in stream order (「要求行政机关 / 1 / 确认或重新出具…」) is read from its head
// (requests-cut-label.ts). A label that starts with its own numbering (「二、上年结转…」) is a whole
// label, not the rest of a cut one: the header word and cell before it (「总计 / 431」, the header's
// last column printed amid 一's cells in a PDF's stream order) are not its head and first cell.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'
import { HEAD, KEYS, ROWS } from './requests-fixture'

const cellLines = (k: RequestRowKey): string[] => [REQUEST_ROW_LABELS[k], ...ROWS.get(k)!.map(String)]

describe('a numbered label after a header word and a number, a cell per line', () => {
  it('is read with its own cells, not as a cut label', () => {
    const r = ROWS.get('received')!
    // 一's cells one per line, the header's 「总计」 printed just before its total cell.
    const received = [REQUEST_ROW_LABELS.received, ...r.slice(0, 6).map(String), '总计', String(r[6])]
    const text = [HEAD, ...received, ...KEYS.filter((k) => k !== 'received').flatMap(cellLines)].join('\n\n')
    const got = parseRequestsTable(text)
    expect(got.rows.received).toEqual(r)
    expect(got.rows.carriedOver).toEqual(ROWS.get('carriedOver'))
  })
})
