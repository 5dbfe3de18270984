// Scans beyond the corpus's own: reports whose answers are known made into scans at other settings
// and read through the OCR path like any import, then compared cell by cell (right / wrong /
// unread). `eval` covers ../shared/corpus/scanned/; this adds 150/300 dpi, a harder photocopy, a
// worn low-resolution copy, faded print on grey paper, a shadow at the binding edge, a seal over
// the tables, a 2.5° turn, a fax, a phone photo, heavy JPEG, 1-bit TIFF, a garbage text layer and
// a PNG of a table page.
// The reports: a synthetic corpus report (--only ID, default one), or with --generated N, N reports
// from the variant generator (tests/variants: other layouts, headings, labels), printed by Chromium
// in a serif face at another size, as a new user's reports would be.
//   tsx src-main/cli/eval-scans.ts [--only ID | --generated N] [--variant NAME[,NAME…]]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PNG } from 'pngjs'
import { extractReport } from '../../shared/extract/index'
import type { Extraction } from '../../shared/model/extraction'
import { emptyReport } from '../../shared/model/report'
import { compare } from '../eval/compare'
import { loadCases } from '../eval/corpus'
import { degrade, imagePdf, renderPages, type Degradation } from '../eval/make-scan'
import { generatedReports, type ScanSource } from '../eval/scan-reports'
import { GARBAGE, tiffOf, withHiddenText } from '../eval/scan-sources'
import type { GrayImage } from '../readers/ocr/gray-image'
import { readFile } from '../readers/index'

interface Variant {
  name: string
  dpi: number
  degrade: (page: number) => Degradation
  /** Only these pages, as one PNG each (else an image-only PDF of every page). */
  png?: boolean
  /** Another file made of the pages (scan-sources.ts), with its extension. */
  file?: { ext: string; make: (pages: GrayImage[], dpi: number) => Uint8Array }
}

const VARIANTS: Variant[] = [
  { name: '150dpi', dpi: 150, degrade: (p) => ({ rotate: p % 2 ? 0.6 : -0.4, noise: 8, seed: p }) },
  { name: '300dpi', dpi: 300, degrade: (p) => ({ rotate: p % 2 ? -0.8 : 0.5, noise: 8, seed: p }) },
  { name: 'photocopy', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? 1.4 : -1.2, noise: 22, specks: 0.002, seed: p }) },
  // A worn copy at a low resolution: grey, soft print, turned, speckled.
  { name: 'worn-150dpi', dpi: 150, degrade: (p) => ({ rotate: p % 2 ? 1.0 : -0.9, blur: 1, fade: 0.6, noise: 16, specks: 0.004, seed: p }) },
  { name: 'png-page', dpi: 200, degrade: (p) => ({ rotate: 0.3, noise: 6, seed: p }), png: true },
  { name: 'garbled-layer', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? 0.5 : -0.5, noise: 8, seed: p }), file: { ext: 'pdf', make: (pages, dpi) => withHiddenText(imagePdf(pages, dpi), GARBAGE) } },
  { name: 'tiff-1bit', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? -0.3 : 0.4, noise: 6, seed: p }), file: { ext: 'tif', make: (pages) => tiffOf(pages, 'bilevel', true) } },
  // Faint toner on grey paper: ink ~150, paper ~215.
  { name: 'faded', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? 0.7 : -0.5, fade: 0.4, paper: 215, noise: 10, seed: p }) },
  // A bound report copied open: the page darkens toward its binding edge.
  { name: 'shadow', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? -0.6 : 0.5, shadow: { side: p % 2 ? 'left' : 'right', reach: 0.4, depth: 0.65 }, noise: 8, seed: p }) },
  // A seal over the tables' right half, placed by the page number.
  { name: 'stamp', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? 0.4 : -0.4, stamp: { cx: 0.55 + 0.05 * (p % 4), cy: 0.3 + 0.1 * (p % 5), r: 0.19, grey: 140 }, noise: 8, seed: p }) },
  { name: 'skew-2.5', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? 2.5 : -2.2, noise: 8, seed: p }) },
  // A fax in standard mode: half the lines, 1-bit.
  { name: 'fax', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? 0.5 : -0.4, noise: 12, fax: 150, seed: p }) },
  // A phone photo: soft, turned, light falling off from the top, saved as JPEG.
  { name: 'phone-photo', dpi: 150, degrade: (p) => ({ rotate: p % 2 ? 1.8 : -1.5, blur: 1, shadow: { side: 'top', reach: 0.6, depth: 0.35 }, noise: 10, jpeg: 55, seed: p }) },
  { name: 'jpeg-heavy', dpi: 200, degrade: (p) => ({ rotate: p % 2 ? 0.5 : -0.3, noise: 6, jpeg: 15, seed: p }) },
]

