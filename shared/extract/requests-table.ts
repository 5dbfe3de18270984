// Table 三: finds each row's label and its seven cells, in whatever shape the text comes:
// one cell per line, a row per line, `|` tables, real table cells, labels that come in a group
// before their numbers (pdftotext of a table whose label column wraps), labels lost or out of
// order (PDF→Markdown conversions), or digits run together (crawled pages).
import type { RequestRow, RequestRowKey } from '../model/report'
import { REQUEST_ROW_KEYS } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { dropLabelColumnBlanks, maskSpacedCells, readCells, type CellToken } from './cells'
import { REQUEST_ROW_RULES, splitRow, type SumRule } from './digit-split'
import { fuzzy, LOOSE_ROW_PATTERNS, OTHER_HANDLING_SUBROWS, ROW_PATTERNS } from './row-labels'
import { solveRequestsTable } from './requests-solve'
import { readingsWithGap, readWithoutStrays } from './requests-readings'
import { SUBTOTAL_HEADER, subtotalColumn, subtotalPlaceInHeader, subtotalRules, withoutColumn } from './requests-subtotal'
import { proveRequestRows, rowName, unreadContradictedDashes, type Placement, type RowHow } from './requests-proof'

const WIDTH = 7
const ORDER = new Map(REQUEST_ROW_KEYS.map((k, i) => [k, i]))
const order = (k: RequestRowKey): number => ORDER.get(k) ?? 99

interface LabelHit {
  key: RequestRowKey
  start: number
  end: number
}

export interface ParsedRow {
  key: RequestRowKey
  /** Candidate readings of the row (one when it is read plainly). */
  candidates: RequestRow[]
  labelStart: number | null
  cellsStart: number
  cellsEnd: number
  /** True when the row's label was not found and the row was placed by its position. */
  byPosition: boolean
  /**
   * How the row met its cells: 'anchored' — the run follows its own label (or a list of labels
   * printed together, every one of them found) and holds exactly 7 cells per label, in order;
   * 'grouped' — some labels of the run are printed elsewhere (after their numbers); 'position' —
   * placed without its own label anywhere, or after stray numbers were dropped.
   */
  placement: Placement
  /** Rows read from the same run of cells share a group number. */
  group: number
  /** Columns printed as a dash or slash (read as 0 unless the row's total contradicts that). */
  dashes: number[]
  /** The row was one cell short: its candidates place the missing cell in each column. */
  gap?: boolean
}

export interface RequestsParse {
  rows: Partial<Record<RequestRowKey, RequestRow>>
  /** Where each row was read (positions in the zone text). */
  spans: Partial<Record<RequestRowKey, { start: number; end: number }>>
  /** How each row was read: its cells follow its label, or their position is proven by the sums. */
  how: Partial<Record<RequestRowKey, RowHow>>
  /** Rows under （六） as three sub-rows (2021 template) or as one row (2019). */
  otherHandlingLayout: 'single' | 'split' | null
  notes: ExtractionNote[]
}

/**
 * Where the table starts: its header note (本列数据的勾稽关系…) or its first row (一、本年新收…).
 * Prose before it may use the same words (其中予以公开 30 件…) and is not read as rows.
 */
function tableStart(text: string): number {
  const header = /勾[\s\u3000]*稽[\s\u3000]*关[\s\u3000]*系/.exec(text)
  const received = ROW_PATTERNS.find((p) => p.key === 'received')!.re
  received.lastIndex = 0
  let first = received.exec(text)
  while (first && PROSE_COUNT.test(text.slice(first.index + first[0].length, first.index + first[0].length + 40))) first = received.exec(text)
  const starts = [header?.index, first?.index].filter((x): x is number => x !== undefined)
  return starts.length ? Math.min(...starts) : 0
}

/** A row's words used in a sentence: followed by a count in 件 (本年度新收政府信息公开申请35件，…). */
const PROSE_COUNT = /^[^\d\n\t\uE000]{0,16}?\d+[ \u3000]*件/

