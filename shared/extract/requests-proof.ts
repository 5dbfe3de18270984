// Proves table 三's rows: a row whose seven cells follow its own label is read "by label"; a row
// placed any other way (labels printed in a group before their numbers, a row without a label, a
// run with stray numbers dropped) is kept only when the table's own identities prove that exact
// placement — its row total, 三（七）总计 = the outcome rows, 一 + 二 = （七） + 四 — else it is left
// empty with a note naming the rows. A report's own arithmetic error in a label-read row survives.
import type { RequestRow, RequestRowKey } from '../model/report'
import { OUTCOME_ROW_KEYS, outcomeRowsOf } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { REQUEST_ROW_GROUP, REQUEST_ROW_LABELS } from '../model/template-labels'
import { cellId, dashesProvenByColumns } from './requests-dash-columns'
import { groupsProvenByColumns, type OpenGroup } from './requests-group-columns'
import { oneCellSlip, slipsMayStand, unreadGroupNote } from './requests-group-slips'
import { dropReadingNotes } from './requests-reading-notes'
import { holdsInEveryCut, type CutRow } from './requests-run-cut-rows'
import { heldByEveryReading, type JointOf } from './requests-joint-rows'
import { rowSumHolds } from './requests-row-sum'

/** (The row sum lives in the leaf requests-row-sum.ts; exported here too for the row readers that import it from here.) */
export { rowSumHolds }

export type RowHow = 'label' | 'sums'
/** 'solved': the row's cells were placed by the table's column sums (requests-solve), which proved them. */
export type Placement = 'anchored' | 'grouped' | 'position' | 'solved'
type Rows = Partial<Record<RequestRowKey, RequestRow>>

const v = (x: number | null | undefined): number => x ?? 0
export const FLOW: RequestRowKey[] = ['received', 'carriedOver', 'handledTotal', 'carriedForward']

/** 三（七）总计 = the sum of the outcome rows, in every column; null when a row it needs is missing. */
export function outcomesHold(rows: Rows): boolean | null {
  const total = rows.handledTotal
  const outcomes = OUTCOME_ROW_KEYS.filter((k) => rows[k])
  if (!total || outcomes.length === 0) return null
  // 2019: （六） is one row; 2021: three sub-rows. Either set must be complete.
  const needed = outcomeRowsOf(outcomes)
  if (needed.some((k) => !rows[k] || rows[k]!.some((x) => x === undefined))) return null
  for (let c = 0; c < 7; c++) if (needed.reduce((a, k) => a + v(rows[k]![c]), 0) !== v(total[c])) return false
  return true
}

/** 一 + 二 = （七） + 四 in every column; null when one of the four rows is missing. */
export function flowHolds(rows: Rows): boolean | null {
  const [a, b, t, f] = FLOW.map((k) => rows[k])
  if (!a || !b || !t || !f) return null
  if ([a, b, t, f].some((r) => r.some((x) => x === undefined))) return null
  for (let c = 0; c < 7; c++) if (v(a[c]) + v(b[c]) !== v(t[c]) + v(f[c])) return false
  return true
}

/**
 * Whether the identities prove the position-read rows `keys` together: each row's total holds, and
 * every identity one of them takes part in can be evaluated and holds. (Sums catch a row boundary
 * one step off, a swallowed or a stray row; the order among rows comes from their labels' order.)
 */
function provenBySums(keys: RequestRowKey[], rows: Rows, unordered: RequestRowKey[], counted: RequestRowKey[]): boolean {
  if (keys.some((k) => !rows[k] || !rowSumHolds(rows[k]!))) return false
  return identitiesHold(keys, rows) && !swapAlsoHolds(unordered, rows) && !swapAlsoHolds(counted, rows, true)
}

