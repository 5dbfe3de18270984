// Numbers read by OCR are kept only where the table's own sums vouch for them. A recogniser can
// read 1 as 2 with confidence, and a speck can shift a row; printed text cannot do that. So for a
// document read from page pictures, a cell of table 三 stays only when an identity holding it holds
// with every term known: its row total (自然人 … 其他 = 总计), its column (（七）总计 = the outcome
// rows), or the flow (一 + 二 = （七） + 四); a group of table 四 stays only when its 总计 holds.
// Every other cell is emptied with a note. A report's own arithmetic error read from a scan is
// therefore left empty (with the note), not flagged: the note says that either may be the cause.
//
// A cell OCR left unread (a lone 0 or 1 it missed, a doubtful digit) is filled from the sums only
// where they prove its value: an identity in which it is the one unknown gives the value, and a
// second, independent identity must then hold with it. The identity that gave a value vouches for
// nothing (it holds by construction); a value no other identity confirms stays empty. Only cells of
// rows that were read are filled: a row lost entirely may have been read into another row's place.
//
// An identity that only copies one number (x + 0 + … + 0 = x: one term other than 0 on each side)
// does not vouch for that number: it proves the two readings agree, not that they are right, and a
// recogniser that misreads a glyph of faint print (2 as 4) misreads it the same way in both cells.
// It still vouches for its zeros (a misread zero would break it); the number needs another sum:
// one through the cell itself, or one that vouches for the number on the copy's other side.
// Table 四 has no other sum: a group read (x, 0, 0, 0, x) stands on its total alone.
//
// Which identity gives an unread cell its value decides which identities are left to vouch. A
// row 7 无 无 无 无 无 ? whose 无 and total were both unread: its total, taken from column 总计, spends
// the one sum that vouches for the column's other numbers (the row only copies its 7). So the
// values are found in more than one order (rows, columns or flow kept for last), each sound under
// the rule above, and a cell vouched for in any of them is kept (unless two orders give a cell two
// values: then some reading is wrong, and the first order stands alone).
//
// A table that prints none as a blank cell (nothing read as 0, a dash or 无 in all of table 三)
// has its empty cells stand as 0 in the sums, but only in rows whose label was found: a row lost
// entirely still counts as unknown. An empty cell that held a number the recogniser missed then
// breaks its sums (the cells stay unproven), unless a misreading elsewhere in the same sum makes
// up exactly the missed number; the blank cells themselves stay empty, never filled. A rule read
// as a 1 in both cells (0 → 10) is caught before, where the cells are re-read from their own ink
// (cell-reread.ts); a glyph misread alike in both cells is not (a known limit).
import type { ExtractionNote } from '../model/extraction'
import { cancellingPairCells } from './ocr-pair-misreads'
import { keepVouchedDisclosure, TRUSTED_SHARE, type DisclosureRowTexts } from './ocr-disclosure-proof'
import { outcomeRowsOf, REVIEW_GROUPS, type RequestRowKey, type Report } from '../model/report'
import { REQUEST_ROW_LABELS } from '../model/template-labels'

const TOTAL = 6
const FLOW = ['received', 'carriedOver', 'handledTotal', 'carriedForward'] as const
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
const known = (xs: readonly (number | null)[]): xs is number[] => xs.every((x) => x !== null)
const rowName = (k: RequestRowKey): string => REQUEST_ROW_LABELS[k].replace(/（区分处理的.*$/, '')

type CellId = `${string}:${number}`
/** sum(left) = sum(right), over cells of table 三. */
interface Identity {
  kind: IdentityKind
  left: CellId[]
  right: CellId[]
}
type IdentityKind = 'row' | 'column' | 'flow'

const id = (k: RequestRowKey, c: number): CellId => `${k}:${c}`

/** The identities of table 三 as read: rows, outcome columns, flow columns. */
function identities(rows: Report['requests']['rows'], present: RequestRowKey[]): Identity[] {
  const out: Identity[] = []
  for (const k of present) {
    if (rows[k]!.length > TOTAL) out.push({ kind: 'row', left: [0, 1, 2, 3, 4, 5].map((c) => id(k, c)), right: [id(k, TOTAL)] })
  }
  // Every outcome row of the template counts, read or not: a row lost entirely (a speck that split
  // the table) must not let the others add up by chance.
  const outcomes = outcomeRowsOf(present)
  for (let c = 0; c <= TOTAL; c++) {
    if (outcomes.length > 0) out.push({ kind: 'column', left: outcomes.map((k) => id(k, c)), right: [id('handledTotal', c)] })
    out.push({ kind: 'flow', left: [id(FLOW[0], c), id(FLOW[1], c)], right: [id(FLOW[2], c), id(FLOW[3], c)] })
  }
  return out
}

