// Table 三: finds each row's label and its seven cells, in whatever shape the text comes:
// one cell per line, a row per line, `|` tables, real table cells, labels that come in a group
// before their numbers (pdftotext of a table whose label column wraps), labels lost or out of
// order (PDF→Markdown conversions), or digits run together (crawled pages).
import { namesRemarksColumn, REMARKS_AFTER_TOTAL, remarkDashRowNote } from './requests-remarks-header'
import { blanksForGaps, ruleOutDroppedBlanks } from './requests-dropped-blanks'
import { runOrientation } from './requests-column-major'
import type { RequestRowKey } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { REQUEST_ROW_RULES } from './digit-split'
import { OTHER_HANDLING_SUBROWS } from './row-labels'
import { solveRequestsTable } from './requests-solve'
import { proseRowTotals } from './requests-prose-totals'
import { dropSubtotalColumn, SUBTOTAL_HEADER, subtotalPlaceInHeader, subtotalRules } from './requests-subtotal'
import { rowName } from './requests-proof'
import { findLabels, order, repeatedLabels, tableText, type LabelHit } from './requests-labels'
import { pushMissingRowNotes } from './requests-missing-rows'
import { foundOtherHandlingLayout } from './requests-found-layout'
import { dropStrayLines, events } from './requests-events'
import { readRun, WIDTH } from './requests-run'
import { markedRunTokens, sharedCellText } from './row-cell-tokens'
import { BLANK_COLUMN_AMONG_BLANKS_NOTE, blankColumnAmongBlanks, blankColumnNote, blankColumnShown, otherRowLengths, unsplitRowsNote, unsplitShowsBlankColumn, wholeRowsHold } from './requests-blank-column'
import { blankCellUnits } from './requests-units'
import { requestColumnMap, transposedRequestsNote, type ColumnSource } from './requests-columns'
import { POSITION_NOTE, solvedAndGuardedRows } from './requests-solved-rows'
import { parsedToTemplate } from './requests-column-apply'
import { hasWrappedRest } from './requests-wrapped-rest'
import { readRowsWithoutCutTotal } from './requests-cut-total'
import { stitchBrokenNumbers, type BrokenNumbers } from './broken-numbers'
import { zeroLedRows } from './requests-zero-led'
import { mayBeShifted } from './requests-shifted-run'
import { subtotalRowsInOrder, unreadRowsApartFromLabels } from './requests-subtotal-in-order'
import { allIdentitiesHold, cellsBeforeFirstLabel, labelsBeforeTheirCells, orientationUndecided } from './requests-orientation'
import type { ParsedRow, RequestsParse } from './requests-parsed-row'
import { dropsBlankCells, leftOutAtPageBreaks, otherRowBetween } from './requests-short-rows'
import { numbersBeforePageBreaks } from './page-number-lines'
import { toAsciiDigits } from './numbers-cn'
import { readMergedOrganisations } from './requests-merged-orgs'
import { blankCellNotes } from './requests-blank-cells'
import { spacedDigitsNotes, strayBesideDigits } from './requests-spaced-digits'
import { outOfOrder, runTargets, unsplitRunNotes } from './requests-run-places'
import { labelDoubts } from './requests-label-doubts'
import { printedSpaced } from './spaced-digit-cells'
import { lineMergeReadings } from './requests-line-merges'
import { withCutLabelHeads } from './requests-cut-label'
import { missingColumnNote } from './requests-missing-column'

/** How far before the first row label the column headings are looked for. */
const HEADER_REACH = 300

/**
 * `before`: the text just before the zone (where the section has no heading of its own, the table's
 * column headings may stand before the zone's first row label): for the column order only.
 * `lastColumnCut`: the reader found the table running past the page's right edge (the 总计 column is
 * not in the text; requests-cut-total.ts).
 * `pageStarts`: where new pages start in `zone` (page-number-lines.ts), for numbers that may be page numbers.
 */
/** （六）其他处理 printed with its own numbers above the 2021 template's three sub-rows. */
const OTHER_SUBTOTAL_NOTE = '表三「（六）其他处理」行印有自己的数字（小计），其下又列出 2021 年模板的三个分项；本表按分项读取，「（六）其他处理」这一行的数字未读取。'

