// One table-三 cell holding numbers on two lines (two paragraphs in a DOCX cell, 「<br>」 in an HTML cell:
// 「39」 then 「10」, or 「3」 then 「9」 for 39). Those formats wrap a number by the layout alone, so a break in
// the text was typed: two numbers, or one broken by hand — the reader cannot tell which, so the gold is null
// (glued, 「9」「10」 was read 910, a wrong number: issue 10). Forced by tests/variants/stacked-cell.test.ts
// in the formats whose cells hold paragraphs (docx, html), not drawn in the suite.
import type { IRBlock, IRDoc } from './ir'
import type { Format } from './formats'
import type { VariantModel } from './model'
import { makeVariant, type Variant } from './variant'
import { seeded } from './rng'

/** Stands for the cell while the variant is laid out (found again in the printed document). */
const SENTINEL = 9876543

/**
 * The cell on two lines: the value's digits cut once, neither line starting with 0 (one number broken by
 * hand), or the value and another number under it (two numbers in the cell: 「9」「10」), half and half.
 */
export function stackedText(value: number, rand: () => number): string {
  if (rand() < 0.5) return `${value}\n${1 + Math.floor(rand() * 99)}`
  const s = String(value)
  const cuts = Array.from({ length: s.length - 1 }, (_, i) => i + 1).filter((k) => s[k] !== '0')
  const k = cuts[Math.floor(rand() * cuts.length)]!
  return `${s.slice(0, k)}\n${s.slice(k)}`
}

/**
 * The variant of `m` with one table-三 applicant cell (10 … 999, not 总计) printed on two lines, its gold
 * null; null where the model has no such cell.
 */
export function stackedCellVariant(m: VariantModel, seed: number, format: Format): Variant | null {
  const rand = seeded(seed * 71 + 5)
  const spots = m.requests.flatMap(([k, cells], r) => cells.slice(0, 6).flatMap((v, c) => (v !== null && v >= 10 && v <= 999 ? [[r, c, v, k] as const] : [])))
  if (!spots.length) return null
  const [row, col, value] = spots[Math.floor(rand() * spots.length)]!
  const at = (v: number | null) => m.requests.map(([k, cells], r): (typeof m.requests)[number] => [k, r === row ? cells.map((x, c) => (c === col ? v : x)) : cells])
  const v = makeVariant({ ...m, requests: at(SENTINEL) }, seed, format)
  let found = 0
  const text = stackedText(value, rand)
  const doc: IRDoc = v.doc.map((b): IRBlock => {
    if (b.kind !== 'table') return b
    const rows = b.rows.map((r) => r.map((x) => (x.text.replace(/[,，\s]/g, '') === String(SENTINEL) ? (found++, { ...x, text }) : x)))
    return { ...b, rows }
  })
  // The stand-in must be printed once, as the cell (not in prose, not twice).
  if (found !== 1 || JSON.stringify(doc).replace(/[,，\s]/g, '').includes(String(SENTINEL))) return null
  return { ...v, id: `${v.id}+stacked`, model: { ...m, requests: at(null) }, doc, tags: [...v.tags, 'stacked-cell'] }
}
