// A number wider than its cell, one digit printed over the ruling into the next cell (OFD of glyphs
// placed line by line, hr31 overflow line-tight-ruled: 「204 | 16」 read 「20 | 416」): the row is read
// by its label, so its failed total was kept as "the report's own slip" — two wrong numbers. Where
// moving one digit across one boundary explains the row and breaks no column identity, the two cells
// are left empty with a note; a slip no move explains stays as printed. Numbers invented.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'
import { HEAD, KEYS, ROWS } from './requests-fixture'

const OUTSIDE: RequestRowKey[] = ['received', 'carriedOver', 'handledTotal', 'carriedForward']
const rows = new Map(ROWS)
rows.set('granted', [204, 16, 1, 1, 2, 2, 226])
const total = [0, 1, 2, 3, 4, 5, 6].map((c) => KEYS.filter((k) => !OUTSIDE.includes(k)).reduce((a, k) => a + rows.get(k)![c]!, 0))
rows.set('handledTotal', total)
rows.set('received', total.map((x, c) => x + rows.get('carriedForward')![c]! - rows.get('carriedOver')![c]!))

const table = (granted: string): string => [HEAD.split(' ').join(' '), ...KEYS.map((k) => `${REQUEST_ROW_LABELS[k]} ${k === 'granted' ? granted : rows.get(k)!.join(' ')}`)].join('\n')

describe('table 三: a digit read into its neighbouring cell', () => {
  it('reads the row as printed where it adds up', () => {
    expect(parseRequestsTable(table('204 16 1 1 2 2 226')).rows.granted).toEqual([204, 16, 1, 1, 2, 2, 226])
  })
  it('leaves the two cells empty, with a note, where one digit moved across their boundary explains the row', () => {
    for (const printed of ['20 416 1 1 2 2 226', '2041 6 1 1 2 2 226']) {
      const got = parseRequestsTable(table(printed))
      expect(got.rows.granted).toEqual([null, null, 1, 1, 2, 2, 226])
      expect(got.notes.some((n) => n.field === 'requests.granted' && n.message.includes('邻格'))).toBe(true)
      expect(got.rows.handledTotal).toEqual(total)
    }
  })
  it('keeps a slip no single move explains as printed', () => {
    expect(parseRequestsTable(table('204 16 1 1 2 2 227')).rows.granted).toEqual([204, 16, 1, 1, 2, 2, 227])
  })
})
