// Table 三 rows beside bare digits no row took: one rule for a row's wrapped digits left over as strays.
// A number too wide for its narrow cell wraps inside it: a ruled PDF prints 「1 431」 as 「1」 on a line
// above the row's label line and 「431」 below it; a letter-spaced OFD cell puts 「４４ １ ５４」 above the
// label; plain pdftotext puts the 「2」 of 「2 887」 on a line of its own. The reader drops such a line
// as strays, and what remains of the row may still add up — the cut-down 自然人 and 总计 lose the same
// thousands — and so may the table's identities, where two rows linked by one (一 and 四, 一 and （七）)
// wrap alike. So a row with unplaced bare digits on a line next to it (right above its label or first
// cells, between its label and its cells, or right below its last cells) is never read as if the digits
// were not there. Every way of giving those digits to the rows they touch (or to none) is tried — each
// line as heads (above a row) or rests (below a row) of the row's cells, in order, several digits of a
// line maybe one cell's — and a reading stands only where every identity of the table that tells them
// apart holds. A row keeps a value only where every such reading gives it that value: its digits placed
// (the reading without them failing), or left as read (no placement of the digits holds); else the row
// is left unread with a note naming it and the digits. A row that fails its own total as read, beside
// such digits, is left unread too (its failure may be the text's, not the report's: review 9b R7).
// Not this module: a digit glued onto a cell (requests-stray-digit.ts, no line of its own).
import type { RequestRow, RequestRowKey } from '../model/report'
import { OUTCOME_ROW_KEYS, outcomeRowsOf } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { FLOW, rowName, rowSumHolds, type RowHow } from './requests-proof'
import { leftOutAtPageBreaks } from './requests-short-rows'

type Rows = Partial<Record<RequestRowKey, RequestRow>>

/**
 * A line holding nothing but one to three short numbers (a thousands group, a page number), in half- or
 * full-width digits (「４３ ４７」); or nothing but single digits apart (letter-spaced numbers' wrapped
 * heads, 「1 1 3 1 1 9」 for 1139 and 1191 over a 总计 row: sweep --letter-spaced ofd-unruled).
 */
const BARE_NUMBERS_LINE = /^[ \t\u3000]*(?:[0-9０-９]{1,3}(?:[ \t\u3000]+[0-9０-９]{1,3}){0,2}|[0-9０-９](?:[ \t\u3000]+[0-9０-９])+)[ \t\u3000]*$/
const DIGITS = /[0-9０-９]+/g
/** More stray digits than this beside one row: not tried (too many ways), the rows are left unread. */
const MOST_TOKENS = 8
/** More joint readings than this: not tried, the rows beside the digits are left unread. */
const MOST_READINGS = 20000

interface StrayLine {
  start: number
  /** The line as printed (trimmed), for the note. */
  shown: string
  /** Its digit groups, ASCII. */
  digits: string[]
}

/** Where rows' cells were read: a line there is a row's, not a stray. */
type Taken = (pos: number) => boolean

const ascii = (s: string): string => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

function strayLine(text: string, start: number, end: number, taken: Taken, pageNumberLines: readonly [number, number][]): StrayLine | null | 'blank' {
  const line = text.slice(start, end)
  if (line.trim() === '') return 'blank'
  if (!BARE_NUMBERS_LINE.test(line)) return null
  const found = [...line.matchAll(DIGITS)].filter((m) => !leftOutAtPageBreaks([start + m.index!], pageNumberLines))
  if (found.length === 0 || found.some((m) => taken(start + m.index!))) return null
  return { start, shown: line.trim().replace(/\s+/g, ' '), digits: found.map((m) => ascii(m[0])) }
}

/** The bare-number lines right above the line holding `at` (blank lines passed over), in text order. */
function linesAbove(text: string, at: number, taken: Taken, pageNumberLines: readonly [number, number][]): StrayLine[] {
  const out: StrayLine[] = []
  let end = text.lastIndexOf('\n', at - 1)
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1
    const got = strayLine(text, start, end, taken, pageNumberLines)
    if (got === null) break
    if (got !== 'blank') out.unshift(got)
    end = start - 1
  }
  return out
}

/** The bare-number lines right below the line holding `at` (blank lines passed over), in text order. */
function linesBelow(text: string, at: number, taken: Taken, pageNumberLines: readonly [number, number][]): StrayLine[] {
  const out: StrayLine[] = []
  let start = text.indexOf('\n', at)
  while (start >= 0 && start < text.length) {
    const end = text.indexOf('\n', start + 1)
    const got = strayLine(text, start + 1, end < 0 ? text.length : end, taken, pageNumberLines)
    if (got === null) break
    if (got !== 'blank') out.push(got)
    if (end < 0) break
    start = end
  }
  return out
}

