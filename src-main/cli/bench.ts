// npm run bench -- [FOLDER]   (default ../shared/corpus)
// Reads every PDF, OFD, DOCX, DOC/WPS, HTML and TXT under the folder and prints, per format, files/second,
// median and worst ms per file and peak memory (RSS); for PDFs also poppler's pdftotext on the same
// files and the ratio; and the time for a 100-report folder (the PDFs repeated to 100), read one after
// another in this thread. The app's own path (worker pool) is measured by bench-import.ts. Figures only.
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { readFile } from '../readers/index'
import { extensionOf } from '../readers/sniff'

const FORMATS: Record<string, string[]> = { pdf: ['.pdf'], ofd: ['.ofd'], docx: ['.docx'], doc: ['.doc', '.wps'], html: ['.html', '.htm', '.mhtml', '.mht'], txt: ['.txt', '.md'] }

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue
    const p = join(dir, name)
    if (statSync(p).isDirectory()) walk(p, out)
    else out.push(p)
  }
  return out
}

// Peak RSS of the whole process (worker threads included), per phase.
let peakRss = 0
const sampleRss = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
}
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`
function phasePeak(): string {
  sampleRss()
  const p = mb(peakRss)
  peakRss = process.memoryUsage().rss
  return p
}

function stats(ms: number[]): { median: number; worst: number; total: number } {
  const s = [...ms].sort((a, b) => a - b)
  return { median: s[Math.floor(s.length / 2)] ?? 0, worst: s[s.length - 1] ?? 0, total: s.reduce((a, b) => a + b, 0) }
}

async function timeReads(files: string[]): Promise<{ ms: number[]; failed: number }> {
  const ms: number[] = []
  let failed = 0
  for (const f of files) {
    const t0 = performance.now()
    const r = await readFile(f, { requireReport: false })
    ms.push(performance.now() - t0)
    if (!r.ok) failed++
    sampleRss()
  }
  return { ms, failed }
}

function pdftotextMs(files: string[]): number[] | null {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
  } catch {
    return null
  }
  return files.map((f) => {
    const t0 = performance.now()
    execFileSync('pdftotext', ['-layout', f, '-'], { stdio: ['ignore', 'ignore', 'ignore'] })
    return performance.now() - t0
  })
}

async function main(): Promise<void> {
  const folder = resolve(process.argv[2] ?? '../shared/corpus')
  const all = walk(folder)
  const timer = setInterval(sampleRss, 20)
  // Warm-up: load pdf.js and its worker module once, outside the figures.
  const firstPdf = all.find((f) => extensionOf(f) === '.pdf')
  if (firstPdf) await readFile(firstPdf, { requireReport: false })
  console.log(`bench: ${folder}`)
  console.log('format  files  files/s  median ms  worst ms  failed')
  for (const [fmt, exts] of Object.entries(FORMATS)) {
    const files = all.filter((f) => exts.includes(extensionOf(f)))
    if (files.length === 0) continue
    const { ms, failed } = await timeReads(files)
    const s = stats(ms)
    console.log(`${fmt.padEnd(6)}  ${String(files.length).padStart(5)}  ${(files.length / (s.total / 1000)).toFixed(1).padStart(7)}  ${s.median.toFixed(1).padStart(9)}  ${s.worst.toFixed(1).padStart(8)}  ${failed}   peak RSS ${phasePeak()}`)
    if (fmt === 'pdf') {
      const pt = pdftotextMs(files)
      if (pt) {
        const p = stats(pt)
        console.log(`        pdftotext -layout: median ${p.median.toFixed(1)} ms, worst ${p.worst.toFixed(1)} ms; ours/pdftotext median ratio ${(s.median / p.median).toFixed(1)}×`)
      } else console.log('        pdftotext not installed (apt-get install poppler-utils): no comparison')
    }
  }
  const pdfs = all.filter((f) => extensionOf(f) === '.pdf')
  if (pdfs.length) {
    const hundred = Array.from({ length: 100 }, (_, i) => pdfs[i % pdfs.length]!)
    const t0 = performance.now()
    await timeReads(hundred)
    console.log(`100 PDF reports (corpus PDFs repeated), one after another in this thread: ${((performance.now() - t0) / 1000).toFixed(1)} s, peak RSS ${phasePeak()}`)
  }
  clearInterval(timer)
}

void main()