/** An identity that holds by copying one number across (or 0 = 0): see the head comment. */
const isCopy = (l: number[], r: number[]): boolean => l.filter((v) => v !== 0).length <= 1 && r.filter((v) => v !== 0).length <= 1

interface Proof {
  /** Cells some identity vouches for (not one that gave a value). */
  ok: Set<CellId>
  /** Cells given a value by an identity in which they were the one unknown. */
  derived: Set<CellId>
  values: Map<CellId, number | null>
}

/** Values for the unread cells (those present in `start` as null), each from an identity in which
 *  it is the one unknown, until none is left; identities of kind `last` give a value only when no
 *  other does. Then the cells the other identities vouch for (see the head comment). */
function prove(all: Identity[], start: Map<CellId, number | null>, last: IdentityKind | null): Proof {
  const value = new Map(start)
  const get = (cell: CellId): number | null => value.get(cell) ?? null
  const fillable = (cell: CellId): boolean => value.has(cell) && value.get(cell) === null
  const sources = new Set<Identity>()
  const derived = new Set<CellId>()
  const give = (eq: Identity): boolean => {
    const cells = [...eq.left, ...eq.right]
    const unknown = cells.filter((x) => get(x) === null)
    if (unknown.length !== 1 || !fillable(unknown[0]!)) return false
    const cell = unknown[0]!
    const l = sum(eq.left.filter((x) => x !== cell).map((x) => get(x)!))
    const r = sum(eq.right.filter((x) => x !== cell).map((x) => get(x)!))
    const v = eq.left.includes(cell) ? r - l : l - r
    if (v < 0) return false
    value.set(cell, v)
    derived.add(cell)
    sources.add(eq)
    return true
  }
  for (;;) {
    let changed = false
    for (const eq of all) if (eq.kind !== last && give(eq)) changed = true
    // Only when no other sum gives a value: one value from the kind kept for last, then the others again.
    if (!changed) changed = all.some((eq) => eq.kind === last && give(eq))
    if (!changed) break
  }
  const holding = all.filter((eq) => {
    if (sources.has(eq)) return false
    const l = eq.left.map(get), r = eq.right.map(get)
    return known(l) && known(r) && sum(l) === sum(r)
  })
  // How many holding sums each cell stands in (a copy counts: see cancelling()), and the cells of a
  // sum read whole (no value given by another sum) that does not hold.
  const sums = new Map<CellId, number>()
  for (const eq of holding) for (const x of [...eq.left, ...eq.right]) sums.set(x, (sums.get(x) ?? 0) + 1)
  // For each cell of a broken sum: by how much it would be misread, were it the sum's one misreading.
  const broken = new Map<CellId, number[]>()
  for (const eq of all) {
    const cells = [...eq.left, ...eq.right]
    if (!cells.every((x) => (start.get(x) ?? null) !== null)) continue
    const off = sum(eq.left.map(get) as number[]) - sum(eq.right.map(get) as number[])
    if (off === 0) continue
    for (const x of eq.left) broken.set(x, [...(broken.get(x) ?? []), off])
    for (const x of eq.right) broken.set(x, [...(broken.get(x) ?? []), -off])
  }
  const ok = new Set<CellId>()
  // Zeros of a copy that no other sum holds, each with the number on its side of the copy.
  const pending = new Map<CellId, CellId>()
  for (const eq of holding) {
    const cells = [...eq.left, ...eq.right]
    // A copy vouches for its zeros only (a misread zero would break it), not for the number copied.
    const copy = isCopy(eq.left.map(get) as number[], eq.right.map(get) as number[])
    const alone = new Set([...cancelling(eq.left, sums, broken), ...cancelling(eq.right, sums, broken)])
    for (const x of cells) {
      if ((copy && get(x) !== 0) || alone.has(x)) continue
      const side = copy && sums.get(x) === 1 ? (eq.left.includes(x) ? eq.left : eq.right).find((y) => get(y) !== 0) : undefined
      if (side) pending.set(x, side)
      else ok.add(x)
    }
  }
  vouchCopies(all, sources, get, ok, pending)
  for (const [zero, number] of pending) if (ok.has(number)) ok.add(zero)
  return { ok, derived, values: value }
}