/** Numbers (or 小计 and numbers) right after a row label, not a sub-row's number (1.): the row holds cells of its own. */
const OWN_NUMBERS = /^[\s\u3000|\t\uE000]*(?:小[\s\u3000]*计[\s\u3000|\t\uE000]*)?[\d０-９]+(?![\d０-９.．、])/

export function parseRequestsTable(printed: string, printedBefore = '', { lastColumnCut = false, pageStarts = [], streamOrder = true, gridOrder = null, gridRefused, orderUnknown = false }: { lastColumnCut?: boolean; pageStarts?: number[]; streamOrder?: boolean; gridOrder?: readonly number[] | null; gridRefused?: string; orderUnknown?: boolean } = {}): RequestsParse {
  const columns: ColumnSource = { streamOrder, gridOrder, gridRefused, orderUnknown }
  // Full-width digits made ASCII once here, so that every reading below (most of them test \d)
  // sees a table printed in ０-９ as it sees one printed in 0-9. One character for one: spans stay valid.
  const zone = toAsciiDigits(printed)
  const before = toAsciiDigits(printedBefore)
  // The zone's text made ready once for the readings below: units out of blank cells, numbers wrapped in narrow cells stitched.
  const unstitched = blankCellUnits(tableText(zone))
  const prepared = stitchBrokenNumbers(unstitched)
  // Bare numbers before a page break, where the text kept its places (stitching moves them).
  const pageNumberLines = prepared.text === unstitched ? numbersBeforePageBreaks(prepared.text, pageStarts) : []
  // 小计 rows among rows whose labels are printed apart from their numbers: read as rows in label order (requests-subtotal-in-order.ts).
  // 法人或其他组织 printed as one column: only 自然人 and 总计 can be the template's (requests-merged-orgs.ts).
  const merged = readMergedOrganisations(prepared.text, before, HEADER_REACH)
  if (merged) return merged
  const inOrder = subtotalRowsInOrder(prepared.text, before, columns)
  if (inOrder.parse) return inOrder.parse
  const parse = parseByRuns(prepared, before, lastColumnCut, pageNumberLines, columns)
  return inOrder.suspect ? unreadRowsApartFromLabels(parse) : parse
}

function parseByRuns(prepared: BrokenNumbers, before: string, lastColumnCut: boolean, pageNumberLines: ReturnType<typeof numbersBeforePageBreaks>, columns: ColumnSource): RequestsParse {
  const first = parseRequestsWith(prepared, before, false, lastColumnCut, 0, pageNumberLines, columns)
  // Run-together rows no cut makes add up: a blank column the 总计 counts (requests-blank-column.ts).
  const asPrinted = first.unsplit ? parseRequestsWith(prepared, before, false, lastColumnCut, first.unsplit, pageNumberLines, columns) : first
  if (!asPrinted.cellsBefore) return asPrinted.parse
  // A whole row of cells before the first label: cells may follow their labels or precede them.
  const cellsFirst = parseRequestsWith(prepared, before, true, lastColumnCut, first.unsplit, pageNumberLines, columns).parse
  const after = asPrinted.parse
  const [a, b] = [allIdentitiesHold(after.rows), allIdentitiesHold(cellsFirst.rows)]
  if (a !== b) return a ? after : cellsFirst
  return orientationUndecided(after, a)
}

