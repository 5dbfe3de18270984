// Scans beyond the corpus's own: synthetic reports (whose answers are known) made into scans at
// other settings and read through the OCR path like any import, then compared with their gold files
// cell by cell. `eval` covers ../shared/corpus/scanned/; this adds 150/300 dpi, a harder
// photocopy, a worn low-resolution copy (faded, blurred), and a PNG of a table page.
//   tsx src-main/cli/eval-scans.ts [--only ID] [--variant NAME]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PNG } from 'pngjs'
import { extractReport } from '../../shared/extract/index'
import { compare, pct } from '../eval/compare'
import { loadCases } from '../eval/corpus'
import { degrade, imagePdf, renderPages, type Degradation } from '../eval/make-scan'
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
]

function png(img: GrayImage): Buffer {
  const out = new PNG({ width: img.width, height: img.height })
  for (let i = 0; i < img.data.length; i++) out.data.set([img.data[i]!, img.data[i]!, img.data[i]!, 255], i * 4)
  return PNG.sync.write(out)
}

const args = process.argv.slice(2)
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]! : 'yunxi-gov_2021'
const onlyVariant = args.includes('--variant') ? args[args.indexOf('--variant') + 1]! : ''
const cases = loadCases(resolve('../shared/corpus')).filter((c) => c.folder === 'synthetic' && c.id.includes(only) && c.files.pdf)
const dir = mkdtempSync(join(tmpdir(), 'desk-eval-scans-'))
const cacheDir = join(dir, 'cache')
try {
  for (const c of cases) {
    for (const v of VARIANTS.filter((x) => !onlyVariant || x.name === onlyVariant)) {
      const pages = renderPages(c.files.pdf!, v.dpi).map((img, i) => degrade(img, v.degrade(i + 1)))
      const t = Date.now()
      if (v.png) {
        // The page with table 三's first rows: compare the cells read there with the text PDF's.
        const original = await readFile(c.files.pdf!)
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
      if (!read.ok) {
        console.log(`✗ ${c.id} ${v.name}: ${read.error.message}`)
        continue
      }
      const cmp = compare(extractReport(read.document), [], c.gold, { crossYear: false })
      const t2 = cmp.tally
      console.log(`${c.id} ${v.name}: cells ${pct(t2.cells)} (${t2.cells.correct}/${t2.cells.total}, 错 ${t2.cells.wrong})  header ${pct(t2.header)} (错 ${t2.header.wrong})  metrics ${pct(t2.metrics)}  section5 ${pct(t2.section5)}  ${((Date.now() - t) / 1000).toFixed(0)} s`)
      for (const m of cmp.misses.filter((x) => x.startsWith('错'))) console.log(`    ${m}`)
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
