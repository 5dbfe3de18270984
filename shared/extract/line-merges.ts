// The readings of a table row whose cells the text prints on a few lines, each line left to right but
// the lines not in the cells' order: in a PDF row whose text wraps, the cells whose own text sits higher
// come out on an earlier line (`pdftotext -layout`: 「22 11 26」 over 「8 5 0 9 6 9 0」, review rv24).
// Which cells a line holds is not printed, so every merge of the lines keeping each line's own order is
// a reading; the row's sums choose among them (requests-line-merges.ts, review-shapes.ts).
import type { CellToken } from './cells'
import type { SumRule } from './digit-split'

/** The most lines a row is taken as wrapped over (more: one cell per line, not a wrap). */
const MOST_LINES = 3

/** The tokens grouped by the line they stand on (a line break between two tokens starts a new group). */
export function tokensByLine(text: string, tokens: readonly CellToken[]): CellToken[][] {
  const lines: CellToken[][] = []
  tokens.forEach((t, i) => {
    if (i === 0 || text.slice(tokens[i - 1]!.end, t.start).includes('\n')) lines.push([])
    lines[lines.length - 1]!.push(t)
  })
  return lines
}

/** Every order of the tokens that keeps each line's own order (the lines' first cells may be any). */
function lineMerges(lines: readonly (readonly CellToken[])[]): CellToken[][] {
  const width = lines.reduce((a, l) => a + l.length, 0)
  const out: CellToken[][] = []
  const at = lines.map(() => 0)
  const acc: CellToken[] = []
  const walk = (): void => {
    if (acc.length === width) return void out.push([...acc])
    lines.forEach((line, i) => {
      if (at[i]! >= line.length) return
      acc.push(line[at[i]!]!)
      at[i]!++
      walk()
      at[i]!--
      acc.pop()
    })
  }
  walk()
  return out
}

/** A row's distinct readings over merges: its values, and the columns printed as a dash in every merge giving them. */
function distinctReadings(orders: readonly CellToken[][]): { row: (number | null)[]; dashes: number[] }[] {
  const seen = new Map<string, { row: (number | null)[]; dashes: number[] }>()
  for (const o of orders) {
    const row = o.map((t) => t.value)
    const dashes = o.flatMap((t, c) => (t.dash ? [c] : []))
    const key = row.join(',')
    const had = seen.get(key)
    if (had) had.dashes = had.dashes.filter((c) => dashes.includes(c))
    else seen.set(key, { row, dashes })
  }
  return [...seen.values()]
}

/** Whether every sum rule holds (an empty cell counts 0). */
function holdsRules(cells: readonly (number | null)[], rules: readonly SumRule[]): boolean {
  return rules.every((r) => r.parts.reduce<number>((a, p) => a + (cells[p] ?? 0), 0) === (cells[r.total] ?? 0))
}

/** A row's merged readings: every distinct one, and those each sum rule holds for. */
export interface MergedReadings {
  /** How many lines the tokens stand on. */
  lines: number
  all: { row: (number | null)[]; dashes: number[] }[]
  holding: { row: (number | null)[]; dashes: number[] }[]
}

/** The readings of tokens printed on 2–MOST_LINES lines (null on one line, or on more than a wrap makes). */
export function mergedReadings(text: string, tokens: readonly CellToken[], rules: readonly SumRule[]): MergedReadings | null {
  const lines = tokensByLine(text, tokens)
  if (lines.length < 2 || lines.length > MOST_LINES) return null
  const all = distinctReadings(lineMerges(lines))
  return { lines: lines.length, all, holding: all.filter((r) => holdsRules(r.row, rules)) }
}

/** The columns printed as a dash in every one of `readings`. */
export const dashesInAll = (readings: readonly { dashes: number[] }[]): number[] => readings[0]?.dashes.filter((c) => readings.every((r) => r.dashes.includes(c))) ?? []