function parseRequestsWith(prepared: BrokenNumbers, before: string, cellsBeforeLabels: boolean, lastColumnCut: boolean, unsplitRows = 0, pageNumberLines: [number, number][] = [], columns: ColumnSource = { streamOrder: true }): { parse: RequestsParse; cellsBefore: boolean; unsplit: number } {
  const { text, unproven: brokenRows } = prepared
  const transposed = transposedRequestsNote(text)
  if (transposed) return { parse: { rows: {}, how: {}, spans: {}, otherHandlingLayout: null, notes: [transposed] }, cellsBefore: false, unsplit: 0 }
  // A label cut by a number is read from its head, the number as its first cell (requests-cut-label.ts).
  const { labels, cut: cutLabels } = withCutLabelHeads(text, findLabels(text))
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
  // Where the last label passed over (its row already filled) stands: cells after it follow that
  // label, so a label waiting from before it is not the one they follow.
  let lastPassedOver = -1
  // Labels passed by a run given to a later label (taken for rows that printed nothing): the cells
  // after them went to another row, so cells read later are not shown to be theirs (review rv26 F3).
  const skipped = new Set<LabelHit>()

  let runIndex = 0
  const zeroLed: [RequestRowKey, string][] = [], shifted: RequestRowKey[][] = []
  let afterUnplaced = false // the run before held more rows than its labels (requests-shifted-run.ts)
  // A 小计 column in the header (before the first row): rows of eight cells, 小计 left out below.
  const first = labels[0]?.start ?? 0
  // The zone may start at the first row (its section heading not found): the header (自然人 …) stands before it.
  const own = text.slice(Math.max(0, first - HEADER_REACH), first)
  const header = /自[ \u3000]*然[ \u3000]*人/.test(own) ? own : (before + text.slice(0, first)).slice(-HEADER_REACH)
  // A header naming six data columns (no 其他, or no 总计): no row's cells can be placed (requests-missing-column.ts).
  // A wrapped header may print its last headings after the first row's label: they count up to the second's.
  // A 总计 column the reader saw cut off at the page's edge is accounted for (read without it below).
  const missingColumn = missingColumnNote(header, text.slice(first, labels[1]?.start ?? text.length), lastColumnCut)
  if (missingColumn) return { parse: { rows: {}, how: {}, spans: {}, otherHandlingLayout: null, notes: [missingColumn] }, cellsBefore: false, unsplit: 0 }
  const width = SUBTOTAL_HEADER.test(header) ? WIDTH + 1 : WIDTH
  const headerPlace = width === WIDTH ? null : subtotalPlaceInHeader(header)
  const rules = width === WIDTH ? REQUEST_ROW_RULES : headerPlace === null ? null : subtotalRules(headerPlace)
  const printed = events(text, labels, width)
  const remarksHeaded = namesRemarksColumn(before + text.slice(0, first))
  const repeated = repeatedLabels(text)
  const repeats = repeated.map((r) => r.start)
  const cellsBefore = cellsBeforeFirstLabel(printed, width)
  const blankColumn = blankColumnShown(printed, width)
  if (blankColumn) notes.push({ field: 'requests', message: blankColumnNote(otherRowLengths(printed, width)) })
  // A blank column where zeros are blank too: rows short of seven numbers are not read (requests-blank-column.ts).
  const shortRowsUnread = unsplitRows > 0 || blankColumnAmongBlanks(printed, width)
  // Blank cells the text drops (requests-short-rows.ts): a run's count does not prove where rows end.
  const blanksDropped = dropsBlankCells(printed, width)
  if (shortRowsUnread) notes.push({ field: 'requests', message: unsplitRows ? unsplitRowsNote(unsplitRows, otherRowLengths(printed, width)) : BLANK_COLUMN_AMONG_BLANKS_NOTE })
  let [unsplit, plainCut] = [0, 0]
  const evs = cellsBeforeLabels ? labelsBeforeTheirCells(printed) : printed
  // Labels directly followed by cells: such a row's label is not one printed apart from its numbers.
  const cellsAfter = new Set(evs.flatMap((e, i) => (e.kind === 'label' && evs[i + 1]?.kind === 'cells' ? [e.hit.key] : [])))
  for (const ev of evs) {
    if (ev.kind === 'label') {
      started = true
      // In the 2021 layout （六）其他处理 heads its sub-rows and holds no cells.
      // (hr37 S1: a 2019-template report printing its 小计 there too: the sub-rows are read, the 小计 is not.)
      if (layout === 'split' && ev.hit.key === 'otherHandling') {
        if (OWN_NUMBERS.test(text.slice(ev.hit.end, ev.hit.end + 40))) notes.push({ field: 'requests.otherHandling', message: OTHER_SUBTOTAL_NOTE })
        continue
      }
      if (filled.has(ev.hit.key)) {
        lastPassedOver = ev.hit.start
        continue
      }
      pending.push(ev.hit)
      pending.sort((a, b) => order(a.key) - order(b.key))
      continue
    }
    if (!started) continue // digits before the first row label (headings, notes) are not cells
    // A row label printed again inside the run (last year's table beside this one): the numbers after
    // it are that table's; they are not read, whatever the sums say (review 10 R10-6).
    const cut = repeats.find((r) => r > ev.tokens[0]!.start && r < ev.tokens[ev.tokens.length - 1]!.end)
    const ownTokens = cut === undefined ? ev.tokens : ev.tokens.filter((t) => t.start < cut)
    if (cut !== undefined) {
      notes.push({ field: 'requests', message: `表三的行名在数字之间再次出现（另一张同样的表，如上年数据并排印出），其后的 ${ev.tokens.length - ownTokens.length} 个数字不属于本表，未读取。` })
    }
    if (ownTokens.length === 0) continue
    runIndex++
    const marked = markedRunTokens(ownTokens, text)
    const toks = dropStrayLines(marked, text, notes, width)
    const runStart = toks[0]!.start
    const runEnd = toks[toks.length - 1]!.end
    const { targets, labelled, chunks, fewerRowsThanLabels, afterLastLabels } = runTargets(pending, toks.length, width, text, runStart, { filled, layout, lastRow, skipped })
    // Labels printed as a group in another order than the template's: placed by position (requests-run-places.ts).
    const labelsOutOfOrder = outOfOrder(text, targets, runStart)
    // Why the waiting labels may not place this run's cells (requests-label-doubts.ts).
    const { staleLabel, interleaved, rowHeadAmid, labelLineAmid, labelLineBefore } = labelDoubts(text, toks, targets, pending, { width, labels, remarksHeaded, lastPassedOver, skipped, cutLabels })
    // Labels printed apart from their numbers: the numbers may run row by row or column by column —
    // only where every row's label is printed (a row after its own label with no other label in sight
    // is not one of a block of labels: twice seven numbers there are its own, e.g. 上年|本年 per column).
    const orientation = targets.length > 1 && targets.every((t) => t.hit) ? runOrientation(toks, targets.length, width) : {}
    const short = shortRowsUnread && !wholeRowsHold(toks, targets.length, width)
    // Under a remarks column, a row whose last 「—」 may be the remark (requests-remarks-header.ts).
    const k0 = targets[0]?.key
    const dashNote = (remarksHeaded || REMARKS_AFTER_TOTAL.test(header)) && targets.length === 1 && k0 ? remarkDashRowNote(text, toks, width, `requests.${k0}`, rowName(k0)) : null
    if (dashNote) {
      const k = targets[0]!.key
      notes.push(dashNote)
      pending = pending.filter((h) => h !== targets[0]!.hit)
      filled.add(k)
      lastRow = k
      continue
    }
    // A run left unread with its notes: its rows count as filled, the next run as after an unplaced one.
    const unreadRun = (runNotes: ExtractionNote[]): void => {
      notes.push(...runNotes)
      pending = pending.filter((h) => !targets.some((t) => t.hit === h))
      for (const t of targets) filled.add(t.key)
      lastRow = targets[targets.length - 1]!.key
      afterUnplaced = true
    }
    // Under a remarks column a row's blank cells may be dropped: numbers printed apart are not cut (requests-run).
    const keepWhole = remarksHeaded && targets.length === 1 && toks.length > 1 && !toks.some((t) => t.glued)
    const readings = short ? null : (orientation.reading ?? (targets.length ? readRun(toks, targets.length, width, rules, blankColumn, keepWhole, remarksHeaded || REMARKS_AFTER_TOTAL.test(header)) : null))
    if (!readings) {
      if (!short && targets.length === 1 && toks.length < width && !toks.some((t) => t.glued)) unsplit++
      // A cell of digits apart by spaces (「2 6」, cells.ts CellToken.spaced) is never read: the note names it.
      const spacedCell = targets.length ? toks.find((t) => t.spaced) : undefined
      // …or two numbers apart by a space in one bounded cell (a PDF's letter-spaced 「2 6」), not a space-grouped number.
      const sharing = !spacedCell && targets.length ? sharedCellText(toks, text) : null
      if (spacedCell) notes.push(...spacedDigitsNotes(targets.map((t) => t.key), printedSpaced(text, spacedCell), spacedCell.stacked))
      else if (sharing) notes.push(...spacedDigitsNotes(targets.map((t) => t.key), sharing))
      else notes.push(...unsplitRunNotes(targets, toks, text, width))
      pending = pending.filter((h) => !targets.some((t) => t.hit === h))
      for (const t of targets) filled.add(t.key)
      if (targets.length) lastRow = targets[targets.length - 1]!.key
      afterUnplaced = true
      continue
    }
    // A row's cells printed on two or three lines from its label's line on (a wrapped cell sits higher,
    // pdftotext -layout): the text's order is one reading of several (requests-line-merges.ts).
    const merges = targets.length === 1 && targets[0]!.hit && rules && !readings.dropped && !readings.gap && !readings.joint && readings.rows[0]?.length === 1 ? lineMergeReadings(toks, text, width, rules) : null
    // (Not where a later line holds a wrapped cell's rest: a token may be no whole cell, requests-wrapped-rest.ts.)
    // The printed order stays a reading beside the merges its total holds for: a row printed with a slip
    // (its total wrong in the report) is not "repaired" by a merge; the table's sums decide (review rv24b).
    if (merges && !hasWrappedRest(text, runStart, runEnd)) {
      const printed = readings.rows[0]![0]!
      readings.rows[0] = merges.holding.length ? [printed, ...merges.holding.filter((r) => r.join() !== printed.join())] : merges.all
      readings.dashes[0] = merges.holding.length ? merges.dashes.filter((c) => readings.dashes[0]!.includes(c)) : merges.dashes
    }
    // A number the sums single out standing beside another in its cell (「2 6」), or joined to it by a sign
    // (「1’227」): one number printed with wide letter-spacing or a thousands sign, not a page number; the
    // sums prove nothing then (requests-spaced-digits.ts).
    const spaced = readings.droppedAt ? strayBesideDigits(text, toks, readings.droppedAt) : null
    if (spaced !== null) {
      unreadRun(spacedDigitsNotes(targets.map((t) => t.key), spaced.shown, false, spaced.sign))
      continue
    }
    // Numbers were left out (strays on lines of their own, or a page number the sums single out):
    // rows with their labels are then proven by their own totals, rows without only by the table's.
    if (targets.length === 1 && toks.length < width && !readings.blanksOnly && !readings.gap) plainCut++
    const dropped = toks !== marked || readings.dropped !== undefined
    if (readings.dropped) {
      notes.push({
        field: `requests.${targets[0]!.key}`,
        message: `表三 ${targets.map((t) => `「${rowName(t.key)}」`).join('、')} 行的数字中有 ${readings.dropped.length} 个（${readings.dropped.join('、')}）不属于任何一行（如页码），按各行合计关系略去。`,
      })
    }
    // Where blanks are dropped, a number left out (a stray line, or one the row sums single out) is
    // proven a page number only by where it stands; else the table's sums must prove the rows.
    const leftOut = [...marked.filter((t) => !toks.includes(t)).map((t) => t.start), ...(readings.droppedAt ?? [])]
    const leftOutInRow = blanksDropped && leftOut.length > 0 && !leftOutAtPageBreaks(leftOut, pageNumberLines)
    // …and numbers after another row's label not found whole are not placed by the label before it.
    const lastHit = targets[targets.length - 1]?.hit
    const pastOtherRow = blanksDropped && !!lastHit && otherRowBetween(text, lastHit.end, runStart)
    zeroLed.push(...zeroLedRows(toks, targets.map((t) => t.key), width))
    // A row given these cells by position whose own label is printed after them: the label says the
    // cells before it are another row's (a row printing nothing but its remark, issue 10), so only the
    // table's sums may place them.
    // Only under a remarks column: elsewhere (pdftotext of a wrapped label column) labels may follow their cells.
    const labelAfterRun = (k: RequestRowKey): boolean => remarksHeaded && labels.some((h) => h.key === k && h.start >= runEnd)
    const shift: boolean = !afterLastLabels && mayBeShifted(targets, afterUnplaced, text)
    if (shift) shifted.push(targets.map((t) => t.key))
    afterUnplaced = chunks > labelled || shift // a run one row off leaves the next one off as well
    targets.forEach((t, i) => {
      filled.add(t.key)
      parsed.push({
        key: t.key,
        candidates: readings.rows[i] ?? [],
        dashes: readings.dashes[i] ?? [],
        ...(readings.gap ? { gap: true } : {}),
        ...(readings.asBlanks ? { asBlanks: readings.asBlanks } : {}),
        ...(readings.hidden ? { hidden: readings.hidden } : {}),
        ...(afterLastLabels ? { afterLastLabels: true } : {}),
        ...(readings.blanks ? { blanks: true } : {}),
        ...(readings.blanksOnly ? { blanksOnly: true } : {}),
        ...(readings.bySum ? { bySum: true } : {}),
        ...(readings.joint ? { joint: { readings: readings.joint, index: i } } : {}),
        // One run of digits with no separator in it, cut over several rows (requests-run-cut-rows.ts).
        ...(readings.joint && toks.length === 1 && toks[0]!.splittable ? { cutFromOneRun: true } : {}),
        labelStart: t.hit?.start ?? null,
        cellsStart: runStart,
        cellsEnd: runEnd,
        byPosition: t.hit === null,
        // A row whose label is printed elsewhere (labels before or after a block of numbers) is
        // 'grouped'; one whose label is nowhere, or read after dropping strays, is 'position'.
        placement: readings.gap
          ? 'solved'
          : fewerRowsThanLabels || labelsOutOfOrder || staleLabel || leftOutInRow || pastOtherRow || labelLineAmid || labelLineBefore || rowHeadAmid
            ? 'position'
            : t.hit === null && (dropped || !labels.some((h) => h.key === t.key) || cellsAfter.has(t.key) || labelAfterRun(t.key))
            ? 'position'
            : t.hit !== null && targets.every((x) => x.hit !== null)
              ? dropped || targets.length > 1 || interleaved
                ? 'grouped'
                : 'anchored'
              : 'grouped',
        group: runIndex,
        ...(!dropped && !readings.gap && !readings.blanks && !readings.joint && readings.rows.every((r) => r.length === 1) ? { plain: true } : {}),
        ...(orientation.byColumns?.[i] ? { byColumns: orientation.byColumns[i] } : {}),
        ...(t.hit === null || labelsOutOfOrder || staleLabel || pastOtherRow ? { unordered: true } : {}),
        ...(remarksHeaded ? { underRemarks: true } : {}),
      })
      if (t.hit === null) notes.push({ field: `requests.${t.key}`, message: `表三「${rowName(t.key)}」${POSITION_NOTE}` })
    })
    pending = pending.filter((h) => !targets.some((t) => t.hit === h))
    lastRow = targets[targets.length - 1]?.key ?? lastRow
  }
  // A label with nothing after it, in a table shown to drop its blank cells (a row fits its total only
  // with a dropped blank): the row was all blank. It joins the sums as such, and is read only where
  // the table's identities hold with it (solveRequestsTable); its cells stay empty either way.
  const dropsBlanks = parsed.some((p) => p.blanksOnly)
  if (dropsBlanks) blanksForGaps(parsed)
  for (const h of pending) {
    if (dropsBlanks && !parsed.some((p) => p.key === h.key)) {
      parsed.push({ key: h.key, candidates: [Array(width).fill(null)], dashes: [], blanks: true, blanksOnly: true, labelStart: h.start, cellsStart: h.start, cellsEnd: h.start, byPosition: false, placement: 'anchored', group: ++runIndex })
    }
    notes.push({ field: `requests.${h.key}`, message: `表三「${rowName(h.key)}」行有行名但未读到数字。` })
  }

  if (width !== WIDTH) dropSubtotalColumn(parsed, headerPlace, notes, remarksHeaded || REMARKS_AFTER_TOTAL.test(header))
  ruleOutDroppedBlanks(parsed, notes)
  // Columns printed in another order than the template's: put in its order by the header's labels.
  const columnMap = requestColumnMap((before + text.slice(0, first)).slice(-HEADER_REACH), columns)
  parsedToTemplate(parsed, columnMap, notes)
  if (lastColumnCut) readRowsWithoutCutTotal(parsed, notes)
  const proved = solvedAndGuardedRows({ parsed, notes, text, brokenRows, zeroLed, shifted, blanksDropped, pageNumberLines, repeated, columnMap, width, printed, lastColumnCut, proseTotals: proseRowTotals(before + text.slice(0, first)) })
  notes.push(...blankCellNotes(proved.rows, parsed, notes))
  const spans: RequestsParse['spans'] = Object.fromEntries(parsed.map((p) => [p.key, { start: p.labelStart ?? p.cellsStart, end: p.cellsEnd }]))
  const foundLayout = foundOtherHandlingLayout(parsed.map((p) => p.key), labels.map((h) => h.key))
  pushMissingRowNotes(proved.rows, foundLayout, parsed.length > 0, text, notes)
  return { parse: { rows: proved.rows, how: proved.how, spans, otherHandlingLayout: foundLayout, notes }, cellsBefore, unsplit: unsplitShowsBlankColumn(unsplit, plainCut) ? unsplit : 0 }
}

