// Where each row of a table read by OCR sits on its page picture, so that the report view can show
// the scan beside the numbers read from it. A row is matched to a line of boxes (boxes clustered by
// their middle) by the cells' own texts: the line holding most of them, below the previous row's.
// Only a clear match is kept; a row not found has no area (the view then shows no crop).
import type { Block, ScanArea } from '../../../shared/model/document'
import type { OcrBox, OcrPage } from './ocr-page'
import { tidyReading } from './ocr-text'

interface Line {
  mid: number
  boxes: { box: OcrBox; text: string }[]
}

const squeeze = (t: string): string => t.replace(/\s+/g, '')
const CJK = /[\u4e00-\u9fff]/

/** Boxes of one page grouped into lines by their vertical middle. */
export function pageLines(page: OcrPage): Line[] {
  const items = page.boxes
    .map((box) => ({ box, text: squeeze(tidyReading(box.text, box.confidence).text) }))
    .filter((b) => b.text !== '')
    .sort((a, b) => a.box.y + a.box.h / 2 - (b.box.y + b.box.h / 2))
  const heights = items.map((b) => b.box.h).sort((a, b) => a - b)
  const tol = (heights[Math.floor(heights.length / 2)] ?? 10) * 0.5
  const lines: Line[] = []
  for (const it of items) {
    const mid = it.box.y + it.box.h / 2
    const last = lines[lines.length - 1]
    if (last && mid - last.mid <= tol) {
      last.boxes.push(it)
      last.mid = last.boxes.reduce((s, b) => s + b.box.y + b.box.h / 2, 0) / last.boxes.length
    } else lines.push({ mid, boxes: [it] })
  }
  return lines
}

/** How many of the row's cell texts the line holds (a word cell may be cut into several boxes). */
function score(tokens: string[], line: Line): { hits: number; words: number } {
  const free = [...line.boxes]
  let hits = 0, words = 0
  for (const t of tokens) {
    const k = free.findIndex((b) => b.text === t || (CJK.test(t) && b.text.length >= 2 && (t.includes(b.text) || b.text.includes(t))))
    if (k < 0) continue
    hits++
    if (CJK.test(t)) words++
    free.splice(k, 1)
  }
  return { hits, words }
}

function areaOf(line: Line, page: OcrPage): ScanArea {
  const x0 = Math.min(...line.boxes.map((b) => b.box.x)), x1 = Math.max(...line.boxes.map((b) => b.box.x + b.box.w))
  const y0 = Math.min(...line.boxes.map((b) => b.box.y)), y1 = Math.max(...line.boxes.map((b) => b.box.y + b.box.h))
  return { page: page.page, x: x0, y: y0, w: x1 - x0, h: y1 - y0, skew: page.skew }
}

/** Sets `rowScans` on every table block whose rows were read from the given pages. */
export function attachRowAreas(blocks: Block[], pages: OcrPage[]): void {
  const linesOf = new Map<number, Line[]>()
  const byNumber = new Map(pages.map((p) => [p.page, p]))
  for (const b of blocks) {
    if (b.kind !== 'table') continue
    let after = -Infinity
    let lastPage = -1
    b.rowScans = b.rows.map((row, r) => {
      const page = byNumber.get(b.rowPages?.[r] ?? b.loc.page ?? -1)
      if (!page) return null
      if (page.page !== lastPage) (after = -Infinity), (lastPage = page.page)
      if (!linesOf.has(page.page)) linesOf.set(page.page, pageLines(page))
      const tokens = row.filter((c) => (c.rowSpan ?? 1) <= 1).map((c) => squeeze(c.text)).filter((t) => t !== '')
      if (tokens.length === 0) return null
      let best: { line: Line; hits: number; words: number } | null = null
      for (const line of linesOf.get(page.page)!) {
        if (line.mid <= after) continue
        const s = score(tokens, line)
        if (!best || s.hits > best.hits) best = { line, ...s }
      }
      // A clear match: most of the row's cells, and either a word of its label or three numbers.
      if (!best || best.hits < Math.ceil(tokens.length * 0.5) || (best.words === 0 && best.hits < 3)) return null
      after = best.line.mid
      return areaOf(best.line, page)
    })
  }
}
