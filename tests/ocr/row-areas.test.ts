// Where each OCR table row sits on its page (row-areas.ts), and the report view's list of OCR rows
// to check (lib/scan-checklist.ts): numbers left out first, then rows placed by sums, then the rest.
import { describe, expect, it } from 'vitest'
import type { TableBlock } from '../../shared/model/document'
import type { Extraction } from '../../shared/model/extraction'
import { emptyReport } from '../../shared/model/report'
import { flatten } from '../../shared/extract/flatten'
import type { OcrBox, OcrPage } from '../../src-main/readers/ocr/ocr-page'
import { attachRowAreas } from '../../src-main/readers/ocr/row-areas'
import { scanRows } from '../../src-renderer/lib/scan-checklist'

const box = (text: string, x: number, y: number, w = 40, h = 14): OcrBox => ({ text, confidence: 0.99, x, y, w, h })

function page(boxes: OcrBox[]): OcrPage {
  return { page: 3, width: 595, height: 842, skew: 0.4, boxes, rulings: [] }
}

describe('row areas of an OCR table', () => {
  // Three rows of a table; the two lower ones hold the same numbers (all zeros), the label tells them apart.
  const p = page([
    box('本年新收政府信息公开申请数量', 60, 100, 200), box('26', 300, 101), box('1', 360, 100), box('27', 420, 99),
    box('（一）予以公开', 60, 140, 120), box('0', 300, 141), box('0', 360, 140), box('0', 420, 140),
    box('（二）部分公开', 60, 180, 120), box('0', 300, 181), box('0', 360, 180), box('0', 420, 180),
    box('四、政府信息公开行政复议', 40, 260, 250),
  ])
  const table = (): TableBlock => ({
    kind: 'table',
    rows: [
      [{ text: '本年新收政府信息公开申请数量' }, { text: '26' }, { text: '1' }, { text: '27' }],
      [{ text: '（一）予以公开' }, { text: '0' }, { text: '0' }, { text: '0' }],
      [{ text: '（二）部分公开' }, { text: '0' }, { text: '0' }, { text: '0' }],
      [{ text: '不在此页的行' }, { text: '5' }, { text: '6' }, { text: '11' }],
    ],
    rowPages: [3, 3, 3, 3],
    loc: { block: 0, page: 3 },
  })

  it('finds each row on its line, in order, with the page and its skew; a row not on the page has none', () => {
    const t = table()
    attachRowAreas([t], [p])
    const areas = t.rowScans!
    expect(areas.slice(0, 3).map((a) => a && Math.round(a.y))).toEqual([99, 140, 180])
    expect(areas[0]).toMatchObject({ page: 3, x: 60, skew: 0.4 })
    expect(areas[0]!.x + areas[0]!.w).toBe(460)
    expect(areas[3]).toBeNull()
  })

  it('the area reaches the row in the flat text, hence the provenance', () => {
    const t = table()
    attachRowAreas([t], [p])
    const flat = flatten({ fileName: 'x', format: 'pdf', blocks: [t] })
    expect(flat.spans[1]!.loc.scan).toMatchObject({ page: 3, y: 140 })
    expect(flat.spans[3]!.loc.scan).toBeUndefined()
  })

  it('rows of another page are not matched to this one', () => {
    const t = table()
    t.rowPages = [4, 4, 4, 4]
    attachRowAreas([t], [p])
    expect(t.rowScans).toEqual([null, null, null, null])
  })
})

describe('OCR rows to check', () => {
  it('lists rows with numbers left out first, then rows placed by sums, then the others, each by page and place', () => {
    const scan = (page: number, y: number) => ({ page, x: 0, y, w: 400, h: 14, skew: 0 })
    const ex: Extraction = {
      report: emptyReport(),
      provenance: {
        'requests.received': { loc: { block: 1, page: 3, scan: scan(3, 100) }, text: '一、本年新收政府信息公开申请数量 | 26 | 1', how: 'label' },
        'requests.granted': { loc: { block: 1, page: 3, scan: scan(3, 140) }, text: '三、本年度办理结果 | （一）予以公开 | 0', how: 'sums' },
        'requests.carriedOver': { loc: { block: 1, page: 3, scan: scan(3, 120) }, text: '二、上年结转政府信息公开申请数量 | 1', how: 'label' },
        'reviewLitigation.review': { loc: { block: 2, page: 4, scan: scan(4, 50) }, text: '3 | 0 | 0', how: 'label' },
        'requests.handledTotal': { loc: { block: 1, page: 4, scan: scan(4, 10) }, text: '（七）总计 | 27', how: 'label' },
        'metrics.hotlineCalls': { loc: { block: 5, page: 1 }, text: '热线 120 件', how: 'prose' },
      },
      sectionText: {},
      preamble: '',
      notes: [{ field: 'requests.handledTotal', message: '第 1 列……未采用' }],
    }
    const rows = scanRows(ex)
    expect(rows.map((r) => [r.field, r.state])).toEqual([
      ['requests.handledTotal', 'unverified'],
      ['requests.granted', 'sums'],
      ['requests.received', 'checked'],
      ['requests.carriedOver', 'checked'],
      ['reviewLitigation.review', 'checked'],
    ])
    expect(rows[1]!.label).toBe('（一）予以公开')
    expect(rows[1]!.cell).toMatchObject({ provKey: 'requests.granted', key: 'requests.granted.0' })
    expect(rows[4]!.label).toBe('表四 · 行政复议')
  })
})