/** The cells on one side of a holding sum that it may not vouch for: two misreadings on one side
 *  can cancel (3 read as 8 in one row, 8 as 3 in another of the same column), and each then breaks
 *  its other sum, by as much as it is off. Cells of `side` that stand in no other holding sum and
 *  in a broken one (read whole, not adding up) are not vouched for where two of them, each taken
 *  as its broken sum's one misreading, would be off by opposite amounts. A single misreading
 *  elsewhere in a broken sum, the usual case, leaves its cells standing. A copy counts as another
 *  holding sum here. Two cells on opposite sides off by the same amount are a glyph misread alike
 *  (the known limit above) or the report's own slip across its sums, which the sums cannot tell
 *  apart; they stand. A pair whose other sums were not read whole (both row totals unread: each row
 *  then gives its total from the misread cell, and those totals cancel in their column too) is
 *  caught by trying it (ocr-pair-misreads.ts, issue 12). */
function cancelling(side: CellId[], sums: Map<CellId, number>, broken: Map<CellId, number[]>): CellId[] {
  const alone = side.filter((x) => sums.get(x) === 1 && broken.has(x))
  return alone.filter((x) => alone.some((y) => y !== x && broken.get(x)!.some((dx) => broken.get(y)!.some((dy) => dx + dy === 0))))
}

/** A copy's zeros that no other sum holds stand only with its number (`pending`, settled after
 *  vouchCopies): a number read into the wrong cell of its row (1 | 0 … read as 0 | 1 …, a speck or
 *  a lost cell shifting it) leaves the copy holding, and its zero where the number was printed. A
 *  number vouched for in its own cell puts it there; the zeros beside it are then right. For the
 *  same reason a row's total vouches for the value of the row's one number but not for its cell:
 *  only the other way (the number proven in its cell, so the total copying it is right).
 *  A copy (x + 0 + … = x, holding) vouches for its number once the number on its other side is
 *  vouched for by another sum: that one is right, so the copy of it is too. (A glyph misread alike
 *  in both cells would have broken the other sum.) Repeated until nothing more is vouched for: 本年新收
 *  23 | 无 … | 23 stands when 办理结果总计 23, proven by its column, is its flow's other side. */
function vouchCopies(all: Identity[], sources: Set<Identity>, get: (cell: CellId) => number | null, ok: Set<CellId>, pending: Map<CellId, CellId>): void {
  for (let changed = true; changed; ) {
    changed = false
    for (const eq of all) {
      if (sources.has(eq)) continue
      const l = eq.left.map(get), r = eq.right.map(get)
      if (!known(l) || !known(r) || sum(l) !== sum(r) || !isCopy(l, r)) continue
      const a = eq.left.filter((x) => get(x) !== 0), b = eq.right.filter((x) => get(x) !== 0)
      if (a.length !== 1 || b.length !== 1 || ![...eq.left, ...eq.right].every((x) => get(x) !== 0 || ok.has(x) || pending.has(x))) continue
      // A row's total proves the value of its one number, not the cell it stands in (see above).
      const ways = eq.kind === 'row' ? [[a[0]!, b[0]!]] as const : [[a[0]!, b[0]!], [b[0]!, a[0]!]] as const
      for (const [from, to] of ways) {
        if (ok.has(from) && !ok.has(to)) (ok.add(to), (changed = true))
      }
    }
  }
}

/** The proofs of every order (see the head comment) together: each cell vouched for in one of them
 *  stands on that order's proof. Where two orders give one cell different values, some reading is
 *  wrong: the first order (every sum alike) is then kept alone. */
function proveInOrders(all: Identity[], start: Map<CellId, number | null>): Proof {
  const proofs = ([null, 'row', 'column', 'flow'] as const).map((last) => prove(all, start, last))
  const first = proofs[0]!
  const values = new Map(start)
  for (const p of proofs) {
    for (const cell of p.derived) {
      const was = values.get(cell) ?? null
      if (was !== null && was !== p.values.get(cell)) return first
      values.set(cell, p.values.get(cell)!)
    }
  }
  return { ok: new Set(proofs.flatMap((p) => [...p.ok])), derived: new Set(proofs.flatMap((p) => [...p.derived])), values }
}

/** Table 三: fills unread cells the sums prove (in place) and returns the cells some identity
 *  vouches for, with the cells filled, and the share of the template's cells vouched for. */
