// Rule: table 三's numbers wrapped inside narrow cells, as pdftotext -layout prints a LibreOffice PDF
// of a table whose number columns are narrow (review rv13 round 3): a number longer than its cell
// breaks over two lines, its head on a line above the row's other cells and its rest on a line below
// (「２１,０」 over 「一、本年新收… ３７１ ０ ０ ４２７ ２８」 over 「０７」). Each column has its own width
// (1–3 characters, drawn from the seed); a row with no long number stays on one line. Rows apart by a
// blank line or not (drawn). Cells keep their places on a character grid, blanks as spaces. Applied to
// the laid-out document in the text-layout shape only; forced by tests/variants/t3-wrapped-numbers.test.ts,
// not drawn. The gold stays as it is: a cell is read right or left unread with a note.
import type { IRBlock, IRCell, IRDoc } from './ir'
import { para } from './ir'
import { pick, seeded } from './rng'

const STEP = 8

type Table = Extract<IRBlock, { kind: 'table' }>

const isRequests = (b: IRBlock): b is Table => b.kind === 'table' && b.part === 'requests'

/** A cell's text cut to its column's width: [head, rest] (rest '' when it fits). */
function wrapCell(text: string, width: number): [string, string] {
  if (text.length <= width) return [text, '']
  const w = Math.max(width, Math.ceil(text.length / 2))
  return [text.slice(0, w), text.slice(w)]
}

function place(line: string, x: number, s: string): string {
  return line.padEnd(x, ' ') + s
}

/** A body row's lines: [above, row, below] where a number wraps, else [row]. */
function rowLines(row: IRCell[], labelWidth: number, widths: number[]): string[] {
  const label = row.filter((c) => !c.num && c.text.trim() !== '').map((c) => c.text.replace(/\n/g, '')).join('  ')
  const cells = row.filter((c) => c.num).map((c) => c.text)
  let above = ''
  let mid = label
  let below = ''
  cells.forEach((t, j) => {
    const x = labelWidth + j * STEP
    const [head, rest] = wrapCell(t, widths[j] ?? 3)
    if (rest) {
      above = place(above, x, head)
      below = place(below, x, rest)
    } else if (t) mid = place(mid, Math.max(x, mid.length + 1), t)
  })
  return above ? [above, mid, below] : [mid]
}

/** The doc with table 三's body printed as wrapped rows; the same doc where no number wraps. */
export function applyWrappedNumbers(doc: IRDoc, seed: number): IRDoc {
  const rand = seeded(seed * 31 + 7)
  const widths = Array.from({ length: 9 }, () => pick(rand, [1, 2, 3]))
  const gap = rand() < 0.5
  const tables = doc.filter(isRequests)
  const body = (t: Table): IRCell[][] => t.rows.filter((r) => r.some((c) => c.num))
  const labelOf = (r: IRCell[]): string => r.filter((c) => !c.num && c.text.trim() !== '').map((c) => c.text.replace(/\n/g, '')).join('  ')
  const labelWidth = 4 + Math.max(0, ...tables.flatMap((t) => body(t).map((r) => labelOf(r).length)))
  let wrapped = false
  const out = doc.flatMap((b): IRBlock[] => {
    if (!isRequests(b)) return [b]
    const first = b.rows.findIndex((r) => r.some((c) => c.num))
    const head = first < 0 ? b.rows : b.rows.slice(0, first)
    const lines = (first < 0 ? [] : b.rows.slice(first)).flatMap((r) => {
      const ls = rowLines(r, labelWidth, widths).filter((l) => l.trim() !== '')
      if (ls.length > 1) wrapped = true
      return gap ? [...ls, ''] : ls
    })
    return [...(head.length ? [{ ...b, rows: head }] : []), ...lines.map((l) => para(l))]
  })
  return wrapped ? out : doc
}

export function wrappedNumbersRuleTags(on: boolean | undefined): string[] {
  return on ? ['t3:wrapped-numbers'] : []
}