/** The ways of cutting `tokens` into consecutive groups, each group one cell's digits (joined). */
function groupings(tokens: readonly string[]): string[][] {
  if (tokens.length === 0) return [[]]
  const out: string[][] = []
  for (let i = 1; i <= tokens.length; i++) {
    const head = tokens.slice(0, i).join('')
    for (const rest of groupings(tokens.slice(i))) out.push([head, ...rest])
  }
  return out
}

/** The increasing choices of `k` columns among `n`. */
function columnChoices(n: number, k: number, from = 0): number[][] {
  if (k === 0) return [[]]
  const out: number[][] = []
  for (let c = from; c <= n - k; c++) for (const rest of columnChoices(n, k - 1, c + 1)) out.push([c, ...rest])
  return out
}

/**
 * The rows with `pieces` put before (heads) or after (rests) the row's cells at `cols`; none where a
 * number would start with 0. A rest printed 「014」 under a head 「2」 may have been read as 14: a head
 * also joins a cell under 100 as its three-digit group.
 */
function placed(row: RequestRow, pieces: readonly string[], cols: readonly number[], side: 'head' | 'rest', open: boolean): RequestRow[] {
  let out: RequestRow[] = [[...row]]
  for (let i = 0; i < pieces.length; i++) {
    const c = cols[i]!
    const cell = row[c]
    if (cell === undefined || (cell === null && !open)) return []
    // An open cell (a row one cell short) may be a whole number wrapped out of it: 「13」 above the row, 「件」 below.
    const joined = cell === null ? [pieces[i]!] : side === 'head' ? [pieces[i]! + String(cell), ...(cell < 100 ? [pieces[i]! + String(cell).padStart(3, '0')] : [])] : [String(cell) + pieces[i]!]
    const ok = joined.filter((j) => !/^0\d/.test(j))
    out = out.flatMap((r) => ok.map((j) => r.map((x, k) => (k === c ? Number(j) : x))))
  }
  return out
}

/**
 * Every value the row takes with `heads` and `rests` as its wrapped digits, that adds up to its total.
 * `open`: the row's empty cells are open (its one missing cell's value unknown): a piece may be such a
 * cell's whole number, and a cell still open only bounds the sum (the known parts not above the total).
 */
function placements(row: RequestRow, heads: readonly string[], rests: readonly string[], open = false): RequestRow[] {
  const withHeads: RequestRow[] = []
  for (const g of groupings(heads)) for (const cols of columnChoices(row.length, g.length)) {
    withHeads.push(...placed(row, g, cols, 'head', open))
  }
  const out = new Map<string, RequestRow>()
  for (const h of withHeads) for (const g of groupings(rests)) for (const cols of columnChoices(row.length, g.length)) {
    for (const r of placed(h, g, cols, 'rest', open)) if (open && r.includes(null) ? sumMayHold(r) : rowSumHolds(r)) out.set(r.join(), r)
  }
  return [...out.values()]
}

/** A row with open cells may add up: its known parts do not exceed its total (an open total: always). */
function sumMayHold(row: RequestRow): boolean {
  const total = row[6]
  return total === null || total === undefined || row.slice(0, 6).reduce<number>((a, x) => a + (x ?? 0), 0) <= total
}

/**
 * The table's identities, one entry each: a row's own total (rows `keys`), and per column 一+二 = （七）+四
 * and （七） = the outcome rows; null where a row it needs is missing or `unknown`, or a cell it needs is
 * an `open` row's empty cell (elsewhere a blank cell counts 0).
 */
function identities(rows: Rows, keys: readonly RequestRowKey[], unknown: ReadonlySet<RequestRowKey>, open: ReadonlySet<RequestRowKey>): (boolean | null)[] {
  const out: (boolean | null)[] = keys.map((k) => {
    const r = rows[k]
    return !r || unknown.has(k) || (open.has(k) && r.includes(null)) ? null : rowSumHolds(r)
  })
  const outcomes = outcomeRowsOf(OUTCOME_ROW_KEYS.filter((k) => rows[k]))
  for (let c = 0; c < 7; c++) {
    const cell = (k: RequestRowKey): number | null => (!rows[k] || unknown.has(k) || (open.has(k) && rows[k]![c] === null) ? null : (rows[k]![c] ?? 0))
    const flow = FLOW.map(cell)
    out.push(flow.some((x) => x === null) ? null : flow[0]! + flow[1]! === flow[2]! + flow[3]!)
    const parts = outcomes.map(cell)
    const total = cell('handledTotal')
    out.push(total === null || parts.some((x) => x === null) ? null : parts.reduce((a, x) => a! + x!, 0) === total)
  }
  return out
}

