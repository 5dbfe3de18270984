// Proves the join of a table 三 split sideways in text lines (side-split-text.ts finds the split): the
// first part's rows each end in k counts. Where the rest repeats the row labels, the words between its
// rows' counts are the first part's, row by row, and it has as many rows, each with the other 7 − k
// counts. Where it prints row numbers, its counts come in rows of a number and 7 − k counts, the
// numbers running 1…n with n the first part's rows. Either way every joined row's seven counts add up
// to its 总计 (side-split-numbers.ts rowTotalsHold). Else null: the parts stay apart.
import { REQUEST_COLUMN_LABELS } from '../model/template-labels'
import { toHalfWidthDigits } from './numbers-cn'
import { rowTotalsHold } from './side-split-numbers'
import { clean, CONTINUED } from './side-split-parts'
import type { Field, Segment, TextSplit } from './side-split-text-tokens'

export interface TextJoin {
  how: 'labels' | 'numbers'
  /** Fields left out of the joined text (the rest's header, labels, counts; 「续表」). */
  drop: Set<number>
  /** Fields put after a field, on its line (or on lines of their own after it where it is alone on its line). */
  after: Map<number, string[]>
}

/** Words of a caption that make the rest another table's: a year, last year's, another body's or a sum of bodies. */
const ANOTHER_TABLE = /\d{4}|上年|去年|上一年|往年|同期|汇总|全市|全县|全区|全省|本级|市级|县级|合计表|对比/

/** A table 三 has 18–27 rows with counts (fewer where rows are blank): a first part with fewer than this is none. */
const MIN_ROWS = 10

const norm = (t: string): string => toHalfWidthDigits(clean(t)).replace(/[\s\u3000]/g, '')

export function proveTextJoin(fields: Field[], segs: Segment[], split: TextSplit): TextJoin | null {
  const { h, s, head1, head2, k, numbered } = split
  const text = (i: number): string => fields[i]!.text
  const same = (a: number[], b: number[]): boolean => a.length === b.length && a.every((x, i) => norm(text(x)) === norm(text(b[i]!)))
  const n = s - h
  if (n < MIN_ROWS) return null
  const first = segs.slice(h, s).map((g) => g.counts)
  if (first.some((r) => r.length !== k)) return null
  const w2 = segs[s]!.words
  const drop = new Set<number>()
  // Between the parts: the first part's last label's end (a label wrapped below its counts), then 「续表」 alone on its line, or nothing.
  let tailEnd = head2.from
  const between = tailEnd > 0 ? fields[w2[tailEnd - 1]!]! : null
  if (between && CONTINUED.test(clean(between.text)) && between.lineStart && between.lineEnd) drop.add(w2[--tailEnd]!)
  // A caption over the rest naming a year or another table (「2022年度」「上年同期」「全市汇总（续）」): the rest
  // may be another table's, whose row totals hold as well as this one's (review rv16b: last year's rest
  // joined to this year's first part, 100 cells wrong). Not joined.
  if (w2.slice(0, tailEnd).some((x) => ANOTHER_TABLE.test(norm(text(x))))) return null
  for (let i = head2.from; i < head2.to; i++) drop.add(w2[i]!)
  const rest: string[][] = []
  if (numbered) {
    // Nothing but the header before the numbered rows, and they are one run of counts: number, 7 − k counts, number …
    if (head2.to !== w2.length) return null
    const run = segs[s]!.counts
    const w = REQUEST_COLUMN_LABELS.length + 1 - k
    if (run.length !== n * w) return null
    for (let i = 0; i < n; i++) {
      if (norm(text(run[i * w]!)) !== String(i + 1)) return null
      rest.push(run.slice(i * w + 1, (i + 1) * w).map(text))
    }
    run.forEach((x) => drop.add(x))
  } else {
    // The first row's label (its words after the header) the same in both parts, then every row's words between counts.
    const lead1 = segs[h]!.words.slice(head1.to)
    const lead2 = w2.slice(head2.to)
    if (!lead1.length || !same(lead1, lead2) || s + n > segs.length) return null
    lead2.forEach((x) => drop.add(x))
    for (let i = 0; i < n; i++) {
      const g = segs[s + i]!
      if (i > 0 && !same(g.words, segs[h + i]!.words)) return null
      if (g.counts.length !== REQUEST_COLUMN_LABELS.length - k) return null
      rest.push(g.counts.map(text))
      g.counts.forEach((x) => drop.add(x))
      if (i > 0) g.words.forEach((x) => drop.add(x))
    }
    // The rest's last label ends below its counts as the first part's does (the words both parts end in): printed once.
    // What stands between that end and the rest's header (「续表」, a caption over the rest) is left out.
    const next = segs[s + n]?.words ?? []
    let end = 0
    while (end < tailEnd && end < next.length && norm(text(w2[end]!)) === norm(text(next[end]!))) end++
    next.slice(0, end).forEach((x) => drop.add(x))
    w2.slice(end, tailEnd).forEach((x) => drop.add(x))
  }
  const rows = first.map((r, i) => [...r.map(text), ...rest[i]!].map((t) => ({ text: t })))
  if (!rowTotalsHold(rows)) return null
  const after = new Map<number, string[]>()
  first.forEach((r, i) => after.set(r[r.length - 1]!, rest[i]!))
  // The first part's header names the rest's columns too.
  after.set(segs[h]!.words[head1.to - 1]!, REQUEST_COLUMN_LABELS.slice(k))
  return { how: numbered ? 'numbers' : 'labels', drop, after }
}