/** Every identity one of `keys` takes part in can be evaluated and holds. */
function identitiesHold(keys: RequestRowKey[], rows: Rows): boolean {
  const checks: (boolean | null)[] = []
  if (keys.some((k) => OUTCOME_ROW_KEYS.includes(k) || k === 'handledTotal')) checks.push(outcomesHold(rows))
  if (keys.some((k) => FLOW.includes(k))) checks.push(flowHolds(rows))
  return checks.length > 0 && checks.every((c) => c === true)
}

/**
 * Whether two rows of one group （三）…（六） (or two of the rows outside them) whose order no printed label fixes (no label of their own, labels printed
 * in another order than the template's, or cells after another row's label), exchanged, would
 * satisfy every identity as well: the sums then cannot tell their order (all outcome rows add into
 * the same 总计; 新收 and 结转 into the same side of the flow), so they prove neither row's place.
 * Rows with equal cells exchange harmlessly.
 */
export function swapAlsoHolds(keys: readonly RequestRowKey[], rows: Rows, acrossGroups = false): boolean {
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const a = rows[keys[i]!]
      const b = rows[keys[j]!]
      // Only rows of one group: a row the layout puts under another group heading is not its sibling.
      if (!acrossGroups && (REQUEST_ROW_GROUP[keys[i]!] ?? '') !== (REQUEST_ROW_GROUP[keys[j]!] ?? '')) continue
      if (!a || !b || a.every((x, c) => v(x) === v(b[c]))) continue
      if (identitiesHold([keys[i]!, keys[j]!], { ...rows, [keys[i]!]: b, [keys[j]!]: a })) return true
    }
  }
  return false
}

/**
 * `unknown`: cells left empty because their reading is open (`key:column`), not printed blank. In
 * the sums they are unknown, not 0: an identity that takes one in cannot be checked (a row of zeros
 * is not "proven" against rows that were not read).
 */
function withUnknownCells(rows: Rows, unknown: ReadonlySet<string>): Rows {
  if (unknown.size === 0) return rows
  const out: Rows = { ...rows }
  for (const k of Object.keys(rows) as RequestRowKey[]) {
    if (rows[k]!.some((_, c) => unknown.has(`${k}:${c}`))) out[k] = rows[k]!.map((x, c) => (unknown.has(`${k}:${c}`) ? (undefined as unknown as null) : x))
  }
  return out
}

export const rowName = (k: RequestRowKey): string => REQUEST_ROW_LABELS[k].replace(/（区分处理的.*$/, '')

/**
 * Keeps label-read rows; rows printed as a group of labels before their cells where every row total
 * of the group holds (the boundaries between rows are then proven); other placements only where
 * the column identities prove them. Empties the rest (with a note naming them). Returns how each
 * kept row was read. `strays`: rows whose total holds only without a stray digit in one cell
 * (requests-stray-digit.ts; `rows` hold them without it). Such a row proves no position: that two
 * guesses — where its numbers belong, and which digit is not the report's — together make a sum
 * hold is a coincidence, not a proof (review 9b r11-spaced-7: the row after a lone 「2」 took the
 * header's trail 「6 0 0 1 0 29」, and 29 without its 2 made it add up).
 */
