// A table cell holding one number with a space as its thousands separator (「1 391」, also a no-break
// or thin space): one number. Before, the flattened row read 1 and 391 as two cells, the row's 总计
// lost its thousands digit the same way, and the row still added up (review 9b R6: 20 wrong cells
// in HTML, DOCX and PDF, proven "by sums").
import { describe, expect, it } from 'vitest'
import { flatten } from '../../shared/extract/flatten'
import type { SourceDocument } from '../../shared/model/document'

const doc = (cells: string[]): SourceDocument => ({ fileName: 't.html', format: 'html', blocks: [{ kind: 'table', rows: [cells.map((text) => ({ text }))], loc: { block: 0 } }] })

describe('space-grouped numbers in table cells', () => {
  it('are one number', () => {
    const text = flatten(doc(['（一）予以公开', '1 391', '2\u2009005', '0', '1\u00a0000\u00a0000', '3 396'])).text
    expect(text).toMatch(/1391.*2005.*0.*1000000.*3396/)
    expect(text).not.toMatch(/\b391\b/)
  })
  it('cells that are not one grouped number keep their spaces', () => {
    const text = flatten(doc(['12 34', '1 39'])).text
    expect(text).toContain('12 34')
    expect(text).toContain('1 39')
  })
})
