// A table-三 row label cut by a number (plain pdftotext of a PDF, stream order: a label wrapped
// around its row's first cell, 「要求行政机关 / 1 / 确认或重新出具…」) and found only in its piece
// after the number: read from its head, so that the number is its row's first cell, not the last of
// the row before; and its pieces around the cell prove no position (review rv26 F3, t3-stream-labels).
// Pure helper of requests-table.ts.
import type { LabelHit } from './requests-labels'

/** A line of a bare number (a cell in stream order). */
const NUMBER_LINE = /^[ \t\u3000]*\d+[ \t\u3000]*$/
/** A label's own numbering at its line's start: 「二、」「（五）」. */
const NUMBERED = /^[ \t\u3000]*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)])/
/** A line of words only (a piece of a wrapped label): no digit, two Chinese characters or more other than a cell's 无 or unit. */
const WORDS_LINE = /^[^\d\n]*(?:[\u4e00-\u9fff](?<![无件个条项次])[^\d\n]*){2}$/

/** The last line that is not blank before `end` (a line start): its start and text; null at the text's start. */
function lineBefore(text: string, end: number): { start: number; line: string } | null {
  for (let e = end - 1; e > 0; ) {
    const start = text.lastIndexOf('\n', e - 1) + 1
    const line = text.slice(start, e)
    if (line.trim() !== '') return { start, line }
    if (start === 0) return null
    e = start - 1
  }
  return null
}

/**
 * The head of `hit`'s label where the hit stands on a line after a bare number that itself follows a
 * line of words holding no found label (`hits`): the words are the label's head, the number its row's
 * first cell. Null elsewhere. (Blank lines between, as pdftotext prints between blocks, are passed over.)
 */
function headBeforeNumber(text: string, hit: LabelHit, hits: readonly LabelHit[]): [number, number] | null {
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1
  // A label's rest carries no numbering and no cell before it on its line (「4．…」「二、…」「（五）…」
  // start a label: the words and number before are another row's, e.g. a header's 「总计」 and a total).
  if (lineStart === 0 || /\d/.test(text.slice(lineStart, hit.start)) || NUMBERED.test(text.slice(lineStart, hit.end))) return null
  const cell = lineBefore(text, lineStart)
  if (!cell || !NUMBER_LINE.test(cell.line)) return null
  const head = lineBefore(text, cell.start)
  if (!head || !WORDS_LINE.test(head.line)) return null
  const end = head.start + head.line.length
  // A found label on the words line is another row's (its own cell after it), not this label's head.
  return hits.some((h) => h.end > head.start && h.start < end) ? null : [head.start, end]
}

/** The labels, each one cut by a number moved to its head; `cut`: those moved. */
export function withCutLabelHeads(text: string, hits: readonly LabelHit[]): { labels: LabelHit[]; cut: Set<LabelHit> } {
  const cut = new Set<LabelHit>()
  const labels = hits.map((h) => {
    const head = headBeforeNumber(text, h, hits)
    if (head === null) return h
    const moved = { ...h, start: head[0], end: head[1] }
    cut.add(moved)
    return moved
  })
  return { labels, cut }
}

// Numbers glued into words between a row's label and the run of cells given to it: a label whose
// row's cells overflow into its own words (OFD of glyphs placed one by one, cells too narrow:
// 「（二）部分公 开3（8 区4分 处0 理0的 ，1 只1计 这44」). The row's own cells are then those, not
// the run after them (another row's, whose label was not found): the run is not shown to be this
// label's, and only the table's sums may place it.
/** A label's own numbering (「1.」「2、」) is no cell. */
const ORDINAL = /\d+[.．、](?!\d)/g

/**
 * Whether two numbers or more stand in the words between the label ending at `labelEnd` and the run
 * starting at `runStart`, with no other found label (`hits`) between: a label waiting from further
 * back has other rows' cells before the run, not its own. (One number there is a label wrapped around
 * its row's first cell, in stream order: withCutLabelHeads above and the run's gap reading handle that one.)
 */
export function numbersAfterLabel(text: string, labelEnd: number, runStart: number, hits: readonly LabelHit[] = []): boolean {
  if (runStart <= labelEnd || hits.some((h) => h.start >= labelEnd && h.start < runStart)) return false
  return (text.slice(labelEnd, runStart).replace(ORDINAL, ' ').match(/\d+/g) ?? []).length >= 2
}

// Numbers amid the words of a label's own lines (an OFD or PDF of a narrow label column, a label
// wrapped over several lines with its row's numbers centred beside it, 「2.没有现 0 2 0 3 0 0 5成信息需
// / 要另行制 / 作」, or a rowspan group label printed on the same lines, 「（四）无1.本机关 0 0 131 … 132法提供
// 不掌握相 / 关政府信」): the key phrase is found only after them, so the run after the label is the
// next row's. The row's numbers stood on its label's lines; the run after the label is not shown to be
// its own (review hr33 W1/W3), and only the table's sums may place it.
/** A row label's own numbering: 「2.」「（四）」「三、」. */
const ROW_NUMBERING = /(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.])/g
/** On one line, words, then two numbers or dash cells or more, then words again. */
const NUMBERS_AMID_WORDS = /[\u4e00-\u9fff][^\S\n]*(?:(?:\d+|[/／—–－-])[^\S\n]+){1,}(?:\d+|[/／—–－-])[^\S\n]*[\u4e00-\u9fff]/

/**
 * Whether numbers stand amid words on the lines of the label found at `hit`, from its row's numbering
 * (after the found label before it, `hits`) up to the hit. False where no numbering is printed there.
 */
export function numbersAmidLabelLines(text: string, hit: LabelHit, hits: readonly LabelHit[]): boolean {
  const prevEnd = hits.reduce((e, h) => (h.end <= hit.start && h.end > e ? h.end : e), 0)
  const before = text.slice(prevEnd, hit.start)
  let from = -1
  for (const m of before.matchAll(ROW_NUMBERING)) from = m.index + m[0].length
  if (from < 0) return false
  return NUMBERS_AMID_WORDS.test(before.slice(from).replace(ROW_NUMBERING, ' '))
}
