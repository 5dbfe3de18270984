// A PDF page of vector text whose layer cannot be trusted is drawn and read by OCR (read-rendered.ts):
// its rows' numbers were shown with no crop, as the crop took the page's pictures only and the page has
// none. The rows' areas now say the page was drawn, and the crop draws it again, as the OCR did.
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ScanArea, SourceDocument } from '../../shared/model/document'
import { sourceLocationSchema } from '../../shared/model/schema'
import { CropClient } from '../../src-main/readers/ocr/crop-client'
import { drawnAreas } from '../../src-main/readers/ocr/read-rendered'
import { inkShare } from './ink'

const vector = resolve('tests/fixtures/readers/type3-bitmap-layer.pdf')
/** The page's first lines of text (the title), in page points. */
const title: ScanArea = { page: 1, x: 60, y: 60, w: 480, h: 80, skew: 0 }

describe('crops of a page drawn and read by OCR', () => {
  it('a drawn page gives its crop, with ink where the text is; as a picture page it has none', { timeout: 120_000 }, async () => {
    const client = new CropClient({ utility: null })
    try {
      expect(await client.crop({ path: vector, sha256: 'b'.repeat(64), area: title })).toBeNull()
      const url = await client.crop({ path: vector, sha256: 'b'.repeat(64), area: { ...title, drawn: true } })
      expect(url).toMatch(/^data:image\/png;base64,/)
      expect(inkShare(url!)).toBeGreaterThan(0.01)
    } finally {
      client.close()
    }
  })

  it('a drawn reading marks every row area drawn, and the stored report keeps the mark', () => {
    const area: ScanArea = { page: 2, x: 1, y: 2, w: 3, h: 4, skew: 0.5 }
    const doc: SourceDocument = {
      fileName: 'x.pdf',
      format: 'pdf',
      blocks: [
        { kind: 'paragraph', text: '三、收到和处理政府信息公开申请情况', loc: { block: 0 } },
        { kind: 'table', rows: [[{ text: '项目' }], [{ text: '1' }]], rowScans: [area, null], loc: { block: 1 } },
      ],
    }
    const out = drawnAreas(doc).blocks[1]
    expect(out?.kind === 'table' ? out.rowScans : null).toEqual([{ ...area, drawn: true }, null])
    expect(sourceLocationSchema.parse({ block: 1, scan: { ...area, drawn: true } }).scan?.drawn).toBe(true)
  })
})