/** A block of stray lines and the rows it touches: `above` (the lines may be its rests), `below` (its heads). */
interface Block {
  lines: StrayLine[]
  above: RequestRowKey | null
  below: RequestRowKey | null
}

/** The ways a block's lines go: the first `i` to the row above, the last from `j` on to the row below, those between to none. */
function blockSplits(b: Block): [number, number][] {
  const n = b.lines.length
  const out: [number, number][] = []
  for (let i = 0; i <= (b.above ? n : 0); i++) for (let j = i; j <= n; j++) if (b.below || j === n) out.push([i, j])
  return out
}

/** A row's value in one reading: as read, its digits placed, or unknown (a row not read whole, given digits). */
type Value = RequestRow | 'unknown'

/** The cells every value gives one number (else null); null where there is no value or one is unknown. */
function agreedCells(values: readonly Value[]): RequestRow | null {
  if (values.length === 0 || values.some((v) => v === 'unknown')) return null
  const rows = values as RequestRow[]
  return rows[0]!.map((_, c) => {
    const seen = new Set(rows.map((r) => r[c] ?? null))
    return seen.size === 1 ? [...seen][0]! : null
  })
}

export const straysBesideRowNote = (k: RequestRowKey, shown: readonly string[], failing: boolean): string =>
  `表三「${rowName(k)}」行紧挨着另有单独成行、未归入任何一行的数字（${shown.join('、')}），可能是此行格内折行印出的数字；${failing ? '此行读到的数字各列之和与总计不符，不能证明是报告本身的差错' : '把这些数字归入此行与否，表内合计关系都不能唯一确定'}，未读取。`

export const straysPlacedNote = (k: RequestRowKey, shown: readonly string[]): string =>
  `表三「${rowName(k)}」行紧挨着单独成行印出的数字（${shown.join('、')}）是此行格内折行印出的数字：归入此行后表内各合计关系成立，不归入则不成立，已归入此行读取。`

/**
 * The rows with the rule above applied: rows beside stray digits kept, read with the digits placed, or
 * emptied (dropped from `how`) with a note. `parsed`: where each row's label and cells were read.
 */
