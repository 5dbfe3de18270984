// Table 三 printed as two tables side by side (issue 10), met in text lines (pdftotext -layout and
// plain, crawled lines, tab text): the first part's header names 自然人 and the first k columns, its
// rows end in k counts; then 「续表」 or nothing, and the rest's header names the remaining columns up
// to 总计, its rows repeating the row labels or printing row numbers (序号) in their place. The rest's
// counts are put after the first part's, row by row, only where proven (side-split-text-proof.ts);
// the joined lines then go through the normal reading and its proofs. A split met and not proven is
// said (unproven): table 三 is then left unread with one note.
import type { Block } from '../model/document'
import { REQUEST_COLUMN_LABELS } from '../model/template-labels'
import { headingCharsOnly, headingWords, segments, stackedText, wordsText, textFields, type Field, type Segment, type Stretch, type TextSplit } from './side-split-text-tokens'
import { proveTextJoin, type TextJoin } from './side-split-text-proof'

/** A table 三's part has 18–27 rows: the first part's header is looked for no further back (bounds the search). */
const MAX_ROWS = 40
/** Fields a heading stretch may span (a two-level header, headings wrapped in narrow columns). */
const MAX_HEADING_FIELDS = 24

/** The longest run of heading fields starting at each line start in the words (not inside a longer one). */
function stretches(fields: Field[], words: number[]): Stretch[] {
  const out: Stretch[] = []
  for (let a = 0; a < words.length; a++) {
    if (!fields[words[a]!]!.lineStart) continue
    if (out.length && out[out.length - 1]!.to > a) continue
    let best: Stretch | null = null
    for (let b = a; b < Math.min(words.length, a + MAX_HEADING_FIELDS); b++) {
      // A field with a character no heading has ends the run (bounds the work on long text).
      if (!headingCharsOnly(fields[words[b]!]!.text)) break
      if (!fields[words[b]!]!.lineEnd) continue
      const heads = headingWords(stackedText(words.slice(a, b + 1).map((i) => fields[i]!)))
      if (heads) best = { from: a, to: b + 1, heads }
    }
    if (best) out.push(best)
  }
  return out
}

const dataHeads = (heads: string[]): string[] => heads.filter((h) => (REQUEST_COLUMN_LABELS as readonly string[]).includes(h))

/**
 * Whether a rest's headings are the columns after the first k, in the template's order but for 总计: a
 * two-level header prints it on the top line, before the organisations' headings below (where it
 * stands among the counts, the row totals prove: side-split-text-proof.ts).
 */
function restHeadings(data: string[], k: number): boolean {
  const want = REQUEST_COLUMN_LABELS.slice(k)
  const total = REQUEST_COLUMN_LABELS[REQUEST_COLUMN_LABELS.length - 1]!
  const noTotal = (xs: readonly string[]): string => xs.filter((x) => x !== total).join('|')
  return data.length === want.length && data.includes(total) && noTotal(data) === noTotal(want)
}

/** The first text split in the segments: a rest's header after a first part's, with the first part's rows between. */
function findSplit(fields: Field[], segs: Segment[]): TextSplit | null {
  for (let s = 1; s < segs.length; s++) {
    for (const head2 of stretches(fields, segs[s]!.words)) {
      const data2 = dataHeads(head2.heads)
      const k = REQUEST_COLUMN_LABELS.length - data2.length
      if (k < 1 || k > 6 || !restHeadings(data2, k)) continue
      // The first part's header: the nearest before, naming 自然人 and the first k columns (not 总计).
      for (let h = s - 1; h >= Math.max(0, s - MAX_ROWS); h--) {
        const head1 = stretches(fields, segs[h]!.words).find((x) => dataHeads(x.heads).join('|') === REQUEST_COLUMN_LABELS.slice(0, k).join('|'))
        if (!head1) continue
        // The rest's header stands over numbered rows (nothing after it but counts), or over the first part's first label again.
        const numbered = head2.heads.includes('序号')
        const after2 = segs[s]!.words.slice(head2.to)
        if (numbered ? after2.length > 0 : !after2.length || wordsText(fields, after2) !== wordsText(fields, segs[h]!.words.slice(head1.to))) break
        return { h, s, head1, head2, k, numbered }
      }
    }
  }
  return null
}

export interface TextSideSplit {
  blocks: Block[]
  joined: TextJoin['how'] | null
  /** A split met in the text and not joined. */
  unproven: boolean
}

/** The blocks with a table 三 split sideways in text lines joined where proven. */
export function joinTextSideSplit(blocks: Block[]): TextSideSplit {
  if (!blocks.some((b) => b.kind === 'paragraph')) return { blocks, joined: null, unproven: false }
  const fields = textFields(blocks)
  const segs = segments(fields)
  const split = findSplit(fields, segs)
  if (!split) return { blocks, joined: null, unproven: false }
  const join = proveTextJoin(fields, segs, split)
  if (!join) return { blocks, joined: null, unproven: true }
  const rebuilt = rebuild(blocks, fields, join)
  return rebuilt ? { blocks: rebuilt, joined: join.how, unproven: false } : { blocks, joined: null, unproven: true }
}

/** The blocks with the join's fields dropped and its fields put after others; null where a line would be cut. */
function rebuild(blocks: Block[], fields: Field[], join: TextJoin): Block[] | null {
  const byBlock = new Map<number, number[]>()
  fields.forEach((f, i) => {
    const own = byBlock.get(f.block)
    if (own) own.push(i)
    else byBlock.set(f.block, [i])
  })
  const out: Block[] = []
  for (const [bi, b] of blocks.entries()) {
    const own = byBlock.get(bi)
    if (b.kind !== 'paragraph' || !own) {
      out.push(b)
      continue
    }
    const dropped = own.filter((i) => join.drop.has(i)).length
    if (dropped === own.length) continue
    if (dropped) return null
    const last = own[own.length - 1]!
    if (own.some((i) => i !== last && join.after.has(i))) return null
    const more = join.after.get(last)
    if (!more) {
      out.push(b)
      continue
    }
    if (own.length === 1) {
      out.push(b, ...more.map((text) => ({ ...b, text })))
      continue
    }
    // The gap before the line's last field, once more before each field put after it.
    const gap = /(\t|[ \u3000\u00a0]{2,})(?:(?!\t|[ \u3000\u00a0]{2}).)*$/.exec(b.text.replace(/[\s\u3000]+$/, ''))?.[1] ?? '    '
    out.push({ ...b, text: [b.text.replace(/[\s\u3000]+$/, ''), ...more].join(gap) })
  }
  return out
}
