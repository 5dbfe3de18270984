// A page of clean print scanned at 150 dpi (white paper, black ink: eval-scans' "150dpi" kind) is read
// enlarged to ~200 dpi (soft-print.ts). At its own size the detector ran table 四's narrow header
// cells together ("总未经复议", 总计's 计 read as 告) and the table was not found: its 15 cells of 无
// unread. The page is the variant generator's own report gen-1 (seed fixed), printed as eval-scans
// prints it, page 4 (table 四 as one table of 无).
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { degrade, renderPages } from '../../src-main/eval/make-scan'
import { SCAN_KINDS } from '../../src-main/eval/scan-kinds'
import { generatedReports } from '../../src-main/eval/scan-reports'
import { loadModels, modelsDir } from '../../src-main/readers/ocr/models'
import { ocrDocument } from '../../src-main/readers/ocr/ocr-document'
import { ocrPage } from '../../src-main/readers/ocr/ocr-page'
import { canPrintPdf } from '../variants/render/index'

const corpus = resolve('../shared/corpus')
const hasModels = existsSync(join(modelsDir(), 'ch_PP-OCRv4_rec_infer.onnx'))
const dir = mkdtempSync(join(tmpdir(), 'desk-small-clean-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.skipIf(!canPrintPdf || !hasModels || !existsSync(corpus))('a clean page scanned at 150 dpi', () => {
  it('table 四 (one table of 无, narrow two-line header cells): every cell read', { timeout: 300_000 }, async () => {
    const [source] = generatedReports(1, corpus, dir, 0)
    const kind = SCAN_KINDS.find((x) => x.name === '150dpi')!
    const [raw] = renderPages(source!.pdf, kind.dpi, 4, 4)
    const img = degrade(raw!, kind.degrade(4))
    const page = await ocrPage(await loadModels(), 4, (img.width * 72) / kind.dpi, (img.height * 72) / kind.dpi, img)
    const review = extractReport(ocrDocument('gen-1.pdf', 'pdf', [page])).report.reviewLitigation
    expect(review).toEqual({ review: [0, 0, 0, 0, 0], litigationDirect: [0, 0, 0, 0, 0], litigationAfterReview: [0, 0, 0, 0, 0] })
  })
})
