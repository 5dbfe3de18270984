// Rule: a footnote mark glued as a plain digit onto a table 三 cell that holds 0 (review rv13 round 3:
// pdftotext plain / -raw of a LibreOffice PDF flattens the raised mark, 「0」 + 「3」 → 「03」; a
// LibreOffice PDF of a web page prints the mark's span on the baseline, 「0」 + 「5」 → 「05」). Read as
// printed the cell is 3, and its row fails its total: neither the report's slip nor a number, it must
// be left unread with a note. On rows that add up as printed (only there is the mark the only fault).
// Also in section 二's small tables (「规章 0 07 0」, which have no sums) and table 四. Forced by
// tests/variants/zero-glued.test.ts, not drawn. The gold stays as it is.
import type { IRBlock, IRCell, IRDoc } from './ir'
import { seeded } from './rng'

/** Whether a table 三 row as printed adds up (its six cells to its 总计). */
function rowAddsUp(row: IRCell[]): boolean {
  const nums = row.filter((c) => c.num).map((c) => (/^\d+$/.test(c.text) ? Number(c.text) : /^[-—–/]?$/.test(c.text) ? 0 : NaN))
  if (nums.length !== 7 || nums.some((n) => Number.isNaN(n))) return false
  return nums.slice(0, 6).reduce((a, b) => a + b, 0) === nums[6]
}

export type ZeroGluedTable = 'requests' | 'disclosure' | 'review'

function tableOf(b: IRBlock): ZeroGluedTable | null {
  if (b.kind !== 'table') return null
  if (b.part === 'requests') return 'requests'
  return b.rows.some((r) => r.some((c) => /复议|诉讼/.test(c.text))) ? 'review' : 'disclosure'
}

/** The doc with `cells` zero cells of the table named (chosen by seed) followed by a glued digit; the same doc where none can be. */
export function applyZeroGlued(doc: IRDoc, seed: number, where: ZeroGluedTable = 'requests', cells = 1): IRDoc {
  const rand = seeded(seed * 48271 + 11)
  const places: string[] = []
  doc.forEach((b, bi) => {
    if (b.kind !== 'table' || tableOf(b) !== where) return
    b.rows.forEach((row, r) => (where !== 'requests' || rowAddsUp(row)) && row.forEach((c, k) => c.num && c.text === '0' && places.push(`${bi}:${r}:${k}`)))
  })
  const chosen = new Set<string>()
  for (let i = 0; i < cells && places.length; i++) chosen.add(places[Math.floor(rand() * places.length)]!)
  if (chosen.size === 0) return doc
  return doc.map((b, bi) =>
    b.kind !== 'table' ? b : { ...b, rows: b.rows.map((row, r) => row.map((c, k) => (chosen.has(`${bi}:${r}:${k}`) ? { ...c, text: `0${1 + Math.floor(rand() * 9)}` } : c))) },
  )
}

export function zeroGluedRuleTags(on: ZeroGluedTable | undefined): string[] {
  return on ? [`${on}:zero-glued`] : []
}
