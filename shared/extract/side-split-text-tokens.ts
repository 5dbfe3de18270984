// A text document's lines as the fields a table's cells became (side-split-text.ts reads a table 三
// printed as two tables side by side out of them): a line's fields are parted by tabs or by two spaces
// or more (pdftotext -layout); a line without such gaps is one field (a cell per line). A field is a
// count (digits, a dash or 0 mark for zero, 无) or words. Runs of counts stand between runs of words.
import type { Block } from '../model/document'
import { toHalfWidthDigits } from './numbers-cn'
import { clean } from './side-split-parts'

export interface Field {
  /** The paragraph block the field is in. */
  block: number
  text: string
  count: boolean
  /** The field begins its line. */
  lineStart: boolean
  /** The field ends its line. */
  lineEnd: boolean
  /** Where the field begins in its line (pdftotext -layout: its column, a wrapped heading's pieces one under another). */
  at: number
}

/** A count: digits (grouped by thousands or not), a dash or a zero mark, 无; a unit may follow. */
const COUNT = /^(?:\d{1,3}(?:[,，]\d{3})+|\d+|[—–－―\-/／]{1,2}|[〇○零]|无)[件个条项次]?$/

/** A line's fields and where each begins in the line. */
function lineFields(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = []
  const gap = /\t|[ \u3000\u00a0]{2,}/g
  let from = 0
  for (const m of [...text.matchAll(gap), null]) {
    const to = m ? m.index! : text.length
    const raw = text.slice(from, to)
    const lead = raw.length - raw.replace(/^[\s\u3000]+/, '').length
    const t = raw.trim().replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
    if (t !== '') out.push({ text: t, at: from + lead })
    if (m) from = m.index! + m[0].length
  }
  return out
}

export const isCount = (text: string): boolean => COUNT.test(toHalfWidthDigits(clean(text)).replace(/\s/g, ''))

/** The paragraph blocks' fields, in order; a table block is no text line (its fields are not taken). */
export function textFields(blocks: Block[]): Field[] {
  const out: Field[] = []
  blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph') return
    const fs = lineFields(b.text)
    fs.forEach(({ text, at }, j) => out.push({ block: i, text, at, count: isCount(text), lineStart: j === 0, lineEnd: j === fs.length - 1 }))
  })
  return out
}

/** Words between counts, then the counts after them (fields are given by their index). */
export interface Segment {
  words: number[]
  counts: number[]
}

/** The fields as segments: each run of word fields with the run of counts that follows it. */
export function segments(fields: Field[]): Segment[] {
  const out: Segment[] = []
  let cur: Segment = { words: [], counts: [] }
  fields.forEach((f, i) => {
    if (!f.count && cur.counts.length) {
      out.push(cur)
      cur = { words: [], counts: [] }
    }
    ;(f.count ? cur.counts : cur.words).push(i)
  })
  if (cur.words.length || cur.counts.length) out.push(cur)
  return out
}

/**
 * Words a table 三's column headings are made of (the data columns, the spanning ones, 项目 over the
 * labels, 序号; 小计 and 合计, so that a header holding them is taken whole and its 总计 seen).
 */
const HEADING_WORDS = ['申请人情况', '项目', '小计', '合计', '法人或其他组织', '社会公益组织', '法律服务机构', '商业企业', '科研机构', '自然人', '序号', '总计', '其他']

const HEADING_CHARS = new Set(HEADING_WORDS.join('') + '它')

/** Whether a field's characters all come from the headings' words (white space aside). */
export const headingCharsOnly = (text: string): boolean => [...clean(text).replace(/[\s\u3000]/g, '')].every((ch) => HEADING_CHARS.has(ch))

/**
 * Heading fields' words run together, a column at a time: a field that begins where one on a line above
 * does continues it (a heading wrapped in a narrow column, a sub-heading under its heading), else it
 * begins a column of its own after the others. Fields one per line (all at 0) run together in order.
 */
export function stackedText(fields: Field[]): string {
  const cols: { at: number; text: string }[] = []
  for (const f of fields) {
    const col = cols.find((c) => c.at === f.at)
    if (col) col.text += f.text
    else cols.push({ at: f.at, text: f.text })
  }
  return cols.map((c) => c.text).join('')
}

/** The headings a text (fields' words run together) is made of, in order; null where it is not made of headings alone. */
export function headingWords(text: string): string[] | null {
  const t = clean(text).replace(/[\s\u3000]/g, '').replace(/其它/g, '其他')
  const out: string[] = []
  let i = 0
  while (i < t.length) {
    const w = HEADING_WORDS.find((h) => t.startsWith(h, i))
    if (!w) return null
    out.push(w)
    i += w.length
  }
  return out.length ? out : null
}

/** A run of heading fields in a segment's words: where it starts and ends (indices into `words`) and its headings. */
export interface Stretch {
  from: number
  to: number
  heads: string[]
}

/** Where a text table 三 split sideways stands: the first part's header (segment `h`), the rest's (segment `s`). */
export interface TextSplit {
  h: number
  s: number
  head1: Stretch
  head2: Stretch
  /** Data columns in the first part. */
  k: number
  numbered: boolean
}


/** The fields' words run together, white space aside (to compare two parts' labels). */
export const wordsText = (fields: Field[], at: number[]): string => at.map((i) => clean(fields[i]!.text).replace(/[\s\u3000]/g, '')).join('')
