// Table 三 printed as two tables side by side, met in text lines (side-split-text.ts): the rest's counts
// are put after the first part's, row by row, only where the rest repeats the rows' words or numbers its
// rows 1…n, and every joined row adds up to its 总计, and the column identities hold. Else table 三 is
// left unread with one note. Before side-split-text.ts such a table 三 was read next to not at all.
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'
import { REQUEST_COLUMN_LABELS, REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'
import { KEYS, ROWS } from './requests-fixture'

type Shape = 'layout' | 'lines' | 'tab'
const SEP: Record<Shape, string> = { layout: '    ', lines: '\n', tab: '\t' }

/** A part with the data columns [from, to): its header, then each row (its label, or its number) and its counts. */
function part(shape: Shape, from: number, to: number, label: (k: RequestRowKey, i: number) => string, rows = ROWS, keys = KEYS): string[] {
  const sep = SEP[shape]
  const head = [/^\d+$/.test(label(keys[0]!, 0)) ? '序号' : '项目', ...REQUEST_COLUMN_LABELS.slice(from, to)].join(sep)
  return [head, ...keys.map((k, i) => [label(k, i), ...rows.get(k)!.slice(from, to).map(String)].join(sep))]
}
const labelOf = (k: RequestRowKey): string => REQUEST_ROW_LABELS[k]
const numberOf = (_k: RequestRowKey, i: number): string => String(i + 1)

function report(shape: Shape, at: number, second: (k: RequestRowKey, i: number) => string, between = '续表', rows = ROWS, restKeys = KEYS) {
  const lines = ['某县某局2023年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', ...part(shape, 0, at, labelOf, rows), between, ...part(shape, at, 7, second, rows, restKeys), '四、政府信息公开行政复议、行政诉讼情况']
  return extractReport(textToDocument(lines.join('\n'), 't.txt'))
}
const rowsRead = (ex: ReturnType<typeof report>): Record<string, (number | null)[] | undefined> => ex.report.requests.rows as Record<string, (number | null)[]>
const readRight = (ex: ReturnType<typeof report>): RequestRowKey[] => KEYS.filter((k) => JSON.stringify(rowsRead(ex)[k]) === JSON.stringify(ROWS.get(k)))
const t3Notes = (ex: ReturnType<typeof report>): string[] => ex.notes.filter((n) => n.field === 'requests' || n.field.startsWith('requests.') || n.field === 'section.requests').map((n) => n.message)
const nothingRead = (ex: ReturnType<typeof report>): boolean => KEYS.every((k) => (rowsRead(ex)[k] ?? []).every((x) => x === null))

describe('table 三 split sideways in text lines', () => {
  for (const shape of ['layout', 'lines', 'tab'] as const) {
    it(`${shape}: joined where the rest repeats the labels or numbers its rows, at any split point`, () => {
      for (const second of [labelOf, numberOf]) {
        for (let at = 2; at <= 6; at++) {
          const ex = report(shape, at, second)
          expect(readRight(ex), `${second === labelOf ? 'labels' : 'numbers'} after ${at}`).toEqual(KEYS)
          expect(t3Notes(ex).some((m) => m.includes('已拼成一张表读取'))).toBe(true)
        }
      }
    })
  }

  it('row numbers out of order: not joined, table 三 unread with one note', () => {
    const ex = report('layout', 3, (_k, i) => String(i === 4 ? 6 : i === 5 ? 5 : i + 1))
    expect(nothingRead(ex)).toBe(true)
    expect(t3Notes(ex)).toHaveLength(1)
    expect(t3Notes(ex)[0]).toContain('无法证明')
  })

  it('a joined row that does not add up to its 总计: not joined, one note', () => {
    const rows = new Map(ROWS)
    const r = [...rows.get('granted')!]
    // The 其他 count one more than printed in the unsplit report: the row no longer adds up to its 总计.
    r[5] = r[5]! + 1
    rows.set('granted', r)
    const ex = report('tab', 4, numberOf, '续表', rows)
    expect(nothingRead(ex)).toBe(true)
    expect(t3Notes(ex)).toEqual([expect.stringContaining('无法证明')])
  })

  it('the rest with two rows swapped (labels and counts): not joined, one note', () => {
    const swapped = KEYS.map((k, i) => (i === 8 ? KEYS[11]! : i === 11 ? KEYS[8]! : k))
    const ex = report('lines', 3, labelOf, '续表', ROWS, swapped)
    expect(nothingRead(ex)).toBe(true)
    expect(t3Notes(ex)).toEqual([expect.stringContaining('无法证明')])
  })
})
