// A group of table-三 labels printed before its numbers whose rows do not all add up to their own
// totals (the report's slips): proven by the column identities (三（七）总计 = the outcome rows,
// 一 + 二 = （七） + 四) where they hold as read and under no column-by-column reading
// (requests-group-columns.ts); unread with a note where they do not.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { groupsProvenByColumns } from '../../shared/extract/requests-group-columns'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'
import { HEAD, KEYS, ROWS } from './requests-fixture'

const BLOCK: RequestRowKey[] = ['granted', 'partiallyGranted', 'withheld.stateSecret']
/** The fixture with `add` added to cells (key → column → amount). */
const changed = (add: [RequestRowKey, number, number][]): Map<RequestRowKey, number[]> => {
  const rows = new Map([...ROWS].map(([k, r]) => [k, [...r]]))
  for (const [k, c, n] of add) rows.get(k)![c]! += n
  return rows
}
/** Rows as lines; the block's labels first, then its numbers row by row. */
const printed = (rows: Map<RequestRowKey, number[]>): string => {
  const out = [HEAD]
  for (const k of KEYS) {
    if (k === BLOCK[0]) out.push(...BLOCK.map((b) => REQUEST_ROW_LABELS[b]), ...BLOCK.map((b) => rows.get(b)!.join(' ')))
    else if (!BLOCK.includes(k)) out.push(`${REQUEST_ROW_LABELS[k]} ${rows.get(k)!.join(' ')}`)
  }
  return out.join('\n')
}

describe('a group of labels before its numbers, two of its three rows not adding up', () => {
  it('read where the column identities hold as printed, each slip with a note', () => {
    // 予以公开 and 部分公开 each print one cell too many for their own totals; （七）总计 and 一 carry
    // the same cells, so every column identity holds: the rows are where the labels put them.
    const rows = changed([
      ['granted', 0, 1], ['handledTotal', 0, 1], ['received', 0, 1],
      ['partiallyGranted', 1, 2], ['handledTotal', 1, 2], ['received', 1, 2],
    ])
    const got = parseRequestsTable(printed(rows))
    for (const k of BLOCK) expect([k, got.rows[k]]).toEqual([k, rows.get(k)])
    expect(got.how.granted).toBe('sums')
    for (const k of ['granted', 'partiallyGranted']) expect(got.notes.some((n) => n.field === `requests.${k}` && n.message.includes('报告自身的差错'))).toBe(true)
  })

  it('unread with a note where the column identities fail too', () => {
    const rows = changed([['granted', 0, 1], ['partiallyGranted', 1, 2]])
    const got = parseRequestsTable(printed(rows))
    for (const k of BLOCK) expect([k, got.rows[k]?.every((x) => x === null) ?? true]).toEqual([k, true])
    expect(got.notes.some((n) => n.field === 'requests.granted')).toBe(true)
  })
})

describe('a group of labels before its numbers, one row not adding up (review 12 R12-9)', () => {
  it('kept as printed, with a note, where one cell of it explains the row and the columns alike', () => {
    // 予以公开 prints one 自然人 more than its own total and than 总计 counts: a typo in one cell.
    const rows = changed([['granted', 0, 1]])
    const got = parseRequestsTable(printed(rows))
    for (const k of BLOCK) expect([k, got.rows[k]]).toEqual([k, rows.get(k)])
    expect(got.notes.some((n) => n.field === 'requests.granted' && n.message.includes('只改其中一格'))).toBe(true)
  })
  it('unread with a note where no single cell explains it (a misreading looks so)', () => {
    const rows = changed([['granted', 0, 1], ['granted', 1, 2]])
    const got = parseRequestsTable(printed(rows))
    for (const k of BLOCK) expect([k, got.rows[k]?.every((x) => x === null) ?? true]).toEqual([k, true])
    expect(got.notes.some((n) => n.field === 'requests.granted')).toBe(true)
    expect(got.notes.some((n) => n.message.includes('报告自身的差错'))).toBe(false)
  })
})

describe('every empty cell of these tables has a note naming its row', () => {
  const cases: [string, [RequestRowKey, number, number][]][] = [
    ['two slips the columns prove', [['granted', 0, 1], ['handledTotal', 0, 1], ['received', 0, 1], ['partiallyGranted', 1, 2], ['handledTotal', 1, 2], ['received', 1, 2]]],
    ['two slips the columns do not prove', [['granted', 0, 1], ['partiallyGranted', 1, 2]]],
    ['one cell', [['granted', 0, 1]]],
    ['two cells of one row', [['granted', 0, 1], ['granted', 1, 2]]],
  ]
  for (const [name, add] of cases) {
    it(name, () => {
      const got = parseRequestsTable(printed(changed(add)))
      const silent = KEYS.filter((k) => (got.rows[k] ?? [null]).some((x) => x === null) && !got.notes.some((n) => n.field === `requests.${k}`))
      expect(silent).toEqual([])
    })
  }
})

describe('groupsProvenByColumns', () => {
  const rows = { granted: [1, 0, 0, 0, 0, 0, 2], partiallyGranted: [0, 0, 0, 0, 0, 0, 1] }
  const open = [{ group: 1, keys: ['granted', 'partiallyGranted'] as RequestRowKey[], byColumns: [[1, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 2, 0, 1]] }]
  it('proves nothing where the column-by-column reading satisfies the identities as well', () => {
    expect(groupsProvenByColumns(open, rows, () => true).size).toBe(0)
  })
  it('proves the group where only the reading as printed satisfies them', () => {
    expect([...groupsProvenByColumns(open, rows, (_, r) => r.granted![6] === 2)]).toEqual([1])
  })
})