export function proveRequestRows(
  rows: Rows,
  placed: readonly ({ key: RequestRowKey; placement: Placement; group: number; byPosition?: boolean; unordered?: boolean; underRemarks?: boolean; byColumns?: RequestRow; plain?: boolean } & CutRow & JointOf)[],
  notes: ExtractionNote[],
  unknown: ReadonlySet<string> = new Set(),
  strays: ReadonlySet<RequestRowKey> = new Set(),
): { rows: Rows; how: Partial<Record<RequestRowKey, RowHow>> } {
  const how: Partial<Record<RequestRowKey, RowHow>> = {}
  // A group of labels printed before its numbers, read row by row, is proven where every row adds up
  // to its total. A row that does not may be the report's slip or our misreading of the run (a row
  // boundary one step off, a cell from a neighbouring row): only the column identities, and a run
  // that allows no other reading (requests-group-slips.ts), let it stand.
  const groupRows = new Map<number, RequestRowKey[]>()
  for (const p of placed) if (p.placement === 'grouped') groupRows.set(p.group, [...(groupRows.get(p.group) ?? []), p.key])
  const groupOk = new Map<number, boolean>()
  for (const [group, keys] of groupRows) {
    // A run whose rows were all given by position (none has its own label before the cells): their
    // totals prove where the rows end, not which rows they are — a lone such row would be "proven" by
    // its own sum. (After a row's own label, the rows that follow it are the template's next ones.)
    if (keys.every((k) => placed.some((p) => p.key === k && p.byPosition))) {
      groupOk.set(group, false)
      continue
    }
    // A row of a run cut together, with cells left open, adds up in every reading of the run (requests-run-cut-rows.ts);
    // a row of a run read both row by row and column by column, every row adding up either way, holds the
    // cells both readings agree on (requests-joint-rows.ts): their open cells do not break the group.
    const held = (k: RequestRowKey): boolean => {
      const p = placed.find((x) => x.key === k)
      return rowSumHolds(rows[k]!) || heldByEveryReading(rows[k]!, p) || holdsInEveryCut(p, unknown)
    }
    const broken = keys.filter((k) => !rows[k] || strays.has(k) || !held(k))
    // One failing row that a single cell explains, in a run read as printed (requests-group-slips.ts): the report's slip.
    const slip = broken.length === 1 && keys.length >= 2 && !strays.has(broken[0]!) && !!rows[broken[0]!] && slipsMayStand(keys, placed) && oneCellSlip(broken[0]!, keys, withUnknownCells(rows, unknown), identitiesHold)
    groupOk.set(group, broken.length === 0 || slip)
    if (slip) notes.push({ field: `requests.${broken[0]}`, message: `表三「${rowName(broken[0]!)}」行与同组各行的行名印在数字之前，按次序读取；此行各列之和与总计不符，而只改其中一格即可使本行及表内各列合计关系全部成立，多半是报告自身的差错，请对照原文核实。` })
  }
  // Groups whose row totals do not prove them may be proven by the column identities (requests-group-columns.ts).
  const open: OpenGroup[] = [...groupRows].flatMap(([group, keys]) => {
    if (groupOk.get(group) || keys.length < 2 || keys.some((k) => !rows[k])) return []
    const alt = keys.map((k) => placed.find((p) => p.key === k)?.byColumns)
    return [{ group, keys, ...(alt.every((r) => r) ? { byColumns: alt as RequestRow[] } : {}) }]
  })
  const byColumns = groupsProvenByColumns(open, withUnknownCells(rows, unknown), identitiesHold)
  // Proven together or not at all (each group's reading enters the others' sums).
  const misread = [...byColumns].filter((g) => !slipsMayStand(groupRows.get(g)!, placed))
  for (const g of misread) notes.push({ field: `requests.${groupRows.get(g)![0]}`, message: unreadGroupNote(groupRows.get(g)!.map((k) => `「${rowName(k)}」`).join('、')) })
  for (const group of misread.length ? [] : byColumns) {
    const keys = groupRows.get(group)!
    groupOk.set(group, true)
    for (const k of keys.filter((k) => !rowSumHolds(rows[k]!))) {
      notes.push({ field: `requests.${k}`, message: `表三「${rowName(k)}」行与同组各行的行名印在数字之前，按次序读取（表内各列合计关系证实了各行的位置）；此行各列之和与总计不符，多半是报告自身的差错，请对照原文核实。` })
    }
  }
  const loose: RequestRowKey[] = []
  for (const p of placed) {
    if (!rows[p.key]) continue
    if (p.placement === 'anchored') how[p.key] = 'label'
    else if (p.placement === 'solved') how[p.key] = 'sums'
    else if (p.placement === 'grouped' && groupOk.get(p.group)) how[p.key] = 'sums'
    else loose.push(p.key)
  }
  if (loose.length === 0) return { rows, how }
  const unordered = loose.filter((k) => placed.some((p) => p.key === k && p.unordered))
  // Rows placed by counting alone under a remarks column, where a row may print nothing but its remark
  // (issue 10): no group heading fixes them either, and the outcome rows all add into one 总计, so a
  // row one group off holds the sums as well.
  const counted = loose.filter((k) => placed.some((p) => p.key === k && p.placement === 'position' && p.underRemarks))
  if (!loose.some((k) => strays.has(k)) && provenBySums(loose, withUnknownCells(rows, unknown), unordered, counted)) {
    for (const k of loose) how[k] = 'sums'
    return { rows, how }
  }
  const unproven = loose
  const out: Rows = { ...rows }
  for (const k of unproven) out[k] = rows[k]!.map(() => null)
  // One reason a row: the solver's notes on these rows' readings give way to this one.
  dropReadingNotes(notes, unproven)
  notes.push({
    field: `requests.${unproven[0]}`,
    message: `表三以下各行的数字所属的行不能由行名确定（数字未紧随其行名，或紧随的行名之前另有未印数字的行名），表内合计关系也不能证明其位置，未读取：${unproven.map(rowName).join('、')}。`,
  })
  for (const k of unproven.slice(1)) notes.push({ field: `requests.${k}`, message: `表三「${rowName(k)}」行的位置不能证明，未读取（见上条说明）。` })
  return { rows: out, how }
}

