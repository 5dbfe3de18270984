// The scorer itself: an unread cell counts as explained only by a note that names its row, or by a
// note on the whole table where nothing of that table was read.
import { describe, expect, it } from 'vitest'
import { makeVariant } from './generator/variant'
import type { VariantModel } from './generator/model'
import { scoreVariant } from './score'
import { emptyReport } from '../../shared/model/report'
import type { Extraction, ExtractionNote } from '../../shared/model/extraction'

// A made-up model (no corpus numbers).
const model: VariantModel = {
  id: 'test/score',
  template: '2021',
  agency: '青石县人民政府',
  year: 2023,
  requests: [
    ['received', [3, 1, 0, 0, 0, 0, 4]],
    ['carriedOver', [1, 0, 0, 0, 0, 0, 1]],
  ],
  review: null,
  disclosure: [],
}
const v = makeVariant(model, 7, 'text-plain')

function extraction(rows: Record<string, (number | null)[]>, notes: ExtractionNote[]): Extraction {
  const report = emptyReport()
  report.requests = { rows }
  return { report, provenance: {}, sectionText: {}, preamble: '', notes }
}

describe('variant scorer', () => {
  const blank = [null, null, null, null, null, null, null]
  it('does not take one table-wide note for the note of a row left empty while others were read', () => {
    const s = scoreVariant(v, extraction({ received: [3, 1, 0, 0, 0, 0, 4], carriedOver: blank }, [{ field: 'requests', message: '表三中有游离数字。' }]))
    expect(s.unread).toBe(7)
    expect(s.silent).toBe(7)
  })
  it('takes a note that names the row', () => {
    const s = scoreVariant(v, extraction({ received: [3, 1, 0, 0, 0, 0, 4], carriedOver: blank }, [{ field: 'requests.carriedOver', message: '未读取。' }]))
    expect(s.silent).toBe(0)
    expect(s.right).toBe(7)
  })
  it('takes a table-wide note where nothing of the table was read', () => {
    const s = scoreVariant(v, extraction({}, [{ field: 'section.requests', message: '未找到表三。' }]))
    expect(s.unread).toBe(14)
    expect(s.silent).toBe(0)
  })
})