function png(img: GrayImage): Buffer {
  const out = new PNG({ width: img.width, height: img.height })
  for (let i = 0; i < img.data.length; i++) out.data.set([img.data[i]!, img.data[i]!, img.data[i]!, 255], i * 4)
  return PNG.sync.write(out)
}

const args = process.argv.slice(2)
const arg = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const only = arg('--only') ?? 'yunxi-gov_2021'
const wanted = arg('--variant')?.split(',') ?? []
const generated = Number(arg('--generated') ?? 0)

const dir = mkdtempSync(join(tmpdir(), 'desk-eval-scans-'))
const cacheDir = join(dir, 'cache')
const sources: ScanSource[] = generated > 0
  ? generatedReports(generated, resolve('../shared/corpus'), dir)
  : loadCases(resolve('../shared/corpus'))
      .filter((c) => c.folder === 'synthetic' && c.id.includes(only) && c.files.pdf)
      .map((c) => ({
        id: c.id,
        pdf: c.files.pdf!,
        score: (ex) => {
          const cmp = compare(ex, [], c.gold, { crossYear: false })
          const t = cmp.tally.cells
          return { right: t.correct, wrong: t.wrong, unread: t.total - t.correct - t.wrong, misses: cmp.misses }
        },
      }))
const totals = new Map<string, { right: number; wrong: number; unread: number; seconds: number }>()
const line = (id: string, kind: string, r: { right: number; wrong: number; unread: number }, seconds: number): void => {
  const all = r.right + r.wrong + r.unread
  console.log(`${id} ${kind}: 单元格 cells ${all ? ((100 * r.right) / all).toFixed(1) : '—'} %（对 ${r.right} / 错 ${r.wrong} / 未读 ${r.unread}），${seconds.toFixed(0)} s`)
}
try {
  for (const c of sources) {
    for (const v of VARIANTS.filter((x) => wanted.length === 0 || wanted.includes(x.name))) {
      const pages = renderPages(c.pdf, v.dpi).map((img, i) => degrade(img, v.degrade(i + 1)))
      const t = Date.now()
      if (v.png) {
        // Each page as a PNG: table 三's cells read there are compared with the text PDF's.
        const original = await readFile(c.pdf)
        if (!original.ok) continue
        const want = extractReport(original.document).report
        let right = 0, wrong = 0, total = 0
        for (const [i, page] of pages.entries()) {
          const file = join(dir, `${c.id}-p${i + 1}.png`)
          writeFileSync(file, png(page))
          const read = await readFile(file, { requireReport: false, ocr: { cacheDir } })
          if (!read.ok) continue
          const got = extractReport(read.document).report
          for (const [key, row] of Object.entries(got.requests.rows)) {
            row?.forEach((g, k) => {
              if (g === null) return
              total++
              if (want.requests.rows[key as keyof typeof want.requests.rows]?.[k] === g) right++
              else wrong++
            })
          }
        }
        console.log(`${c.id} ${v.name}: 表三单元格 ${right} 对 / ${wrong} 错（共读出 ${total}），${((Date.now() - t) / 1000).toFixed(0)} s`)
        continue
      }
      const file = join(dir, `${c.id}-${v.name}.${v.file?.ext ?? 'pdf'}`)
      writeFileSync(file, v.file ? v.file.make(pages, v.dpi) : imagePdf(pages, v.dpi))
      const read = await readFile(file, { ocr: { cacheDir } })
      const seconds = (Date.now() - t) / 1000
      // A file not read at all: every cell unread.
      const r = read.ok ? c.score(extractReport(read.document)) : { ...c.score({ report: emptyReport(), provenance: {}, sectionText: {}, preamble: '', notes: [] }), misses: [`✗ ${read.error.message}`] }
      line(c.id, v.name, r, seconds)
      for (const m of r.misses.filter((x) => x.startsWith('错') || x.startsWith('✗'))) console.log(`    ${m}`)
      const sum = totals.get(v.name) ?? { right: 0, wrong: 0, unread: 0, seconds: 0 }
      totals.set(v.name, { right: sum.right + r.right, wrong: sum.wrong + r.wrong, unread: sum.unread + r.unread, seconds: sum.seconds + seconds })
    }
  }
  if (sources.length > 1) for (const [kind, r] of totals) line('合计 all', kind, r, r.seconds)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
