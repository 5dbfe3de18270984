// Scans beyond the corpus's own: reports whose answers are known made into scans at other settings
// and read through the OCR path like any import, then compared cell by cell (right / wrong /
// unread). `eval` covers ../shared/corpus/scanned/; this adds 150/300 dpi, a harder photocopy, a
// worn low-resolution copy, faded print on grey paper, a shadow at the binding edge, a seal over
// the tables (in grey, and in colour: a red seal), a 2.5° turn, a fax, a phone photo, heavy JPEG,
// 1-bit TIFF, a garbage text layer and a report's pages as PNG pictures read together.
// The reports: a synthetic corpus report (--only ID, default one), or with --generated N, N reports
// from the variant generator (tests/variants: other layouts, headings, labels), printed by Chromium
// in a serif face at another size, as a new user's reports would be.
//   tsx src-main/cli/eval-scans.ts [--only ID | --generated N [--from K]] [--variant NAME[,NAME…]]
//                                  [--keep DIR] [--all-misses] [--causes] [--record]
// --from K starts the generated reports at the K-th (gen-K…); --keep DIR keeps the scans and their
// OCR cache there (a second run with the same DIR reads the cache); --all-misses lists unread cells too;
// --causes puts every unread cell under its cause (scan-causes.ts) and counts them per kind.
// --record writes each kind's totals into src-main/eval/scan-wear-results.json, which `npm run eval`
// prints (scan-record.ts).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PNG } from 'pngjs'
import { extractReport } from '../../shared/extract/index'
import type { Extraction } from '../../shared/model/extraction'
import { emptyReport } from '../../shared/model/report'
import { compare } from '../eval/compare'
import { loadCases } from '../eval/corpus'
import { degrade, imagePdf, renderPages } from '../eval/make-scan'
import { unreadCauses } from '../eval/scan-causes'
import { SCAN_KINDS } from '../eval/scan-kinds'
import { generatedReports, type ScanSource } from '../eval/scan-reports'
import { recordScans } from '../eval/scan-record'
import { ENGINE_VERSION } from '../readers/ocr/ocr-cache'
import type { GrayImage } from '../readers/ocr/gray-image'
import { readFile, readPageImages } from '../readers/index'

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
const from = Number(arg('--from') ?? 1)
const keep = arg('--keep')
const allMisses = args.includes('--all-misses')
const causes = args.includes('--causes')
const record = args.includes('--record')
const causeCounts = new Map<string, Map<string, number>>()

// A measurement, not an import: on a machine shared with other work a page may take minutes, so the
// OCR process is given longer than the app's 180 s before it counts as stalled.
const STALL_MS = 900_000
const dir = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'desk-eval-scans-'))
if (keep) mkdirSync(dir, { recursive: true })
const cacheDir = join(dir, 'cache')
const sources: ScanSource[] = generated > 0
  ? generatedReports(generated, resolve('../shared/corpus'), dir, from - 1)
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
    for (const v of SCAN_KINDS.filter((x) => wanted.length === 0 || wanted.includes(x.name))) {
      const pages = renderPages(c.pdf, v.dpi).map((img, i) => degrade(img, v.degrade(i + 1)))
      const t = Date.now()
      let read: Awaited<ReturnType<typeof readFile>>
      if (v.png) {
        // Each page as a PNG, the pictures read together as one report (a folder of page pictures,
        // as the app reads them: readPageImages). Read one at a time, a table carried over a page
        // break is cut in two and its sums prove little on either page (gen-1: 85 of table 三's 161
        // cells from its pages alone, all 161 from the pictures read together).
        const files = pages.map((page, i) => {
          const file = join(dir, `${c.id}-p${i + 1}.png`)
          writeFileSync(file, png(page))
          return file
        })
        read = await readPageImages(join(dir, `${c.id}-pages`), files, { ocr: { cacheDir, stallMs: STALL_MS } })
      } else {
        const file = join(dir, `${c.id}-${v.name}.${v.file?.ext ?? 'pdf'}`)
        writeFileSync(file, v.file ? v.file.make(pages, v.dpi) : imagePdf(pages, v.dpi))
        read = await readFile(file, { ocr: { cacheDir, stallMs: STALL_MS } })
      }
      const seconds = (Date.now() - t) / 1000
      // A file not read at all: every cell unread.
      const r = read.ok ? c.score(extractReport(read.document)) : { ...c.score({ report: emptyReport(), provenance: {}, sectionText: {}, preamble: '', notes: [] }), misses: [`✗ ${read.error.message}`] }
      line(c.id, v.name, r, seconds)
      for (const m of r.misses.filter((x) => allMisses || x.startsWith('错') || x.startsWith('✗'))) console.log(`    ${m}`)
      if (causes && read.ok) {
        const counts = causeCounts.get(v.name) ?? new Map<string, number>()
        for (const [cause, cells] of unreadCauses(read.document, c.score)) {
          // Counted without the names of the missing rows, so that like causes add up.
          const key = cause.replace(/（缺行[^）]*）/g, '（缺行 rows missing）')
          counts.set(key, (counts.get(key) ?? 0) + cells.length)
          console.log(`    [${cells.length}] ${cause}: ${cells.join(' ')}`)
        }
        causeCounts.set(v.name, counts)
      }
      const sum = totals.get(v.name) ?? { right: 0, wrong: 0, unread: 0, seconds: 0 }
      totals.set(v.name, { right: sum.right + r.right, wrong: sum.wrong + r.wrong, unread: sum.unread + r.unread, seconds: sum.seconds + seconds })
    }
  }
  if (sources.length > 1) for (const [kind, r] of totals) line('合计 all', kind, r, r.seconds)
  if (record) {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
    const date = new Date().toISOString().slice(0, 10)
    recordScans([...totals].map(([kind, r]) => ({ kind, reports: sources.map((c) => c.id), right: r.right, wrong: r.wrong, unread: r.unread, engine: ENGINE_VERSION, commit, date })))
  }
  for (const [kind, counts] of causeCounts) {
    console.log(`未读原因 unread causes, ${kind}:`)
    for (const [cause, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${cause}`)
  }
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true })
}
