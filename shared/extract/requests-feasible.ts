// Which readings of each table-三 row can be part of a reading of the whole table where the
// template's column identities hold: 三（七）总计 = the sum of the outcome rows, and
// 一 + 二 = （七） + 四, in every column. Exact, not sampled: the outcome rows are walked as a sum of
// column vectors (the partial sums reachable after each row, and those still reachable to the
// end), so twenty rows of a dozen readings each cost thousands of steps, not a product of billions.
import type { RequestRow, RequestRowKey } from '../model/report'
import { OUTCOME_ROW_KEYS } from '../model/report'
import { OTHER_HANDLING_SUBROWS } from './row-labels'
import { outcomesByColumn } from './requests-feasible-columns'
import { outcomesFitting } from './requests-outcome-walk'

const COLS = 7
/** Steps over the combinations of the rows tried together (总计, 一, 二, 四, runs cut across rows) before giving up. */
const MAX_FLOW = 2_000_000

export interface RowReadings {
  key: RequestRowKey
  candidates: RequestRow[]
  /** Empty cells are blanks the text dropped: 0 in the sums. */
  blanks?: boolean
  /** Rows cut from one run of digits together: the run's readings (a row each), and this row's place in them. */
  joint?: { readings: RequestRow[][]; index: number }
}

/** Rows read together: one row, or the rows of one run of digits cut together (each reading a row per key). */
interface Unit {
  keys: RequestRowKey[]
  /** Each key's place in a reading. */
  at: number[]
  readings: RequestRow[][]
  blanks: boolean
}

function unitsOf(rows: RowReadings[]): Unit[] {
  const units: Unit[] = []
  const joint = new Map<RequestRow[][], Unit>()
  for (const r of rows) {
    if (!r.joint) {
      units.push({ keys: [r.key], at: [0], readings: r.candidates.map((x) => [x]), blanks: !!r.blanks })
      continue
    }
    const u = joint.get(r.joint.readings)
    if (u) {
      u.keys.push(r.key)
      u.at.push(r.joint.index)
    } else {
      const nu = { keys: [r.key], at: [r.joint.index], readings: r.joint.readings, blanks: !!r.blanks }
      joint.set(r.joint.readings, nu)
      units.push(nu)
    }
  }
  return units
}

export type Feasible =
  /** Every row's readings that take part in at least one table reading where the identities hold. */
  | { kind: 'proven'; keep: Map<RequestRowKey, RequestRow[]>; checked: Set<RequestRowKey>; failed?: 'outcomes' | 'flow' }
  /** The identities can be evaluated and no reading of the table satisfies them (the report's own error, or a misreading). */
  | { kind: 'none' }
  /** Too little to go on (rows missing) or too many readings to walk: nothing is ruled out. */
  | { kind: 'open' }

/** A row's cell as it counts in a sum: a dropped blank is 0, any other empty cell is unknown (undefined). */
const cellValue = (row: RequestRow, c: number, blanks: boolean): number | undefined => {
  const v = row[c]
  return v === null || v === undefined ? (blanks ? 0 : undefined) : v
}

/** Columns where every reading of every row in `units` has a number (or a dropped blank). */
function knownColumns(units: Unit[]): number[] {
  const out: number[] = []
  for (let c = 0; c < COLS; c++) if (units.every((u) => u.readings.every((rs) => rs.every((x) => cellValue(x, c, u.blanks) !== undefined)))) out.push(c)
  return out
}

/** A unit's reading as it counts in the column sums: its rows added up. */
const vec = (rows: RequestRow[], cols: number[], blanks: boolean): number[] => cols.map((c) => rows.reduce((a, x) => a + cellValue(x, c, blanks)!, 0))
const keyOf = (v: number[]): string => v.join(',')

/** The outcome rows the layout needs: （六） as one row (2019) or as its three sub-rows (2021). */
function neededOutcomes(byKey: Map<RequestRowKey, unknown>): RequestRowKey[] {
  const split = OTHER_HANDLING_SUBROWS.some((k) => byKey.has(k))
  return OUTCOME_ROW_KEYS.filter((k) => (split ? k !== 'otherHandling' : !OTHER_HANDLING_SUBROWS.includes(k)))
}

const FLOW_KEYS: readonly RequestRowKey[] = ['received', 'carriedOver', 'carriedForward']

/**
 * Each row's readings that take part in a reading of the whole table where every identity that can
 * be evaluated holds. The outcome rows are walked as sums (outcomesFitting); the few other rows —
 * 总计, 一, 二, 四, and runs of digits cut across rows of both kinds — are tried in every combination.
 */