/**
 * A dash or slash cell reads as 0 only where the row's own total agrees, or where its column's sums
 * prove it (requests-dash-columns.ts): where the 总计 column contradicts the row with its dashes as 0,
 * a dash may stand for a number the report left out, so the dash cells no column proves are left
 * empty, with a note naming the row (the other cells stay as printed).
 */
export function unreadContradictedDashes(rows: Rows, placed: readonly { key: RequestRowKey; dashes: number[] }[], notes: ExtractionNote[]): Rows {
  const contradicted = new Map<RequestRowKey, number[]>()
  for (const p of placed) {
    const row = rows[p.key]
    if (!row || p.dashes.length === 0 || rowSumHolds(row)) continue
    const cells = p.dashes.filter((c) => row[c] === 0)
    if (cells.length) contradicted.set(p.key, cells)
  }
  if (contradicted.size === 0) return rows
  // Only where the row's printed cells already exceed its total: a dash above 0 would only widen the
  // gap, so the row claims nothing for it. Where they fall short, the row says the dashes may hold the
  // rest, and a column saying 0 contradicts it: not proven either way. But where a cell of the row
  // that is no dash was not read (a scan's lone 7 the recogniser missed), the shortfall may be that
  // cell's: the row says nothing of its dashes, and their columns decide.
  const over = (k: RequestRowKey): boolean => rows[k]!.slice(0, 6).reduce<number>((a, b) => a + v(b), 0) > v(rows[k]![6])
  const unread = (k: RequestRowKey, dashes: number[]): boolean => rows[k]!.some((x, c) => x === null && !dashes.includes(c))
  const judged = [...contradicted].filter(([k, cells]) => over(k) || unread(k, cells))
  const proven = dashesProvenByColumns(rows, new Set(judged.flatMap(([k, cells]) => cells.map((c) => cellId(k, c)))))
  const out: Rows = { ...rows }
  for (const [key, all] of contradicted) {
    const cells = all.filter((c) => !proven.has(cellId(key, c)))
    if (cells.length === 0) continue
    out[key] = rows[key]!.map((x, c) => (cells.includes(c) ? null : x))
    notes.push({
      field: `requests.${key}`,
      message: `表三「${rowName(key)}」行有 ${cells.length} 格印作“—”或“/”，但该行总计与其为 0 不符，所在列的合计关系也不能证实，这些格未读取。`,
    })
  }
  return out
}