export function rowsBesideStrays(
  rows: Rows,
  how: Partial<Record<RequestRowKey, RowHow>>,
  parsed: readonly { key: RequestRowKey; candidates: RequestRow[]; labelStart: number | null; cellsStart: number; cellsEnd: number }[],
  text: string,
  pageNumberLines: readonly [number, number][],
  notes: ExtractionNote[],
): Rows {
  const taken: Taken = (pos) => parsed.some((s) => pos >= s.cellsStart && pos < s.cellsEnd)
  const blocks = new Map<number, Block>()
  const add = (lines: StrayLine[], side: 'above' | 'below', k: RequestRowKey): void => {
    if (lines.length === 0) return
    const b = blocks.get(lines[0]!.start) ?? { lines, above: null, below: null }
    b[side] = k
    blocks.set(lines[0]!.start, b)
  }
  const read = parsed.filter((p) => rows[p.key]?.some((x) => x !== null))
  for (const p of read) {
    const first = Math.min(p.labelStart ?? p.cellsStart, p.cellsStart)
    add(linesAbove(text, first, taken, pageNumberLines), 'below', p.key)
    // Lines between the label's line and the cells' (a label on a line of its own).
    if (text.lastIndexOf('\n', p.cellsStart - 1) > first) {
      const between = linesAbove(text, p.cellsStart, taken, pageNumberLines).filter((l) => l.start > first)
      add(between, 'below', p.key)
    }
    add(linesBelow(text, p.cellsEnd, taken, pageNumberLines), 'above', p.key)
  }
  if (blocks.size === 0) return rows
  const all = [...blocks.values()]
  const touched = [...new Set(all.flatMap((b) => [b.above, b.below].filter((k): k is RequestRowKey => k !== null)))]
  // A row whose empty cells may be cells the readings disagreed on (not blanks printed): its sums are unknown.
  const unsure = (k: RequestRowKey): boolean => {
    const p = parsed.find((x) => x.key === k)
    return !p || rows[k]!.some((x, c) => x === null && p.candidates.some((r) => r[c] !== null))
  }
  const shownBeside = (k: RequestRowKey): string[] => all.filter((b) => b.above === k || b.below === k).flatMap((b) => b.lines.map((l) => l.shown))

  // Every joint reading: each block split between the rows it touches; each row's value from its digits.
  let readings: Map<RequestRowKey, Value>[] = []
  const placedOnce = new Map<string, Value[]>()
  let tooMany = false
  const assign = (i: number, heads: Map<RequestRowKey, string[]>, rests: Map<RequestRowKey, string[]>): void => {
    if (tooMany) return
    if (i === all.length) {
      const choices = touched.map((k): Value[] => {
        const h = heads.get(k) ?? []
        const r = rests.get(k) ?? []
        const row = rows[k]!
        if (h.length === 0 && r.length === 0) return [row]
        if (h.length + r.length > MOST_TOKENS) return ['unknown']
        // The same digits reach a row in many joint readings: its placements are worked out once.
        const key = `${k}|${h.join(' ')}|${r.join(' ')}`
        const known = placedOnce.get(key)
        if (known) return known
        // A row one cell short, where the solve placed its cells: the digits tried there, its empty cells open.
        const open = unsure(k)
        const got: Value[] = placements(row, h, r, open)
        const value = open && got.length === 0 ? (['unknown'] as Value[]) : got
        placedOnce.set(key, value)
        return value
      })
      // The joint readings are the product of the rows' values: counted before they are built, so a
      // row with many placements (an open cell takes any piece) cannot exhaust memory.
      const product = choices.reduce((n, c) => n * c.length, 1)
      if (readings.length + product > MOST_READINGS) {
        tooMany = true
        return
      }
      let partial: Map<RequestRowKey, Value>[] = [new Map()]
      touched.forEach((k, j) => {
        partial = partial.flatMap((m) => choices[j]!.map((v) => new Map(m).set(k, v)))
      })
      readings.push(...partial)
      return
    }
    const b = all[i]!
    for (const [x, y] of blockSplits(b)) {
      const h = new Map(heads)
      const r = new Map(rests)
      if (b.above && x > 0) r.set(b.above, [...(r.get(b.above) ?? []), ...b.lines.slice(0, x).flatMap((l) => l.digits)])
      if (b.below && y < b.lines.length) h.set(b.below, [...b.lines.slice(y).flatMap((l) => l.digits), ...(h.get(b.below) ?? [])])
      assign(i + 1, h, r)
    }
  }
  assign(0, new Map(), new Map())
  if (tooMany) readings = []

  // The identities each reading gives; an identity that fails wherever it can be checked tells no
  // reading apart (a report's own slip elsewhere), any other must hold.
  const unsureRows = (Object.keys(rows) as RequestRowKey[]).filter(unsure)
  const openRows = new Set(unsureRows)
  const checked = readings.map((m) => identities({ ...rows, ...Object.fromEntries([...m].map(([k, v]) => [k, v === 'unknown' ? rows[k]! : v])) }, touched, new Set([...m].flatMap(([k, v]) => (v === 'unknown' ? [k] : []))), openRows))
  const telling = checked[0]?.map((_, i) => checked.some((c) => c[i] === true)) ?? []
  const standing = readings.filter((_, r) => checked[r]!.every((x, i) => x !== false || !telling[i]))

  let out = rows
  for (const k of touched) {
    const row = rows[k]!
    const values = new Set(standing.map((m) => { const v = m.get(k)!; return v === 'unknown' ? 'unknown' : v.join() }))
    if (unsure(k)) {
      // A row one cell short: each cell stands where every standing reading gives it one number; the row
      // is kept where every cell it was read with stands, its open cell filled where the readings agree.
      const cells = agreedCells(standing.map((m) => m.get(k)!))
      if (cells && row.every((x, c) => x === null || cells[c] === x)) {
        if (cells.join() !== row.join()) {
          out = { ...out, [k]: cells }
          how[k] = 'sums'
          const stale = notes.findIndex((n) => n.field === `requests.${k}` && n.message.includes('行少一格'))
          if (stale >= 0) notes.splice(stale, 1)
          notes.push({ field: `requests.${k}`, message: straysPlacedNote(k, shownBeside(k)) })
        }
        continue
      }
    }
    const only = values.size === 1 ? standing[0]!.get(k)! : 'unknown'
    const failing = !unsure(k) && !rowSumHolds(row)
    if (only !== 'unknown' && only.join() !== row.join()) {
      out = { ...out, [k]: only }
      how[k] = 'sums'
      notes.push({ field: `requests.${k}`, message: straysPlacedNote(k, shownBeside(k)) })
      continue
    }
    if (only !== 'unknown' && !failing) continue
    out = { ...out, [k]: row.map(() => null) }
    delete how[k]
    notes.push({ field: `requests.${k}`, message: straysBesideRowNote(k, shownBeside(k), failing) })
  }
  return out
}
