// Table 三 too wide for the page, printed as two tables one after the other (issue 10): the first
// holds the row labels and the first columns (自然人, the first 法人 columns), a line 「（续上表）」 or
// 「续表」 or nothing follows, then a second table repeats the row labels and holds the remaining
// columns up to 总计. Read apart, every row has too few cells and is left unread. The two are joined
// into one table only where the labels prove it: both parts' rows carry the same template row labels
// in the same order, row by row, and the column headings of the two parts together are the template's
// seven columns in order; or, where the second part prints row numbers instead of labels, where the
// numbers and the row totals prove it (side-split-numbers.ts). The joined rows then go through the
// normal reading and its proofs. A first part followed by its rest and not joined is said
// (sideSplitOutcome's unproven): table 三 is then left unread with a note.
import type { Block, TableBlock, TableCell } from '../model/document'
import { REQUEST_COLUMN_LABELS } from '../model/template-labels'
import { joinedByRowNumbers } from './side-split-numbers'
import { asPart, clean, CONTINUED, firstColumnsOnly, holdsRest, inTemplateOrder } from './side-split-parts'
import { partsApart } from './side-split-apart'
import { joinTextSideSplit } from './side-split-text'

/** The two parts as one table, where the labels and headings prove the join; else null. */
export function joinedSideSplit(first: TableBlock, second: TableBlock): TableBlock | null {
  if (first.rowScans || second.rowScans) return null
  const [a, b] = [asPart(first), asPart(second)]
  if (!a || !b || a.width + b.width !== REQUEST_COLUMN_LABELS.length) return null
  if (a.body.length !== b.body.length || a.labels.some((l, i) => l !== b.labels[i])) return null
  if (!inTemplateOrder(a.labels)) return null
  if ([...a.headings, ...b.headings].join('|') !== REQUEST_COLUMN_LABELS.join('|')) return null
  // A row with counts in one part has them in the other.
  if (a.counts.some((n, i) => (n > 0) !== (b.counts[i]! > 0))) return null
  const headerRow: TableCell[] = [{ text: '', ...(a.labelWidth > 1 ? { colSpan: a.labelWidth } : {}) }, ...[...a.headings, ...b.headings].map((text) => ({ text }))]
  const rows = [headerRow, ...a.body.map((row, i) => (a.counts[i]! > 0 ? [...row, ...b.body[i]!.slice(-b.width)] : row))]
  const pages = first.rowPages
  return { kind: 'table', rows, loc: first.loc, ...(pages ? { rowPages: [pages[0]!, ...pages.slice(a.header.length)] } : {}) }
}

/** How a document's side-split tables 三 were met: joined by labels or by row numbers, or met and not joined. */
export interface SideSplitOutcome {
  blocks: Block[]
  joined: ('labels' | 'numbers')[]
  /** A first part (the template's first columns only) followed by the rest, and no join proven. */
  unproven: boolean
  /** The parts were met in text lines, not tables (side-split-text.ts). */
  inText: boolean
}

export function sideSplitOutcome(given: Block[]): SideSplitOutcome {
  const blocks = partsApart(given)
  const out: Block[] = []
  const joined: SideSplitOutcome['joined'] = []
  let unproven = false
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    if (b.kind !== 'table') {
      out.push(b)
      continue
    }
    const between = blocks[i + 1]?.kind === 'paragraph' && CONTINUED.test(clean((blocks[i + 1] as { text: string }).text)) ? 1 : 0
    const next = blocks[i + 1 + between]
    const byLabels = next?.kind === 'table' ? joinedSideSplit(b, next) : null
    const byNumbers = next?.kind === 'table' && !byLabels ? joinedByRowNumbers(b, next) : null
    const one = byLabels ?? byNumbers
    if (!one) {
      // A first part with its rest after it, not joined: read alone, a text table's blank label cells would pass for data cells.
      const k = next?.kind === 'table' ? firstColumnsOnly(b) : 0
      if (k && holdsRest(next as TableBlock, k)) unproven = true
      out.push(b)
      continue
    }
    joined.push(byLabels ? 'labels' : 'numbers')
    out.push(one)
    i += 1 + between
  }
  if (joined.length || unproven) return { blocks: out, joined, unproven, inText: false }
  // Not met as tables: the parts may stand in text lines.
  const text = joinTextSideSplit(out)
  return { blocks: text.blocks, joined: text.joined ? [text.joined] : [], unproven: text.unproven, inText: text.joined !== null || text.unproven }
}

/** The blocks with each side-split table 三 joined into one table (the line between them dropped). */
export function joinSideSplitTables(blocks: Block[]): Block[] {
  return sideSplitOutcome(blocks).blocks
}
