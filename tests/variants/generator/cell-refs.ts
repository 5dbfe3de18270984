// Footnote references printed after a number, as plain text in the cell (review s6 §2): "120[2]",
// "120［2］", "120【2】", "120注2", "120（注2）", Markdown's "120[^2]" — and, in the files that carry
// a font size (DOCX, and PDF printed from HTML), a mark that lost its raise: one or two digits set
// much smaller on the number's baseline (review s6 §5 F2, LibreOffice's "789" + a 7 pt "1"). The
// gold value is the number alone; a reader or cell parser that takes the mark for a digit (1202,
// 7891) or for a cell of its own (a row of 8 numbers) reads a wrong or a lost row.
// Drawn from a stream of its own, so every other choice of an existing variant stays as it was.
import type { Format } from './formats'
import type { IRCell, IRDoc } from './ir'
import { chance, pick, seeded } from './rng'

export const REF_STYLES = ['bracket', 'fw-bracket', 'lenticular', 'zhu', 'paren-zhu', 'md-caret', 'small-size'] as const
export type RefStyle = (typeof REF_STYLES)[number]

export interface CellRefRule {
  style: RefStyle
  /** How many plain numeric cells carry a reference (spread over all tables). */
  cells: number
}

/** Formats where text after a number stays in its cell: all but crawled text run together, where
 *  "120注2" then the next cells' digits cannot be told apart (only brackets are drawn there). */
const BRACKETS_ONLY: ReadonlySet<Format> = new Set(['crawled-run'])
/** Formats that print a font size (a mark set small without a raise). */
const SIZED: ReadonlySet<Format> = new Set(['docx', 'pdf'])

/** The rule for a variant, or undefined (most variants have none). `p`: how often it is drawn. */
export function drawCellRefs(seed: number, format: Format, p = 0.15): CellRefRule | undefined {
  const rand = seeded(seed * 104729 + 7)
  if (!chance(rand, format === 'pdf' ? 2 * p : p)) return undefined
  const styles = REF_STYLES.filter((s) => (s === 'small-size' ? SIZED.has(format) : !BRACKETS_ONLY.has(format) || /bracket|lenticular/.test(s)))
  return { style: pick(rand, styles), cells: 1 + Math.floor(rand() * 3) }
}

export function cellRefRuleTags(rule: CellRefRule | undefined): string[] {
  return rule ? ['cell:footnote-ref', `cell:footnote-ref:${rule.style}`] : []
}

/** The reference after the number, as printed. */
function refText(style: Exclude<RefStyle, 'small-size'>, n: string): string {
  switch (style) {
    case 'bracket':
      return `[${n}]`
    case 'fw-bracket':
      return `［${n}］`
    case 'lenticular':
      return `【${n}】`
    case 'zhu':
      return `注${n}`
    case 'paren-zhu':
      return `（注${n}）`
    case 'md-caret':
      return `[^${n}]`
  }
}

/** A plain number with no mark yet: "120", or "12件" (the mark then follows the unit: "12件[2]", review
 *  rv24b U03), not "1,234", a dash or a blank. */
const plainNumber = (c: IRCell): boolean => !!c.num && !c.mark && /^\d+件?$/.test(c.text)

/** The document with `rule.cells` plain numeric cells (chosen by seed) given a reference; the same
 *  document object where no cell could take one. */
export function applyCellRefs(doc: IRDoc, rule: CellRefRule | undefined, seed: number): IRDoc {
  if (!rule) return doc
  const rand = seeded(seed * 15485863 + 29)
  const places: string[] = []
  doc.forEach((b, bi) => b.kind === 'table' && b.rows.forEach((row, r) => row.forEach((c, k) => plainNumber(c) && places.push(`${bi}:${r}:${k}`))))
  const chosen = new Set<string>()
  for (let i = 0; i < rule.cells && places.length; i++) chosen.add(places[Math.floor(rand() * places.length)]!)
  if (chosen.size === 0) return doc
  return doc.map((b, bi) =>
    b.kind !== 'table'
      ? b
      : {
          ...b,
          rows: b.rows.map((row, r) =>
            row.map((c, k) => {
              if (!chosen.has(`${bi}:${r}:${k}`)) return c
              const n = String(1 + Math.floor(rand() * 9)) + (chance(rand, 0.2) ? String(Math.floor(rand() * 10)) : '')
              if (rule.style === 'small-size') return { ...c, mark: { kind: 'sup' as const, text: n, at: 'after' as const, raise: 'small' as const } }
              return { ...c, text: c.text + refText(rule.style, n) }
            }),
          ),
        },
  )
}
