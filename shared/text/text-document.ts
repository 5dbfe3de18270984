// Plain text → document: one paragraph block per non-empty line, with its line number and the
// page it is on (from page markers such as `— 3 —`, `- 3 -`, `第 3 页`, which are dropped).
import type { Block, SourceDocument, SourceFormat, TableCell } from '../model/document'
import { gridTablesAsPipeRows } from './grid-table'

/** A markdown-style table row from a PDF converter: `| a | b |  |`. */
const PIPE_ROW = /^\s*\|.*\|\s*$/
/** Its separator line: `|---|---|`. */
const PIPE_RULE = /^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/

function pipeCells(line: string): TableCell[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => ({ text: c.trim() }))
}

/** A line that is only a page number marker. */
const PAGE_MARKER = /^\s*(?:[—–\-－―]+\s*(\d{1,3})\s*[—–\-－―]+|第\s*(\d{1,3})\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|(\d{1,3})\s*\/\s*\d{1,3})\s*$/

export function pageMarkerNumber(line: string): number | null {
  const m = PAGE_MARKER.exec(line)
  if (!m) return null
  return Number(m[1] ?? m[2] ?? m[3])
}

export function textToDocument(text: string, fileName: string, format: SourceFormat = 'text'): SourceDocument {
  // Grid tables (+---+ rules, cells wrapped over lines) become one pipe row per table row first.
  const lines = gridTablesAsPipeRows(text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/))
  const blocks: Block[] = []
  let page: number | undefined
  let sawMarker = false
  // Markers are headers when the first one comes before any content, else footers.
  let markersAreHeaders = false
  // A page marker already moved `page` since the last content line: a form feed that follows
  // (pdftotext puts one before the next page's first line) is the same page break, not another.
  let markerSinceContent = false
  /** A bare form-feed line since the last content line (the page moves at the next content line). */
  let feedSinceContent = false
  const markedPageStarts: number[] = []
  let lastLineWasTable = -2
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? ''
    const marker = pageMarkerNumber(raw)
    if (marker !== null) {
      // A footer marker says which page just ended (the next is marker + 1); a header names its own page.
      if (!sawMarker) markersAreHeaders = blocks.length === 0
      sawMarker = true
      page = markersAreHeaders ? marker : marker + 1
      markerSinceContent = true
      continue
    }
    if (raw.trim() === '') {
      // A form feed alone on its line (pdftotext's page break with nothing on top of the next page)
      // still starts a new page: the next line with content is on it.
      if (raw.includes('\f')) feedSinceContent = true
      continue
    }
    if ((raw.includes('\f') || feedSinceContent) && !markerSinceContent) page = (page ?? 1) + 1
    if (markerSinceContent && page !== undefined && blocks.length > 0) markedPageStarts.push(page)
    markerSinceContent = false
    feedSinceContent = false
    const loc = { block: blocks.length, line: i + 1, ...(sawMarker || page ? { page: page ?? 1 } : {}) }
    if (PIPE_RULE.test(raw)) {
      if (lastLineWasTable === i - 1) lastLineWasTable = i
      continue
    }
    if (PIPE_ROW.test(raw)) {
      // Consecutive `|` rows make one table; an empty cell stays empty (a blank, not a 0).
      const last = blocks[blocks.length - 1]
      if (last?.kind === 'table' && last.loc.line !== undefined && lastLineWasTable === i - 1) last.rows.push(pipeCells(raw))
      else blocks.push({ kind: 'table', rows: [pipeCells(raw)], loc })
      lastLineWasTable = i
      continue
    }
    blocks.push({ kind: 'paragraph', text: raw.replace(/\f/g, ''), loc })
  }
  return { fileName, format, blocks, ...(markedPageStarts.length > 0 ? { markedPageStarts } : {}) }
}