export function feasibleReadings(rows: RowReadings[]): Feasible {
  const both = feasibleUnder(rows, { outcomes: true, flow: true })
  if (both.kind !== 'none') return both
  // No reading satisfies both identities: the report's own arithmetic breaks one of them (the
  // outcome rows not adding up to 总计 is a common real error). Rows are then read by the identity
  // that holds on its own, never by one that fails; a row in both keeps the readings of either.
  const whole = feasibleUnder(rows, { outcomes: true, flow: false })
  // Failing in some column: the columns where it holds still rule readings out (requests-feasible-columns.ts),
  // in a table read without dropped blanks (a row that fits only with one may be the report's slip made to fit).
  const byColumn = whole.kind === 'none' && !rows.some((r) => r.blanks) ? outcomesByColumn((c) => feasibleUnder(rows, { outcomes: true, flow: false, cols: [c] }), differingColumns(rows)) : undefined
  const byOutcomes: Feasible = byColumn ? { kind: 'proven', ...byColumn } : whole
  const byFlow = feasibleUnder(rows, { outcomes: false, flow: true })
  const alone = [byOutcomes, byFlow].filter((f) => f.kind === 'proven')
  if (!alone.length) return { kind: 'none' }
  const failed = whole.kind === 'none' ? ('outcomes' as const) : byFlow.kind === 'none' ? ('flow' as const) : undefined
  const keep = new Map<RequestRowKey, RequestRow[]>()
  const checked = new Set(alone.flatMap((f) => [...f.checked]))
  for (const k of alone[0]!.keep.keys()) {
    const by = alone.filter((f) => f.checked.has(k))
    const all = (by.length ? by : alone.slice(0, 1)).flatMap((f) => f.keep.get(k) ?? [])
    keep.set(k, [...new Map(all.map((r) => [JSON.stringify(r), r])).values()])
  }
  return { kind: 'proven', keep, checked, ...(failed ? { failed } : {}) }
}

/** Columns where some row's readings differ. */
function differingColumns(rows: RowReadings[]): number[] {
  const out: number[] = []
  for (let c = 0; c < COLS; c++) if (rows.some((r) => r.candidates.some((x) => x[c] !== r.candidates[0]![c]))) out.push(c)
  return out
}

