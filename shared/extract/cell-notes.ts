// Digits that stand in a table's text but are no cells: bracketed notes and footnote references (readCells leaves them out).

const OPEN = '（('
const CLOSE = '）)'
const MAX_NOTE = 160

/**
 * A number (or a dash cell) standing alone as a cell would: between separators and followed by
 * another cell, a `|` or the end, not by words (the "1 件" of a note such as "（甲局 1 件，乙局 1 件，丙局 1 件）").
 */
const BARE_NUMBER = /(?:^|[\s|])(?:\d+|[-－—–―/／]{1,3})(?=[\s|]*(?:[\d|\-－—–―/／]|$))/g

/**
 * A bracket holding cells is no note: it runs across cells (a table cell border, an empty cell) or
 * holds several bare numbers, as when a label's bracket wraps round a row's cells in PDF text.
 */
function holdsCells(inner: string): boolean {
  return /[\t\uE000]/.test(inner) || (inner.match(BARE_NUMBER)?.length ?? 0) >= 3
}

/**
 * A footnote reference printed right after a number: "120[2]", "120［2］", "120【2】", "120〔2〕",
 * "120[^2]" (Markdown), "120注2", "120 注2", also after the count's unit ("120件[2]", review rv24b U03: the
 * count was dropped as a count in a sentence and the mark's 2 read as the cell), and there "120件2)". It is no cell and no digit of the number (were it read,
 * the row would hold one number too many, or 120 would become 1202): the number is read alone and
 * the mark stays in the row's printed text (its provenance), like a bracketed note.
 */
const FOOTNOTE_REF = /(?<=\d[ \u3000]?(?:[件个条项次][ \u3000]?)?)(?:[[［【〔]\^?[ \u3000]?(?:注[ \u3000]?)?\d{1,2}[ \u3000]?[\]］】〕]|注[ \u3000]?\d{1,2}(?![\d.．,，])|(?<=\d[ \u3000]?[件个条项次][ \u3000]?)\d{1,2}[)）](?!\d))/g

/**
 * A footnote reference wrapped over lines in a narrow cell (pdftotext -layout): 「1（注」 at a line's end,
 * the row's other cells on the next line and 「2）」 alone on the line after. The open half ends its
 * line right after a number (that number, alone on its line, is left to the stray-number rules); the
 * close half is a line of its own, a number of one or two digits and a closing bracket, within a few
 * lines after an open half: no cell (were 「2）」 read, the row above it would take the note's number as
 * its last cell).
 */
const WRAPPED_REF_OPEN = /(?<=\d[ \u3000]?)[（(［[【〔][ \u3000]?注[ \u3000]*$/gm
const WRAPPED_REF_CLOSE = /^[ \u3000]*\d{1,2}[ \u3000]?[）)］\]】〕][ \u3000]*$/gm
/** How far (characters) after an open half its close half may stand: three lines of a wide table. */
const WRAPPED_REF_REACH = 900

/** Ranges [start, end) of footnote references after numbers (FOOTNOTE_REF, and wrapped ones' close halves). */
export function footnoteRefRanges(text: string): [number, number][] {
  // Most tables hold no bracket and no 注: one quick scan, not the look-behind at every character.
  if (!/[[［【〔注)）]/.test(text)) return []
  FOOTNOTE_REF.lastIndex = 0
  const out = [...text.matchAll(FOOTNOTE_REF)].map((m): [number, number] => [m.index, m.index + m[0].length])
  const opens = [...text.matchAll(WRAPPED_REF_OPEN)].map((m) => m.index)
  if (!opens.length) return out
  for (const m of text.matchAll(WRAPPED_REF_CLOSE)) {
    if (opens.some((o) => o < m.index && m.index - o <= WRAPPED_REF_REACH)) out.push([m.index, m.index + m[0].length])
  }
  return out
}

/** Ranges [start, end) of bracketed notes that contain no row label of their own. */
export function noteRanges(text: string): [number, number][] {
  const out: [number, number][] = []
  for (let i = 0; i < text.length; i++) {
    if (!OPEN.includes(text[i] ?? '')) continue
    let depth = 0
    for (let j = i; j < Math.min(text.length, i + MAX_NOTE); j++) {
      const ch = text[j] ?? ''
      if (OPEN.includes(ch)) depth++
      else if (CLOSE.includes(ch) && --depth === 0) {
        if (!holdsCells(text.slice(i + 1, j))) {
          out.push([i, j + 1])
          i = j
        }
        break
      }
    }
  }
  return out
}
