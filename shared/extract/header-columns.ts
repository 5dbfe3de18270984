// Which printed column is which, from the header's own words. A header states each column's label;
// a table whose columns stand in another order than the template's (科研机构 before 商业企业, 总计
// first, …) is read by those labels where they give one complete mapping. Where the labels found
// contradict the template's order but do not give a complete mapping, the columns are a guess: the
// table stays unread with a note naming them. Where the header says nothing against the template's
// order, the template's order stands (the table's sums check it as before).

/** A column heading: its template column, and the words it is printed with (whole or its first piece). */
export interface HeadingWord {
  column: number
  name: string
  re: RegExp
}

/** Where each heading word stands: line and place in the line. */
export interface HeadingHit {
  column: number
  line: number
  at: number
}

export type ColumnMap =
  /** Template order (the header's labels say so, or say nothing against it). */
  | { kind: 'template' }
  /** printed[i] = the template column of the i-th printed column, from the header's labels. */
  | { kind: 'labels'; printed: number[] }
  /** The header's labels contradict the template's order but give no complete mapping. */
  | {
      kind: 'refused'
      message: string
      totalLast?: boolean
      /** The printed orders the header still leaves open (each as `printed` above), where it narrows them to a few. */
      readings?: number[][]
    }

/** The template's note in table 三's header; PDF text may print heading pieces inside it. */
const TEMPLATE_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'

/**
 * The line without the template's note, where the line holds all of it in order (other text may
 * stand between its characters: a PDF header's wrapped headings printed into the note's line).
 */
export function withoutTemplateNote(line: string, note = TEMPLATE_NOTE): string {
  const from = line.indexOf(note.slice(0, 4))
  if (from < 0) return line
  let j = 0
  let kept = line.slice(0, from)
  for (const ch of line.slice(from)) {
    if (j < note.length && ch === note[j]) j++
    else kept += ch
  }
  return j === note.length ? kept : line
}
/** The header's bracketed notes (本列数据的勾稽关系为：…) are left out before a line is judged. */
const withoutNotes = (line: string): string => line.replace(/（[^）]*）|\([^)]*\)/g, '')

/**
 * The heading words of the header, line by line. Only the part of a line after its last sentence
 * mark or number counts (prose before the table, rows of the table before, a section 二 cell are
 * no header). `mask` blanks out words that hold a heading word without being one (法人或其他组织
 * holds 其他).
 */
export function headingHits(header: string, words: readonly HeadingWord[], mask?: RegExp): HeadingHit[] {
  const hits: HeadingHit[] = []
  // The note may be wrapped over two lines of the header (pdftotext -layout of a narrow header cell):
  // taken out across lines first, newlines kept.
  withoutTemplateNote(header).split('\n').forEach((raw, line) => {
    let text = withoutNotes(raw)
    // Only what follows the line's last sentence mark or number can be header: a crawled page runs
    // the text before the table, the headings and the rows into one line.
    const cut = Math.max(...[...text.matchAll(/[，。；,;\d]/g)].map((m) => m.index + 1), 0)
    text = text.slice(cut)
    if (mask) text = text.replace(mask, (m) => '#'.repeat(m.length))
    const taken: [number, number][] = []
    for (const w of words) {
      const re = new RegExp(w.re.source, 'g')
      for (const m of text.matchAll(re)) {
        const s = m.index
        const e = s + m[0].length
        if (taken.some(([a, b]) => s < b && e > a)) continue
        taken.push([s, e])
        hits.push({ column: w.column, line, at: cut + s })
      }
    }
  })
  return hits.sort((a, b) => a.line - b.line || a.at - b.at)
}

/** The hits' columns, each once, in reading order; null where a column is printed twice. */
export function onceEach(hits: readonly HeadingHit[]): number[] | null {
  const cols = hits.map((h) => h.column)
  return new Set(cols).size === cols.length ? cols : null
}

/** True when `seq` (template columns) stands in the template's order. */
export const ascending = (seq: readonly number[]): boolean => seq.every((c, i) => i === 0 || seq[i - 1]! < c)

/** The map a complete printed order gives: the template's, or by labels. */
export function mapOf(printed: readonly number[]): ColumnMap {
  return ascending(printed) ? { kind: 'template' } : { kind: 'labels', printed: [...printed] }
}

/** A row printed in `printed` order, in the template's order. */
export function toTemplate<T>(row: readonly T[], printed: readonly number[], empty: T): T[] {
  const out: T[] = Array.from({ length: Math.max(row.length, printed.length) }, (_, i) => (i < printed.length ? empty : row[i]!))
  printed.forEach((col, i) => {
    out[col] = i < row.length ? row[i]! : empty
  })
  return out
}

/** The names of the columns, in the order printed. */
export const printedNames = (cols: readonly number[], words: readonly HeadingWord[]): string =>
  cols.map((c) => `「${words.find((w) => w.column === c)!.name}」`).join('')
