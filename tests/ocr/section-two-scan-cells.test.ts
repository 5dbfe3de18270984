// Section 二's little ruled tables, scanned (the variant generator's report gen-1, pages 1-3, printed as
// eval-scans prints it). Three losses, all of the cells' second look (cell-reread.ts):
// - A narrow table's bottom rule drawn over the wider table's top rule below it is found in pieces a
//   pixel or two apart (814[477-590], 814[291-394], 816[93-795] at 150 dpi read enlarged): the short
//   pieces were not merged with each other, one of them closed the row above alone, and that row
//   (行政事业性收费) had no cells; its 35, whose box ran over the rule, was then read in the label's
//   column and the row was refused.
// - A serif digit whose hairlines are greyer than the ink grey falls into bits (a 3's two bowls, a 5's
//   foot): the cell's ink ended inside the number ("153", "135" cut after their second digit), and the
//   re-read, placed on that narrow ink, was doubted by digit-ink.ts for more digits than glyphs.
// - A header cell's rule and the first glyph's stroke beside it found as a small box read 「4」
//   (本年增/减 at 150 dpi): a number between the header and its row, so the row's numbers could not be
//   placed and 其他对外管理服务事项 was left unread.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { degrade, renderPages } from '../../src-main/eval/make-scan'
import { SCAN_KINDS } from '../../src-main/eval/scan-kinds'
import { generatedReports } from '../../src-main/eval/scan-reports'
import { fillsInk } from '../../src-main/readers/ocr/cell-reread'
import { gridCells } from '../../src-main/readers/ocr/grid-cells'
import type { PixelRuling } from '../../src-main/readers/ocr/image-rulings'
import { loadModels, modelsDir } from '../../src-main/readers/ocr/models'
import { ocrDocument } from '../../src-main/readers/ocr/ocr-document'
import { ocrPage } from '../../src-main/readers/ocr/ocr-page'
import { canPrintPdf } from '../variants/render/index'

const h = (at: number, from: number, to: number): PixelRuling => ({ dir: 'h', at, from, to })
const v = (at: number, from: number, to: number): PixelRuling => ({ dir: 'v', at, from, to })

describe('a rule found in pieces at one height', () => {
  it('closes the row above as one rule: the row keeps its cells', () => {
    // gen-1 150dpi page 2's rulings around 行政事业性收费 (above) and 政府集中采购 (below), as found.
    const rulings = [
      h(709.5, 93, 792), h(762, 477, 570), h(762.5, 93, 687), h(814, 477, 590), h(814, 291, 394), h(816, 93, 795), h(869.5, 93, 795), h(921.5, 93, 795),
      v(94, 177, 922), v(317, 708, 818), v(540.5, 708, 818), v(686, 708, 818), v(288, 815, 922), v(481.5, 814, 922), v(794, 816, 922),
    ]
    const row = gridCells(rulings).filter((c) => c.y0 > 760 && c.y1 < 820).map((c) => [c.x0, c.x1])
    expect(row).toEqual([[94, 317], [317, 540.5], [540.5, 686]])
  })
})

describe('a re-read 无 on more ink than one glyph', () => {
  it('is refused: a blurred page\'s doubled rules left in the crop are no part of it', () => {
    // gen-1 blur page 2, 需要另行制作's 无 cells: a glyph of ~26 px; the crop's ink across the cell.
    expect(fillsInk('无', { x0: 1085, y0: 1952, x1: 1182, y1: 1996 }, 26)).toBe(false)
    expect(fillsInk('无', { x0: 1201, y0: 1966, x1: 1224, y1: 1991 }, 26)).toBe(true)
  })
})

const corpus = resolve('../shared/corpus')
const hasModels = existsSync(join(modelsDir(), 'ch_PP-OCRv4_rec_infer.onnx'))
const dir = mkdtempSync(join(tmpdir(), 'desk-broken-digits-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const read = new Map<string, ReturnType<typeof readDisclosure>>()
const disclosure = (kindName: string): ReturnType<typeof readDisclosure> => read.get(kindName) ?? read.set(kindName, readDisclosure(kindName)).get(kindName)!

async function readDisclosure(kindName: string) {
  const [source] = generatedReports(1, corpus, dir, 0)
  const kind = SCAN_KINDS.find((x) => x.name === kindName)!
  const models = await loadModels()
  // Pages 1-3: section 二's heading ends page 1, and its scanned numbers are kept only where table 三
  // (pages 2-3) is proven by its sums (ocr-disclosure-proof.ts).
  const pages = []
  for (const [i, raw] of renderPages(source!.pdf, kind.dpi, 1, 3).entries()) {
    const img = degrade(raw, kind.degrade(i + 1))
    pages.push(await ocrPage(models, i + 1, (img.width * 72) / kind.dpi, (img.height * 72) / kind.dpi, img))
  }
  return extractReport(ocrDocument('gen-1.pdf', 'pdf', pages)).report.activeDisclosure
}

describe.skipIf(!canPrintPdf || !hasModels || !existsSync(corpus))('section 二 scanned, digits in bits', () => {
  it('150 dpi: 行政事业性收费 and 政府集中采购 read as printed', { timeout: 300_000 }, async () => {
    const d = await disclosure('150dpi')
    expect(d.fees).toEqual({ lastYearItems: 35, change: 0 })
    expect(d.procurement).toEqual({ projects: 135, amountWanYuan: 7539.443252 })
  })
  it('150 dpi: no number read from a header cell\'s rule; 其他对外管理服务事项 read as printed', { timeout: 300_000 }, async () => {
    const d = await disclosure('150dpi')
    expect(d.otherServices).toEqual({ lastYearItems: 10, change: 0, decisions: 153 })
  })
  it('200 dpi, turned 3°: 其他对外管理服务事项 read as printed (153 whole)', { timeout: 300_000 }, async () => {
    const d = await disclosure('skew-3')
    expect(d.otherServices).toEqual({ lastYearItems: 10, change: 0, decisions: 153 })
  })
})
