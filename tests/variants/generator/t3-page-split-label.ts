// Rule: table 三 over pages in pdftotext plain text of a LibreOffice PDF (review rv13 round 3): each
// page prints its rows' labels first, then their numbers; a row cut by a page break has its label's
// head and its numbers on the earlier page and the rest of its label on the top of the next page
// (「3.危」 … its numbers | page break | 「及“三安全一稳定”」 4.保护… … their numbers). The tail of a cut
// label can be found as the row's label on the next page, whose numbers then are one row fewer than
// the labels found there — and a label cut at that page's end is not found: counts agree, rows shift.
// Pages of 5–9 rows (drawn from the seed). Applied in the text-plain shape only; forced by
// tests/variants/t3-page-split-label.test.ts, not drawn. The gold stays as it is.
import type { IRBlock, IRCell, IRDoc } from './ir'
import { para } from './ir'
import { seeded } from './rng'

type Table = Extract<IRBlock, { kind: 'table' }>

const labelOf = (r: IRCell[]): string => r.filter((c) => !c.num && c.text.trim() !== '').map((c) => c.text.replace(/\n/g, '')).join('')

/** The doc with table 三's body printed page by page, labels before numbers, labels cut at page ends. */
export function applyPageSplitLabel(doc: IRDoc, seed: number): IRDoc {
  const at = doc.findIndex((b) => b.kind === 'table' && b.part === 'requests')
  if (at < 0) return doc
  const parts = doc.filter((b): b is Table => b.kind === 'table' && b.part === 'requests')
  const rows = parts.flatMap((t) => t.rows)
  const first = rows.findIndex((r) => r.some((c) => c.num))
  if (first < 0) return doc
  const head = rows.slice(0, first)
  const body = rows.slice(first).filter((r) => r.some((c) => c.num))
  const rand = seeded(seed * 613 + 29)
  const lines: IRBlock[] = []
  let tail = ''
  for (let i = 0; i < body.length; ) {
    const n = Math.min(body.length - i, 5 + Math.floor(rand() * 5))
    const page = body.slice(i, i + n)
    i += n
    const labels = page.map(labelOf)
    // The page's last row is cut (not on the table's last page): its label's head here, the rest on the next page.
    const cut = i < body.length ? Math.max(2, Math.floor(labels[labels.length - 1]!.length / 3)) : 0
    const shown = labels.map((l, k) => (k === labels.length - 1 && cut ? l.slice(0, cut) : l))
    lines.push(...(tail ? [para(tail)] : []), ...shown.map((l) => para(l)), ...page.flatMap((r) => r.filter((c) => c.num && c.text !== '').map((c) => para(c.text))))
    tail = cut ? labels[labels.length - 1]!.slice(cut) : ''
    if (i < body.length) lines.push({ kind: 'page', footer: null, header: null })
  }
  const rest = doc.filter((b, k) => k > at && !(b.kind === 'table' && b.part === 'requests'))
  // Page breaks the layout put between the table's parts go: this rule sets its own.
  const before = doc.slice(0, at)
  const after = rest.filter((b, k) => !(k === 0 && b.kind === 'page'))
  return [...before, { ...parts[0]!, rows: head }, ...lines, ...after]
}

export function pageSplitLabelRuleTags(on: boolean | undefined): string[] {
  return on ? ['t3:page-split-label'] : []
}