function proveRequestCells(rows: Report['requests']['rows']): { ok: Set<CellId>; filled: Set<CellId>; share: number } {
  const found = (Object.keys(rows) as RequestRowKey[]).filter((k) => rows[k] !== undefined)
  // A table that prints none as a blank cell (no 0, dash or 无 read anywhere in it): its empty cells
  // stand as 0 in the sums, in every row whose label was found (see the head comment). They stay
  // empty in the report; they are never filled.
  const blanks = found.some((k) => rows[k]!.some((v) => v !== null)) && !found.some((k) => rows[k]!.some((v) => v === 0))
  const present = blanks ? found : found.filter((k) => rows[k]!.some((v) => v !== null))
  const value = new Map<CellId, number | null>()
  for (const k of present) rows[k]!.forEach((v, c) => value.set(id(k, c), v ?? (blanks ? 0 : null)))
  if (blanks) for (const k of present) for (let c = rows[k]!.length; c <= TOTAL; c++) value.set(id(k, c), 0)
  const all = identities(rows, present)
  const { ok, derived, values } = proveInOrders(all, value)
  // A pair of misreadings the holding sums cannot tell from the print vouches for nothing (ocr-pair-misreads.ts).
  const read = new Set([...value].flatMap(([cell, v]) => (v === null ? [] : [cell])))
  for (const cell of cancellingPairCells(all, values, read)) ok.delete(cell as CellId)
  const filled = new Set<CellId>()
  for (const cell of derived) {
    if (!ok.has(cell)) continue
    const [k, c] = cell.split(':') as [RequestRowKey, string]
    rows[k]![Number(c)] = values.get(cell)!
    filled.add(cell)
  }
  // Cells of the template (every row of its kind, read or not) that a sum vouches for. A blank cell
  // standing as 0 counts: a digit the recogniser missed there would have broken its sums.
  const template: readonly string[] = [...FLOW, ...outcomeRowsOf(present)]
  const vouched = [...ok].filter((cell) => template.includes(cell.slice(0, cell.lastIndexOf(':'))))
  return { ok, filled, share: vouched.length / (template.length * (TOTAL + 1)) }
}

/** Empty the OCR-read numbers no sum vouches for, fill the unread ones the sums prove; returns the
 *  notes saying which. `disclosureRows`: the printed text of each section 二 row read, and
 *  `disclosureHeader` the text before its three-column rows (see ocr-disclosure-proof.ts; a row
 *  without its text is not vouched for). */
export function keepVouchedOcrNumbers(report: Report, disclosureRows: DisclosureRowTexts = {}, disclosureHeader = ''): ExtractionNote[] {
  const notes: ExtractionNote[] = []
  const rows = report.requests.rows
  const { ok, filled, share } = proveRequestCells(rows)
  for (const k of Object.keys(rows) as RequestRowKey[]) {
    const row = rows[k]
    if (!row) continue
    const dropped: number[] = []
    const fromSums: number[] = []
    row.forEach((v, c) => {
      if (filled.has(id(k, c))) fromSums.push(c + 1)
      else if (v !== null && !ok.has(id(k, c))) {
        row[c] = null
        dropped.push(c + 1)
      }
    })
    if (dropped.length > 0) {
      notes.push({
        field: `requests.${k}`,
        message: `「${rowName(k)}」第 ${dropped.join('、')} 列是文字识别读出的数字，表内合计无法核实（可能是识别错误，也可能是报告本身的计算错误），未采用，请对照原件。`,
      })
    }
    if (fromSums.length > 0) {
      notes.push({
        field: `requests.${k}`,
        message: `「${rowName(k)}」第 ${fromSums.join('、')} 列文字识别未能读出，数值由表内行、列合计推得（两条合计相互印证），请对照原件。`,
      })
    }
  }
  for (const g of REVIEW_GROUPS) {
    const group = report.reviewLitigation[g]
    if (!group || group.every((v) => v === null)) continue
    const holds = group.length === 5 && known(group) && sum(group.slice(0, 4)) === group[4]
    if (!holds) {
      report.reviewLitigation[g] = null
      notes.push({ field: `reviewLitigation.${g}`, message: '表四这一组是文字识别读出的数字，其总计无法核实（可能是识别错误，也可能是报告本身的计算错误），未采用，请对照原件。' })
    }
  }
  notes.push(...keepVouchedDisclosure(report, disclosureRows, share >= TRUSTED_SHARE, disclosureHeader))
  return notes
}