/** `use.cols`: only these columns' identities (all seven where absent). */
function feasibleUnder(rows: RowReadings[], use: { outcomes: boolean; flow: boolean; cols?: number[] }): Feasible {
  const units = unitsOf(rows.filter((r) => r.candidates.length > 0))
  const unitOf = new Map(units.flatMap((u) => u.keys.map((k) => [k, u] as const)))
  if (!unitOf.has('handledTotal')) return { kind: 'open' }
  const outcomeKeys = neededOutcomes(unitOf)
  const hasOutcomes = use.outcomes && outcomeKeys.every((k) => unitOf.has(k))
  const hasFlow = use.flow && FLOW_KEYS.every((k) => unitOf.has(k))
  if (!hasOutcomes && !hasFlow) return { kind: 'open' }
  // Walked as sums: units made only of outcome rows. Tried in combination: every other unit.
  const walked = hasOutcomes ? units.filter((u) => u.keys.every((k) => outcomeKeys.includes(k))) : []
  const tried = units.filter((u) => !walked.includes(u) && u.keys.some((k) => k === 'handledTotal' || (hasFlow && FLOW_KEYS.includes(k)) || (hasOutcomes && outcomeKeys.includes(k))))
  const inIdentity = (keys: readonly RequestRowKey[]): Unit[] => units.filter((u) => u.keys.some((k) => keys.includes(k)))
  const outCols = hasOutcomes ? knownColumns(inIdentity([...outcomeKeys, 'handledTotal'])).filter((c) => !use.cols || use.cols.includes(c)) : []
  // The flow rows are tried in combination, so a cell unknown in one reading only leaves that column unchecked there.
  const flowCols = hasFlow ? [0, 1, 2, 3, 4, 5, 6].filter((c) => !use.cols || use.cols.includes(c)) : []
  if (!outCols.length && !flowCols.length) return { kind: 'open' }
  // The flow rows on their own come last: the outcome sums, which they take no part in, are checked
  // before them, so a combination that fails there is not multiplied by their readings.
  const flowSingle = (u: Unit): boolean => u.keys.length === 1 && FLOW_KEYS.includes(u.keys[0]!)
  tried.sort((a, b) => Number(flowSingle(a)) - Number(flowSingle(b)))
  const boundary = tried.findIndex(flowSingle) < 0 ? tried.length : tried.findIndex(flowSingle)

  /**
   * The sums, on `cols`, of the rows `keys` in the readings chosen so far: `at[d]` covers the tried
   * units 0..d-1, kept up to date as the walk below chooses (each node adds one unit's rows instead
   * of re-adding every unit at every leaf: millions of leaves in a table of many readings). The
   * cells are added in the same order as a sum over the units would add them.
   */
  const running = (keys: readonly RequestRowKey[], cols: number[]): { at: number[][]; choose: (ui: number, i: number) => void } => {
    const at = [...tried.map(() => cols.map(() => 0)), cols.map(() => 0)]
    const places = tried.map((u) => u.keys.flatMap((k, n) => (keys.includes(k) ? [u.at[n]!] : [])))
    const choose = (ui: number, i: number): void => {
      const from = at[ui]!
      const to = at[ui + 1]!
      const rows = tried[ui]!.readings[i]!
      const blanks = tried[ui]!.blanks
      for (let j = 0; j < cols.length; j++) {
        let x = from[j]!
        for (const p of places[ui]!) x += cellValue(rows[p]!, cols[j]!, blanks) ?? NaN
        to[j] = x
      }
    }
    return { at, choose }
  }
  const totals = running(['handledTotal'], outCols)
  const given = running(outcomeKeys, outCols)
  const inflow = running(['received', 'carriedOver'], flowCols)
  const outflow = running(['handledTotal', 'carriedForward'], flowCols)
  // The walked units' readings as they count in the sums: the same for every combination tried.
  const walkedVecs = walked.map((u) => u.readings.map((x) => vec(x, outCols, u.blanks)))
  const walks = new Map<string, Set<number>[] | undefined>()
  const keep = new Map<Unit, Set<number>>()
  const mark = (u: Unit, i: number): void => {
    keep.set(u, (keep.get(u) ?? new Set()).add(i))
  }
  const choice: number[] = tried.map(() => 0)
  let tooLarge = false
  let steps = 0
  let fit: Set<number>[] | undefined
  const visit = (ui: number): void => {
    if (tooLarge) return
    if (++steps > MAX_FLOW) {
      tooLarge = true
      return
    }
    if (ui === boundary && outCols.length) {
      // What the walked units must add up to: 总计 less the outcome rows among the tried units.
      const before = given.at[boundary]!
      const target = totals.at[boundary]!.map((x, j) => x - before[j]!)
      const key = keyOf(target)
      if (!walks.has(key)) walks.set(key, outcomesFitting(walkedVecs, target))
      fit = walks.get(key)
      if (fit === undefined) {
        tooLarge = true
        return
      }
      if (fit.some((x) => x.size === 0)) return
    }
    if (ui < tried.length) {
      for (let i = 0; i < tried[ui]!.readings.length; i++) {
        choice[ui] = i
        if (ui < boundary && outCols.length) {
          totals.choose(ui, i)
          given.choose(ui, i)
        }
        if (flowCols.length) {
          inflow.choose(ui, i)
          outflow.choose(ui, i)
        }
        visit(ui + 1)
      }
      return
    }
    if (flowCols.length) {
      // Column by column, as far as this combination states it (a row one cell short leaves one cell unknown).
      const ins = inflow.at[tried.length]!
      const outs = outflow.at[tried.length]!
      if (ins.some((x, j) => !Number.isNaN(x) && !Number.isNaN(outs[j]!) && x !== outs[j])) return
    }
    tried.forEach((u, i) => mark(u, choice[i]!))
    if (outCols.length) fit?.forEach((set, i) => set.forEach((x) => mark(walked[i]!, x)))
  }
  visit(0)
  if (tooLarge) return { kind: 'open' }
  if (!keep.size) return { kind: 'none' }
  const checked = new Set([...(outCols.length ? [...walked, ...tried] : []), ...(flowCols.length ? tried : [])])
  const out = new Map<RequestRowKey, RequestRow[]>()
  for (const u of units) {
    // Units no identity checked keep all their readings.
    const k = keep.get(u)
    const readings = checked.has(u) ? u.readings.filter((_, i) => k?.has(i)) : u.readings
    u.keys.forEach((key, n) => {
      const i = u.at[n]!
      const seen = new Map<string, RequestRow>()
      for (const r of readings) seen.set(JSON.stringify(r[i]), r[i]!)
      out.set(key, [...seen.values()])
    })
  }
  return { kind: 'proven', keep: out, checked: new Set([...checked].flatMap((u) => u.keys)) }
}
