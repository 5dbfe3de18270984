// Table 三's header with its columns moved and a heading in another wording (hostile review hr35
// W1, W2, W4, W5): a synonym maps its column; a heading no word names, beside recognised headings
// standing in other cells than the template's, refuses the table; two header lines printing the same
// headings in different orders refuse it; rows whose total is another column are refused.
import { describe, expect, it } from 'vitest'
import { requestColumnMap } from '../../shared/extract/requests-columns'
import { refuseShiftedColumns } from '../../shared/extract/requests-column-guard'
import type { ExtractionNote } from '../../shared/model/extraction'
import type { RequestRow, RequestRowKey } from '../../shared/model/report'

const grid = { streamOrder: false }
const line = (...cells: string[]): string => ['三、收到和处理政府信息公开申请情况', ['', ...cells].join('\t')].join('\n')

describe('table 三 header moved and reworded', () => {
  it('maps the real wordings by their synonyms', () => {
    expect(requestColumnMap(line('自然人', '科研机构', '企业', '社会公益组织', '法律服务机构', '其他', '总计'), grid)).toEqual({ kind: 'labels', printed: [0, 2, 1, 3, 4, 5, 6] })
    expect(requestColumnMap(line('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '公民', '总计'), grid)).toEqual({ kind: 'labels', printed: [1, 2, 3, 4, 5, 0, 6] })
    expect(requestColumnMap(line('总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '公民'), grid)).toEqual({ kind: 'labels', printed: [6, 1, 2, 3, 4, 5, 0] })
    expect(requestColumnMap(line('自然人', '商业企业', '科研机构', '律师事务所', '公益组织', '其他', '总计'), grid)).toEqual({ kind: 'labels', printed: [0, 1, 2, 4, 3, 5, 6] })
    // 企业 under 商业 (a wrapped heading's second piece) is no heading of its own.
    expect(requestColumnMap('自然人\t商业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n\t企业', grid)).toEqual({ kind: 'template' })
  })

  it('refuses an unknown heading beside recognised headings in other cells than the template puts them', () => {
    const map = requestColumnMap(line('自然人', '科研机构', '工商户', '社会公益组织', '法律服务机构', '其他', '总计'), grid)
    expect(map.kind).toBe('refused')
    expect(map.kind === 'refused' && map.message).toContain('「工商户」')
    // The unknown heading where the template's own column stands: nothing contradicts the template.
    expect(requestColumnMap(line('自然人', '工商户', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'), grid)).toEqual({ kind: 'template' })
  })

  it('refuses two header lines that print the same headings in different orders', () => {
    const header = ['\t申请人情况', '自然人\t法人或其他组织\t总计', '科研机构\t商业企业\t社会公益组织\t法律服务机构\t其他', '自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'].join('\n')
    expect(requestColumnMap(header, grid).kind).toBe('refused')
  })
})

describe('rows whose total is another column', () => {
  it('are refused however few rows break the seventh column total', () => {
    // 总计 printed first, 自然人 last, read in the template's order: rows with organisations break.
    const rows: Partial<Record<RequestRowKey, RequestRow>> = {
      received: [120, 5, 3, 0, 0, 0, 112],
      granted: [60, 2, 1, 0, 0, 0, 57],
      partiallyGranted: [30, 1, 1, 0, 0, 0, 28],
      'withheld.stateSecret': [4, 0, 0, 0, 0, 0, 4],
      'withheld.prohibitedByLaw': [3, 0, 0, 0, 0, 0, 3],
      'unavailable.notHeld': [9, 0, 0, 0, 0, 0, 9],
      'unavailable.needsCreation': [2, 0, 0, 0, 0, 0, 2],
      'notProcessed.petition': [1, 0, 0, 0, 0, 0, 1],
    }
    const notes: ExtractionNote[] = []
    const out = refuseShiftedColumns(rows, notes)
    expect(out.received).toEqual([null, null, null, null, null, null, null])
    expect(notes.some((n) => n.field === 'requests')).toBe(true)
    // A report's own slips (3 rows of 8 broken, no other column their total) are kept.
    const slips = { ...rows, received: [112, 5, 3, 0, 0, 1, 120], granted: [57, 2, 1, 0, 0, 1, 60], partiallyGranted: [28, 1, 1, 0, 0, 1, 30] } as typeof rows
    expect(refuseShiftedColumns(slips, []).received).toEqual([112, 5, 3, 0, 0, 1, 120])
  })
})