function findLabels(text: string): LabelHit[] {
  const hits: LabelHit[] = []
  const from = tableStart(text)
  const masked = maskSpacedCells(text)
  for (const { key, re } of ROW_PATTERNS) {
    re.lastIndex = from
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      const end = m.index + m[0].length
      if (PROSE_COUNT.test(text.slice(end, end + 40))) continue
      hits.push({ key, start: m.index, end })
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  // Keep one hit per place (the longest), and only the first hit of each row key: a key phrase
  // that comes again later is text, not the row.
  const out: LabelHit[] = []
  const seen = new Set<RequestRowKey>()
  for (const h of hits) {
    const last = out[out.length - 1]
    if (last && h.start < last.end) continue
    if (seen.has(h.key)) continue
    seen.add(h.key)
    out.push(h)
  }
  return addLooseLabels(out, masked, text)
}

/** Bare labels (总计, 其他, 其他处理 without numbering), each only where its neighbours' labels place it. */
function addLooseLabels(hits: LabelHit[], masked: string, text: string): LabelHit[] {
  const out = hits.slice()
  for (const { key, re, after } of LOOSE_ROW_PATTERNS) {
    if (out.some((h) => h.key === key)) continue
    const before = out.filter((h) => order(h.key) < order(key))
    if (!before.some((h) => after(h.key))) continue
    const from = Math.max(...before.map((h) => h.end))
    const to = Math.min(text.length, ...out.filter((h) => order(h.key) > order(key)).map((h) => h.start))
    re.lastIndex = from
    const m = re.exec(masked)
    if (!m || m.index + m[0].length > to) continue
    const end = m.index + m[0].length
    if (PROSE_COUNT.test(text.slice(end, end + 40))) continue
    out.push({ key, start: m.index, end })
    out.sort((a, b) => a.start - b.start)
  }
  return out
}

/** The whole label: from the hit back to its numbering and on to the end of its wording. */
/** The parts of [start, end) that are not cells (a label's words around the cells it wraps round). */
function labelPieces(text: string, [start, end]: [number, number]): [number, number][] {
  const masked = maskSpacedCells(text.slice(start, end))
  const out: [number, number][] = []
  let from = -1
  for (let i = 0; i <= masked.length; i++) {
    // Cells and white space are not the label's (a dash cell needs the space before it).
    const cell = i < masked.length && /\s/.test(masked[i]!)
    if (!cell && i < masked.length && from < 0) from = i
    if ((cell || i === masked.length) && from >= 0) {
      out.push([start + from, start + i])
      from = -1
    }
  }
  return out
}

function labelExtent(text: string, hit: LabelHit, nextStart: number): [number, number] {
  // The label's tail runs over CJK text and brackets until the first cell.
  let end = hit.end
  const tail = /^[^\d\t\uE000\n]*/.exec(text.slice(hit.end, nextStart))
  if (tail) end = hit.end + tail[0].length
  return [hit.start, end]
}

/**
 * A line whose cells are all empty and that holds no row label is a group heading's row
 * (（三）不予公开 | | | …), not a row of cells; a labelled row left all blank keeps its blanks (null).
 */
function dropBlankLines(tokens: CellToken[], text: string, labels: LabelHit[]): CellToken[] {
  const lineOf = (pos: number): number => text.lastIndexOf('\n', pos)
  const split = labels.some((h) => OTHER_HANDLING_SUBROWS.includes(h.key))
  const keep = new Set(tokens.filter((t) => t.value !== null || t.digits !== '').map((t) => lineOf(t.start)))
  for (const h of labels) if (!(split && h.key === 'otherHandling')) keep.add(lineOf(h.start))
  return tokens.filter((t) => keep.has(lineOf(t.start)))
}

type Event = { kind: 'label'; hit: LabelHit } | { kind: 'cells'; tokens: CellToken[] }

function events(text: string, labels: LabelHit[], width: number): Event[] {
  const exclude: [number, number][] = labels.flatMap((h, i) => labelPieces(text, labelExtent(text, h, labels[i + 1]?.start ?? text.length)))
  const tokens = dropBlankLines(dropLabelColumnBlanks(readCells(text, exclude), text, width), text, labels)
  const evs: Event[] = []
  let li = 0
  let run: CellToken[] = []
  const flush = (): void => {
    if (run.length) evs.push({ kind: 'cells', tokens: run })
    run = []
  }
  for (const t of tokens) {
    while (li < labels.length && (labels[li]?.start ?? Infinity) <= t.start) {
      flush()
      evs.push({ kind: 'label', hit: labels[li]! })
      li++
    }
    run.push(t)
  }
  flush()
  for (; li < labels.length; li++) evs.push({ kind: 'label', hit: labels[li]! })
  return evs
}

/** The rows after `after` not filled yet: where cells without a label of their own belong. */
function nextOpenRows(after: RequestRowKey | null, filled: Set<RequestRowKey>, layout: 'single' | 'split'): RequestRowKey[] {
  const start = after === null ? 0 : order(after) + 1
  return REQUEST_ROW_KEYS.slice(start).filter((k) => {
    if (filled.has(k)) return false
    if (layout === 'split' && k === 'otherHandling') return false
    if (layout === 'single' && OTHER_HANDLING_SUBROWS.includes(k)) return false
    return true
  })
}

/**
 * A run whose count is off by stray numbers on lines of their own (a converter misplaced a cell)
 * while whole rows stand on their own lines: keep the whole rows, drop the strays (with a note).
 */
function dropStrayLines(tokens: CellToken[], text: string, notes: ExtractionNote[], width: number): CellToken[] {
  if (tokens.length % width === 0) return tokens
  const lines = new Map<number, CellToken[]>()
  for (const t of tokens) {
    const line = text.lastIndexOf('\n', t.start)
    lines.set(line, [...(lines.get(line) ?? []), t])
  }
  const groups = [...lines.values()]
  if (!groups.some((g) => g.length === width) || groups.length < 2) return tokens
  const kept = groups.filter((g) => g.length % width === 0).flat()
  const stray = groups.filter((g) => g.length % width !== 0).flat()
  notes.push({ field: 'requests', message: `表三中有 ${stray.length} 个游离数字（${stray.map((t) => t.digits).join('、')}）无法归入任何一行，未使用。` })
  return kept
}

/** One run read as rows: each row's candidate readings, and the columns printed as dashes. */
interface RunReading {
  rows: RequestRow[][]
  dashes: number[][]
  /** Numbers left out of the run (a page number among the cells) so that every row's total holds. */
  dropped?: string[]
  /** One cell short: the candidates place the missing cell in each column, for the column sums. */
  gap?: boolean
}

/**
 * Reads one run of tokens as `rows` rows of `width` cells (7, or 8 with a 小计 column), or says it
 * cannot. `rules`: the row's sums, for splitting run-together digits (null: no split).
 */
function readRun(tokens: CellToken[], rows: number, width: number, rules: SumRule[] | null): RunReading | null {
  if (tokens.some((t) => t.glued)) return null
  if (tokens.length === rows * width) {
    const out: RunReading = { rows: [], dashes: [] }
    for (let r = 0; r < rows; r++) {
      const cells = tokens.slice(r * width, (r + 1) * width)
      out.rows.push([cells.map((t) => t.value)])
      out.dashes.push(cells.flatMap((t, c) => (t.dash ? [c] : [])))
    }
    return out
  }
  if (rows === 1 && tokens.length < width && rules) {
    // Split readings keep only those whose row sums hold, so a dash among them is a proven 0.
    const splits = splitRow(tokens, width, rules)
    if (splits.length) return { rows: [splits], dashes: [[]] }
    const gaps = width === WIDTH ? readingsWithGap(tokens) : []
    return gaps.length ? { rows: [gaps], dashes: [[]], gap: true } : null
  }
  const loose = rules ? readWithoutStrays(tokens, rows, width, rules) : null
  return loose ? { rows: loose.rows.map((r) => [r]), dashes: loose.rows.map(() => []), dropped: loose.dropped } : null
}

const POSITION_NOTE = '行未见行名，按其位置读取。'

/** How far before the first row label the column headings are looked for. */
const HEADER_REACH = 300

/** Leaves the 小计 column out of eight-cell rows where the sums place it; else the rows stay unread. */
function dropSubtotalColumn(parsed: ParsedRow[], headerPlace: number | null, notes: ExtractionNote[]): void {
  const at = subtotalColumn(
    parsed.flatMap((p) => p.candidates),
    headerPlace,
  )
  for (const p of parsed) {
    if (at === null) {
      p.candidates = []
      notes.push({ field: `requests.${p.key}`, message: `表三多出「小计」列，各行合计关系不能确定其位置，「${rowName(p.key)}」行未读取。` })
      continue
    }
    p.candidates = p.candidates.map((r) => withoutColumn(r, at))
    p.dashes = p.dashes.filter((c) => c !== at).map((c) => (c > at ? c - 1 : c))
  }
}

/** Table 四's header words: table 三 has ended where they come (its zone may run on without a heading). */
const TABLE_FOUR = new RegExp(`${fuzzy('行政复议')}|${fuzzy('行政诉讼')}`, 'g')

/** The table's text: up to table 四's header after the table's start, where the zone runs on into it. */
function tableText(zone: string): string {
  TABLE_FOUR.lastIndex = tableStart(zone)
  const m = TABLE_FOUR.exec(zone)
  return m ? zone.slice(0, m.index) : zone
}

/** A count printed with its unit in a cell ("5件"): the unit is followed by the next cell or a line end. */
const UNIT_CELL = /([\d０-９])([ \u3000]*)件(?=[\s|\uE000\d０-９\-－—–―/／]|$)/g

/**
 * A table whose cells carry their unit (5件 0件 …): the units are blanked (same length, so positions
 * hold) where at least a row's worth of cells carry one; a count in a sentence (申请35件，…) keeps it.
 */
function blankCellUnits(text: string): string {
  const from = tableStart(text)
  const body = text.slice(from)
  if ((body.match(UNIT_CELL)?.length ?? 0) < WIDTH) return text
  // In such a table the last cell of a row may run straight into the next label (crawled text).
  return text.slice(0, from) + body.replace(UNIT_IN_TABLE, (_m, d: string, sp: string) => `${d}${sp} `)
}

/** Any count with its unit inside a table printed with units, except one that ends a clause (…2件。). */
const UNIT_IN_TABLE = /([\d０-９])([ \u3000]*)件(?![ \u3000]*[，。；、,.;：:])/g

export function parseRequestsTable(zone: string): RequestsParse {
  const text = blankCellUnits(tableText(zone))
  const labels = findLabels(text)
  const notes: ExtractionNote[] = []
  const hasSubRows = labels.some((h) => OTHER_HANDLING_SUBROWS.includes(h.key))
  const layout: 'single' | 'split' = hasSubRows ? 'split' : 'single'
  // Rows already given cells. A label may come after its cells (pdftotext of a wrapped label
  // column prints a group of rows' numbers first); such a late label is then passed over.
  const filled = new Set<RequestRowKey>()
  const parsed: ParsedRow[] = []
  let pending: LabelHit[] = []
  let lastRow: RequestRowKey | null = null
  let started = false

  let runIndex = 0
  // A 小计 column in the header (before the first row): rows of eight cells, 小计 left out below.
  const first = labels[0]?.start ?? 0
  const header = text.slice(Math.max(0, first - HEADER_REACH), first)
  const width = SUBTOTAL_HEADER.test(header) ? WIDTH + 1 : WIDTH
  const headerPlace = width === WIDTH ? null : subtotalPlaceInHeader(header)
  const rules = width === WIDTH ? REQUEST_ROW_RULES : headerPlace === null ? null : subtotalRules(headerPlace)
  const evs = events(text, labels, width)
  // Labels directly followed by cells: such a row's label is not one printed apart from its numbers.
  const cellsAfter = new Set(evs.flatMap((e, i) => (e.kind === 'label' && evs[i + 1]?.kind === 'cells' ? [e.hit.key] : [])))
  for (const ev of evs) {
    if (ev.kind === 'label') {
      started = true
      // In the 2021 layout （六）其他处理 heads its sub-rows and holds no cells.
      if (layout === 'split' && ev.hit.key === 'otherHandling') continue
      if (filled.has(ev.hit.key)) continue
      pending.push(ev.hit)
      pending.sort((a, b) => order(a.key) - order(b.key))
      continue
    }
    if (!started) continue // digits before the first row label (headings, notes) are not cells
    runIndex++
    const toks = dropStrayLines(ev.tokens, text, notes, width)
    const runStart = toks[0]!.start
    const runEnd = toks[toks.length - 1]!.end
    let targets: { key: RequestRowKey; hit: LabelHit | null }[]
    const labelled = pending.length
    const chunks = toks.length % width === 0 ? toks.length / width : labelled || 1
    // More labels wait than rows of cells follow (a row whose own cells were not read leaves its label
    // waiting): which labels these cells belong to is a guess, so the rows count as placed by position.
    const fewerRowsThanLabels = chunks < labelled
    if (chunks <= labelled) {
      targets = pending.slice(0, chunks).map((h) => ({ key: h.key, hit: h }))
    } else {
      const after = pending[pending.length - 1]?.key ?? lastRow
      const extra = nextOpenRows(after, filled, layout)
        .filter((k) => !pending.some((h) => h.key === k))
        .slice(0, chunks - labelled)
      targets = [...pending.map((h) => ({ key: h.key, hit: h })), ...extra.map((key) => ({ key, hit: null }))]
    }
    const readings = targets.length ? readRun(toks, targets.length, width, rules) : null
    if (!readings) {
      const names = targets.map((t) => `「${rowName(t.key)}」`).join('、') || '（无行名）'
      notes.push({
        field: `requests.${targets[0]?.key ?? 'unknown'}`,
        message: `表三 ${names} 行的数字无法按每行 ${width} 列唯一分配（读到 ${toks.length} 个数字），未读取。`,
      })
      pending = pending.filter((h) => !targets.some((t) => t.hit === h))
      for (const t of targets) filled.add(t.key)
      if (targets.length) lastRow = targets[targets.length - 1]!.key
      continue
    }
    // Numbers were left out (strays on lines of their own, or a page number the sums single out):
    // rows with their labels are then proven by their own totals, rows without only by the table's.
    const dropped = toks !== ev.tokens || readings.dropped !== undefined
    if (readings.dropped) {
      notes.push({
        field: `requests.${targets[0]!.key}`,
        message: `表三 ${targets.map((t) => `「${rowName(t.key)}」`).join('、')} 行的数字中有 ${readings.dropped.length} 个（${readings.dropped.join('、')}）不属于任何一行（如页码），按各行合计关系略去。`,
      })
    }
    targets.forEach((t, i) => {
      filled.add(t.key)
      parsed.push({
        key: t.key,
        candidates: readings.rows[i] ?? [],
        dashes: readings.dashes[i] ?? [],
        ...(readings.gap ? { gap: true } : {}),
        labelStart: t.hit?.start ?? null,
        cellsStart: runStart,
        cellsEnd: runEnd,
        byPosition: t.hit === null,
        // A row whose label is printed elsewhere (labels before or after a block of numbers) is
        // 'grouped'; one whose label is nowhere, or read after dropping strays, is 'position'.
        placement: readings.gap
          ? 'solved'
          : fewerRowsThanLabels
            ? 'position'
            : t.hit === null && (dropped || !labels.some((h) => h.key === t.key) || cellsAfter.has(t.key))
            ? 'position'
            : t.hit !== null && targets.every((x) => x.hit !== null)
              ? dropped
                ? 'grouped'
                : 'anchored'
              : 'grouped',
        group: runIndex,
      })
      if (t.hit === null) {
        notes.push({ field: `requests.${t.key}`, message: `表三「${rowName(t.key)}」${POSITION_NOTE}` })
      }
    })
    pending = pending.filter((h) => !targets.some((t) => t.hit === h))
    lastRow = targets[targets.length - 1]?.key ?? lastRow
  }
  for (const h of pending) {
    notes.push({ field: `requests.${h.key}`, message: `表三「${rowName(h.key)}」行有行名但未读到数字。` })
  }

  if (width !== WIDTH) dropSubtotalColumn(parsed, headerPlace, notes)
  const solved = solveRequestsTable(parsed, notes)
  const proved = proveRequestRows(solved, parsed, notes)
  proved.rows = unreadContradictedDashes(proved.rows, parsed, notes)
  // A row placed by position that the sums did not prove was not read after all: its note says so, not this one.
  const unread = (k: string): boolean => !proved.rows[k as RequestRowKey]?.some((x) => x !== null)
  for (let i = notes.length - 1; i >= 0; i--) if (notes[i]!.message.endsWith(POSITION_NOTE) && unread(notes[i]!.field.slice('requests.'.length))) notes.splice(i, 1)
  const spans: RequestsParse['spans'] = {}
  for (const p of parsed) spans[p.key] = { start: p.labelStart ?? p.cellsStart, end: p.cellsEnd }
  const foundLayout = parsed.some((p) => OTHER_HANDLING_SUBROWS.includes(p.key))
    ? 'split'
    : parsed.some((p) => p.key === 'otherHandling')
      ? 'single'
      : null
  // Rows of the template that were not found at all say so too (a missing number always has a note).
  if (parsed.length > 0) {
    const want = REQUEST_ROW_KEYS.filter((k) => (foundLayout === 'split' ? k !== 'otherHandling' : foundLayout === 'single' ? !OTHER_HANDLING_SUBROWS.includes(k) : true))
    for (const k of want) {
      if (!proved.rows[k] && !notes.some((n) => n.field === `requests.${k}`)) notes.push({ field: `requests.${k}`, message: `表三未找到「${rowName(k)}」行，未读取。` })
    }
  } else if (!notes.length) notes.push({ field: 'requests', message: '表三未找到任何行名，未读取。' })
  return { rows: proved.rows, how: proved.how, spans, otherHandlingLayout: foundLayout, notes }
}
