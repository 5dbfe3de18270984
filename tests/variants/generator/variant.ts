// One variant = a gold model + a seed: the seed draws one choice from every rule family
// (independently), the layout puts the report together, and a renderer prints it.
import type { SectionKey } from '../../../shared/model/report'
import { para, type IRBlock, type IRDoc } from './ir'
import type { VariantModel } from './model'
import { seeded } from './rng'
import { drawHeadings, headingRuleTags, headingText, OVERVIEW_SUBHEADINGS, type HeadingRule } from './headings'
import { drawLabels, labelRuleTags, toTraditional, type LabelRule } from './labels'
import { drawNumbers, numberRuleTags, type NumberRule } from './numbers'
import { drawPages, pageBreak, type PageRule } from './pages'
import { drawTable2Wording } from './t2-wordings'
import { blanksAfterBeyondGold, drawBlanksAfterBeyond } from './disclosure-beyond-blanks'
import { approxGold, changeWordingGold, chipingGold, drawTable2, drawTable2Extras, table2Blocks, table2RuleTags, type Table2Rule } from './table2'
import { drawTable3, drawTable3Print, table3Prose, table3Rows, table3RuleTags, type Table3Rule } from './table3'
import { drawStacked, drawTable4, drawTotalAmongData, table4Blocks, table4RuleTags, type Table4Shape } from './table4'
import { BASE_FORMAT, isReaderFormat, KEEPS_BLANKS, TABLE_FORMATS, type Format } from './formats'
import { crawlRuleTags, drawDroppedBlanks } from './crawl'
import { drawBlankZerosInText } from './blank-zeros-drawn'
import { drawNewUserRules, newUserRuleTags } from './new-user'
import { drawNewUser2Rules, newUser2RuleTags } from './new-user2'
import { applyCellMarks, cellMarkRuleTags, drawCellMarks, type CellMarkRule } from './cell-marks'
import { applyCellRefs, cellRefRuleTags, type CellRefRule } from './cell-refs'
import { applyTable4Order, table4OrderRuleTags, type Table4OrderRule } from './table4-order'
import { applyNarrowLabels, extraRowsOnly, narrowLabelRuleTags, type NarrowLabelRule } from './narrow-labels'
import { applyLastYear, lastYearRuleTags, type LastYearRule } from './last-year'
import { applyBrokenRow, brokenRowRuleTags } from './t4-broken-row'
import { applyResultsThirdRow, resultsThirdRowTags } from './review-header-rows-third'
import { applyIndentedHeader, indentedHeaderRuleTags } from './t3-indented-header'
import { applyStreamHeader, streamHeaderRuleTags, type StreamHeader } from './t3-stream-header'
import { applyWrappedNumbers, wrappedNumbersRuleTags } from './t3-wrapped-numbers'
import { applyWrappedPair, wrappedPairModel, wrappedPairRuleTags, type WrappedPairRule } from './t3-wrapped-pair'
import { applyPageSplitLabel, pageSplitLabelRuleTags } from './t3-page-split-label'
import { applyStreamLabels, streamLabelsRuleTags } from './t3-stream-labels'
import { applyZeroGlued, zeroGluedRuleTags, type ZeroGluedTable } from './zero-glued'
import { applySideSplit, sideSplitRuleTags, type SideSplitRule } from './t3-side-split'
import { applyUnruled, unruledRuleTags } from './t3-unruled'
import { groupedColumnsRuleTags } from './t2-grouped-columns'
import { t3GroupedColumnsRuleTags } from './t3-grouped-columns'
import { applyTitleDate, titleDateRuleTags, type TitleDateRule } from './title-dates'
import { applyTotalFirst, totalFirstRuleTags } from './t3-total-first'
import { applyT3MovedReworded, t3MovedRewordedTags, type T3MovedRewordedRule } from './t3-moved-reworded'
import { applyReviewGrandTotal, reviewGrandTotalTags } from './review-grand-total'
import { applyReviewUnitHeadings, reviewUnitHeadingsTags } from './review-unit-headings'
import { applyHalfBracketLabels, halfBracketLabelRuleTags } from './label-half-brackets'
import { applyRowCut, rowCutRuleTags, type RowCutRule } from './t3-row-cut-writer'
import { applySplitLabelRow, splitLabelRowRuleTags } from './t3-split-label-row'

export interface Choices {
  format: Format
  headings: HeadingRule
  labels: LabelRule
  numbers: NumberRule
  pages: PageRule
  table2: Table2Rule
  table3: Table3Rule
  table4: Table4Shape
  /** Table 四's 总计 header word printed among the data (pdftotext). */
  table4TotalAmongData?: boolean
  /** Zero cells left blank, and the crawler dropped them from run-together text. */
  droppedBlanks?: boolean
  /** Table 四's counts printed with their unit (5件), as in new-user reports (new-user.ts). */
  table4CountUnits?: boolean
  /** …in a text format, where cells are not kept apart (new-user2.ts). */
  table4UnitsInText?: boolean
  /** Footnote marks or hidden digits in some numeric cells (cell-marks.ts). */
  cellMarks?: CellMarkRule
  /** Footnote references after numbers: 120[2], 120注2, a small unraised mark (cell-refs.ts). */
  cellRefs?: CellRefRule
  /** Table 四's groups and results printed in another order, header and data together (table4-order.ts). */
  table4Order?: Table4OrderRule
  /** Table 三 in a PDF with a narrow wrapped label column, extra rows, 续表 (narrow-labels.ts; forced, not drawn). */
  narrowLabels?: NarrowLabelRule
  /** Last year's table 三 or table 四 row beside this year's, or the date under the title (last-year.ts; forced, not drawn). */
  lastYear?: LastYearRule
  /** Table 四 with a grand-total column after its fifteen cells, headed with this word (review-grand-total.ts; forced). */
  table4GrandTotal?: string
  /** Table 四's result headings with their unit, 结果维持（件） (review-unit-headings.ts; forced). */
  table4UnitHeadings?: boolean
  /** Table 四's data row broken over three lines, out of the cells' order, as pdftotext -layout sets a LibreOffice PDF (t4-broken-row.ts; forced, not drawn). */
  table4BrokenRow?: boolean
  /** Table 四's fifteen result headings on the third header row, 行政复议 two rows tall (review-header-rows-third.ts; forced, not drawn). */
  table4ResultsThirdRow?: boolean
  /** Table 三's header with 自然人 / 总计 on a line above the organisation headings, organisations first (t3-indented-header.ts; forced, not drawn). */
  table3IndentedHeader?: boolean
  /** Table 三's two-level header a cell per line in a PDF's text order (t3-stream-header.ts); forced by its test, not drawn. */
  table3StreamHeader?: StreamHeader
  /** Table 三's long numbers wrapped in narrow cells, head above the row and rest below (t3-wrapped-numbers.ts; forced, not drawn). */
  table3WrappedNumbers?: boolean
  /** Two rows one identity links, wrapped alike in a narrow cell, heads above the label (t3-wrapped-pair.ts; forced, not drawn). */
  table3WrappedPair?: WrappedPairRule
  /** Markdown tables as pandoc's grid tables, cells wrapped over lines (render/grid-table.ts; forced by md-grid.test.ts, not drawn). */
  markdownGrid?: boolean | 'spans'
  /** A footnote mark glued as a plain digit onto a zero cell of table 三, section 二 or table 四, 「03」 (zero-glued.ts; forced, not drawn). */
  zeroGlued?: ZeroGluedTable
  /** Table 三 page by page in plain text, labels before numbers, a label cut at each page end (t3-page-split-label.ts; forced, not drawn). */
  table3PageSplitLabel?: boolean
  /** Table 三's body a cell per line in a PDF's stream order, labels wrapped around their first cell (t3-stream-labels.ts; forced, not drawn). */
  table3StreamLabels?: boolean
  /** Table 三 printed as two tables one after the other, the second with the remaining columns (t3-side-split.ts; forced, not drawn). */
  table3SideSplit?: SideSplitRule
  /** The title line with the publication date, no 统计期限 sentence (title-dates.ts; forced, not drawn). */
  titleDate?: TitleDateRule
  /** Table 三 printed 总计 | 法人或其他组织 (five) | 自然人, two-level header (t3-total-first.ts; forced, not drawn). */
  table3TotalFirst?: boolean
  /** Table 三's sub-row labels numbered 1) 2) … (label-half-brackets.ts; forced, not drawn). */
  halfBracketLabels?: boolean
  /** Table 三 printed in a PDF without ruling lines (t3-unruled.ts; forced, not drawn). */
  table3Unruled?: boolean
  /** Text-grouped section 二: each group's numbers column by column after its labels (t2-grouped-columns.ts; forced, not drawn). */
  table2ByColumn?: boolean
  /** Text-grouped table 三: each group's numbers column by column after its labels (t3-grouped-columns.ts; forced, not drawn). */
  table3ByColumn?: boolean
  /** Table 三's columns moved and one heading reworded (公民, 企业 …), flat or two levels (t3-moved-reworded.ts; forced, not drawn). */
  table3MovedReworded?: T3MovedRewordedRule
  /** Preamble lines that put Writer's page break inside a row of table 三, printed as one table (t3-row-cut-writer.ts; DOCX and what Writer saves from it; forced, not drawn). */
  table3RowCut?: RowCutRule
  /** Table 三 row labels split over two grid rows, the numbers on the second (t3-split-label-row.ts; HTML, DOCX, markdown; forced, not drawn). */
  table3SplitLabelRow?: boolean
}

export interface Variant {
  id: string
  seed: number
  model: VariantModel
  choices: Choices
  /** One tag per rule choice that departs from the template (for per-rule tallies). */
  tags: string[]
  doc: IRDoc
}

export function drawChoices(seed: number, format: Format, template: '2019' | '2021'): Choices {
  const rand = seeded(seed)
  const c: Choices = {
    format,
    headings: drawHeadings(rand, TABLE_FORMATS.has(format)),
    labels: drawLabels(rand),
    numbers: drawNumbers(rand, KEEPS_BLANKS.has(format), format === 'crawled-run'),
    pages: drawPages(rand),
    table2: drawTable2(rand, template),
    table3: { ...drawTable3(rand), ...drawTable3Print(seeded(seed ^ 0x7ab1e3)) },
    table4: drawTable4(rand),
  }
  // Variations seen in real reports, drawn from a stream of their own so the draws above stay as they were.
  const extra = seeded(seed * 7919 + 17)
  const withExtras = drawNewUser2Rules(seed, drawNewUserRules(seed, { ...c, table2: { ...c.table2, ...drawTable2Extras(extra, format) }, table4TotalAmongData: drawTotalAmongData(extra, format) }))
  // Footnote marks and hidden digits: drawn from their own stream (cell-marks.ts).
  const cellMarks = drawCellMarks(seed, format)
  // Footnote references (cell-refs.ts) are not drawn here: tests/variants/cell-refs.test.ts forces them
  // (0 wrong), but in the suite they lower the read share the floor holds (measured 98.4 → 98.3 %).
  const cellMarked = cellMarks ? { ...withExtras, cellMarks } : withExtras
  // Section 二 in the words real reports use (t2-wordings.ts): a stream of its own.
  const wording = drawTable2Wording(seeded(seed * 15485863 + 101))
  // Its beyond-row's neighbour printed with blank zeros in grouped text (disclosure-beyond-blanks.ts): a stream of its own.
  const blanksAfterBeyond = drawBlanksAfterBeyond(seeded(seed * 104651 + 13), format, wording)
  const worded = wording ? { ...cellMarked, table2: { ...cellMarked.table2, wording, ...(blanksAfterBeyond ? { blanksAfterBeyond } : {}) } } : cellMarked
  // Table 四's two blocks stacked in one table (table4.ts drawStacked): a stream of its own.
  const stacked = drawStacked(seeded(seed * 7127 + 61), format)
  const marked = stacked ? { ...worded, table4: stacked } : worded
  // Blank cells a crawler dropped: a stream of its own too (not new-user.ts's), so the variants without it stay as they were.
  if (drawDroppedBlanks(seeded(seed * 130363 + 47), format)) return { ...marked, numbers: { ...marked.numbers, zero: 'blank' }, droppedBlanks: true }
  // Zeros blank in text where a blank leaves nothing (blank-zeros.ts): a stream of its own as well.
  if (drawBlankZerosInText(seeded(seed * 104729 + 89), format)) return { ...marked, numbers: { ...marked.numbers, zero: 'blank' } }
  return marked
}

function tagsOf(c: Choices): string[] {
  return [
    `format:${c.format}`,
    ...headingRuleTags(c.headings),
    ...labelRuleTags(c.labels),
    ...numberRuleTags(c.numbers),
    `page-break:${c.pages.style}`,
    ...table2RuleTags(c.table2),
    ...table3RuleTags(c.table3),
    ...table4RuleTags(c.table4, c.table4TotalAmongData),
    ...crawlRuleTags(c.droppedBlanks),
    ...newUserRuleTags(c),
    ...newUser2RuleTags(c),
    ...cellMarkRuleTags(c.cellMarks, c.format),
    ...cellRefRuleTags(c.cellRefs),
    ...table4OrderRuleTags(c.table4Order),
    ...narrowLabelRuleTags(c.narrowLabels),
    ...lastYearRuleTags(c.lastYear),
    ...reviewGrandTotalTags(c.table4GrandTotal),
    ...reviewUnitHeadingsTags(c.table4UnitHeadings),
    ...brokenRowRuleTags(c.table4BrokenRow),
    ...resultsThirdRowTags(c.table4ResultsThirdRow),
    ...indentedHeaderRuleTags(c.table3IndentedHeader),
    ...streamHeaderRuleTags(c.table3StreamHeader),
    ...wrappedNumbersRuleTags(c.table3WrappedNumbers),
    ...wrappedPairRuleTags(c.table3WrappedPair),
    ...(c.markdownGrid && c.format === 'markdown' ? [c.markdownGrid === 'spans' ? 'md:grid-table-spans' : 'md:grid-table'] : []),
    ...zeroGluedRuleTags(c.zeroGlued),
    ...pageSplitLabelRuleTags(c.table3PageSplitLabel),
    ...streamLabelsRuleTags(c.table3StreamLabels),
    ...sideSplitRuleTags(c.table3SideSplit),
    ...unruledRuleTags(c.table3Unruled),
    ...groupedColumnsRuleTags(c),
    ...t3GroupedColumnsRuleTags(c),
    ...titleDateRuleTags(c.titleDate),
    ...totalFirstRuleTags(c.table3TotalFirst),
    ...halfBracketLabelRuleTags(c.halfBracketLabels),
    ...t3MovedRewordedTags(c.table3MovedReworded),
    ...rowCutRuleTags(c.table3RowCut),
    ...splitLabelRowRuleTags(c.table3SplitLabelRow),
  ]
}

/** A section's heading and lead, by the heading rule's placement. */
function headed(c: Choices, key: SectionKey, lead: string, body: IRBlock[]): IRBlock[] {
  const h = headingText(c.headings, key)
  const isTable = key === 'activeDisclosure' || key === 'requests' || key === 'reviewLitigation'
  const place = c.headings.placement
  const leadBlocks = lead ? [para(lead)] : []
  if (place === 'absent' && isTable) return [...leadBlocks, ...body]
  if (place === 'run-in' && lead) return [para(`${h}。${lead}`, true), ...body]
  if (place === 'split') {
    const cut = Math.ceil(h.length / 2)
    return [para(h.slice(0, cut), true), para(h.slice(cut), true), ...leadBlocks, ...body]
  }
  if (place === 'caption' && isTable) {
    const first = body.findIndex((b) => b.kind === 'table')
    const t = body[first]
    if (t?.kind === 'table') {
      const width = Math.max(...t.rows.map((r) => r.reduce((n, x) => n + (x.colSpan ?? 1), 0)))
      const withCaption: IRBlock = { kind: 'table', rows: [[{ text: h, colSpan: width }], ...t.rows] }
      return [...leadBlocks, ...body.slice(0, first), withCaption, ...body.slice(first + 1)]
    }
  }
  return [para(h, true), ...leadBlocks, ...body]
}

export function layout(m: VariantModel, c: Choices): IRDoc {
  const title = `${m.agency}${m.year}年政府信息公开工作年度报告`
  const doc: IRDoc = [para(title), para(`本报告依据《中华人民共和国政府信息公开条例》编制。本报告所列数据统计期限为${m.year}年1月1日至${m.year}年12月31日。`)]
  const overview = c.headings.overviewSubheadings
    ? OVERVIEW_SUBHEADINGS.flatMap((h, i) => [para(h), para(`${m.year}年，围绕第${i + 1}项重点工作持续推进，全年开展专项培训${i + 2}次。`)])
    : [para(`${m.year}年，我单位持续深化政务公开，严格落实工作考核、社会评议和责任追究制度。`)]
  doc.push(...headed(c, 'overview', '', overview))
  doc.push(...headed(c, 'activeDisclosure', '本年度主动公开政府信息情况如下：', table2Blocks(m, c.table2, c.numbers, pageBreak({ ...c.pages, style: c.pages.style === 'none' ? 'page-of' : c.pages.style, page: Math.max(1, c.pages.page - 1) }, title, 4 + c.pages.page))))

  const { head, body } = table3Rows(m, c.table3, c.labels, c.numbers)
  const brk = pageBreak(c.pages, title, 4 + c.pages.page)
  const at = Math.max(1, Math.min(body.length - 1, Math.round(body.length * c.pages.at)))
  // A break between merged rows would cut a merged cell: only where no rowSpan crosses it.
  const crosses = (i: number): boolean => body.slice(0, i).some((row, r) => row.some((x) => (x.rowSpan ?? 1) > i - r))
  let cut = at
  while (cut < body.length - 1 && crosses(cut)) cut++
  const t3: IRBlock[] =
    c.pages.style === 'none' || crosses(cut)
      ? [{ kind: 'table', rows: [...head, ...body], part: 'requests' }]
      : [{ kind: 'table', rows: [...head, ...body.slice(0, cut)], part: 'requests' }, brk, { kind: 'table', rows: body.slice(cut), part: 'requests' }]
  doc.push(...headed(c, 'requests', c.table3.prose ? table3Prose(m) : '', t3))

  const t4 = m.review ? table4Blocks(m, c.table4, c.numbers, pageBreak({ ...c.pages, style: c.pages.style === 'none' ? 'page-of' : c.pages.style }, title, 9), c.table4TotalAmongData, c.table4CountUnits) : [para('本年度未发生因政府信息公开引起的行政复议、行政诉讼。')]
  doc.push(...headed(c, 'reviewLitigation', '', t4))
  doc.push(...headed(c, 'problems', '一是信息公开的及时性还需提高。二是政策解读的形式较为单一。', [para('下一步，一是加强栏目日常管理。二是丰富政策解读形式。')]))
  doc.push(...headed(c, 'other', '本年度未收取信息处理费。', []))
  doc.push(para(m.agency), para(`${m.year + 1}年1月20日`))
  return c.labels.traditional ? doc.map(traditional) : doc
}

function traditional(b: IRBlock): IRBlock {
  if (b.kind === 'para') return { ...b, text: toTraditional(b.text) }
  if (b.kind === 'table') return { ...b, rows: b.rows.map((r) => r.map((x) => ({ ...x, text: toTraditional(x.text) }))) }
  return { ...b, ...(b.header ? { header: toTraditional(b.header) } : {}) }
}

export function makeVariant(m: VariantModel, seed: number, format: Format, override?: Partial<Choices>): Variant {
  // A file made from another format's (formats.ts READER_FORMATS): that format's variant, in this format.
  if (isReaderFormat(format)) {
    const v = makeVariant(m, seed, BASE_FORMAT[format], override)
    const choices = { ...v.choices, format }
    return { ...v, id: `${m.id}#${format}#${seed}`, choices, tags: tagsOf(choices) }
  }
  // Two linked rows wrapped alike (t3-wrapped-pair.ts): the model raised first, so the gold is what is printed.
  if (override?.table3WrappedPair && !m.id.endsWith('+pair')) {
    const raised = wrappedPairModel(m, override.table3WrappedPair)
    const { table3WrappedPair: _none, ...rest } = override
    return raised ? makeVariant(raised, seed, format, override) : makeVariant(m, seed, format, rest)
  }
  const drawn = { ...drawChoices(seed, format, m.template), ...override }
  const plainLaidOut = layout(m, drawn)
  // A mark glued onto a zero cell (zero-glued.ts): where the table holds a 0 (in table 三, on a row that adds up).
  const laidOut = drawn.zeroGlued ? applyZeroGlued(plainLaidOut, seed, drawn.zeroGlued) : plainLaidOut
  if (laidOut === plainLaidOut) delete drawn.zeroGlued
  const doc = applyCellMarks(laidOut, drawn.cellMarks, seed, format)
  // A mark rule that found no cell to mark is not counted as applied.
  const { cellMarks: _unused, ...unmarked } = drawn
  const marked = doc === laidOut ? unmarked : drawn
  const withRefs = applyCellRefs(doc, drawn.cellRefs, seed)
  const { cellRefs: _none, ...unreffed } = marked
  const reffed = withRefs === doc ? unreffed : marked
  const reordered = applyTable4Order(withRefs, drawn.table4Order)
  const { table4Order: _same, ...unordered } = reffed
  const reorderedChoices = reordered === withRefs ? unordered : reffed
  // All fifteen result headings on the third header row (review-header-rows-third.ts; forced, not drawn).
  const ordered = drawn.table4ResultsThirdRow ? applyResultsThirdRow(reordered, format) : reordered
  const { table4ResultsThirdRow: _third, ...notThird } = reorderedChoices
  const orderedChoices = ordered === reordered ? notThird : reorderedChoices
  // A narrow label column is a way of printing a PDF: only there does it apply.
  // Elsewhere only its 「其中：」 rows, which any format may print.
  const narrowRule = format === 'pdf' ? drawn.narrowLabels : extraRowsOnly(drawn.narrowLabels)
  const narrowed = applyNarrowLabels(ordered, narrowRule)
  const { narrowLabels: _wide, ...unnarrowed } = orderedChoices
  const narrowedChoices = narrowed === ordered ? unnarrowed : { ...orderedChoices, ...(narrowRule ? { narrowLabels: narrowRule } : {}) }
  const withLastYear = applyLastYear(narrowed, drawn.lastYear, m, drawn, seed)
  const { lastYear: _thisYearOnly, ...noLastYear } = narrowedChoices
  const lastYearChoices = withLastYear === narrowed ? noLastYear : narrowedChoices
  // A row broken by pdftotext -layout: only in that text shape, and only where table 四 has its one row.
  const broken = format === 'text-layout' && drawn.table4BrokenRow ? applyBrokenRow(withLastYear) : withLastYear
  const { table4BrokenRow: _whole, ...unbroken } = lastYearChoices
  const brokenChoices = broken === withLastYear ? unbroken : lastYearChoices
  // The indented header: only in that text shape, and only for a table printed organisations first.
  const indented = format === 'text-layout' && drawn.table3IndentedHeader && drawn.table3.organisationsFirst ? applyIndentedHeader(broken) : broken
  const { table3IndentedHeader: _plain, ...unindented } = brokenChoices
  const indentedChoices = indented === broken ? unindented : brokenChoices
  // The header in a PDF's text order: only in the shapes that print a cell per line, and only for the template's header.
  const streamed = (format === 'text-plain' || format === 'crawled-lines') && drawn.table3StreamHeader ? applyStreamHeader(indented, drawn.table3StreamHeader) : indented
  const { table3StreamHeader: _cellOrder, ...unstreamed } = indentedChoices
  const streamedChoices = streamed === indented ? unstreamed : indentedChoices
  // Numbers wrapped in narrow cells: only in that text shape, and only where some number is longer than its cell.
  const wrappedOnce = format === 'text-layout' && drawn.table3WrappedNumbers ? applyWrappedNumbers(streamed, seed) : streamed
  const { table3WrappedNumbers: _fits, ...unwrapped } = streamedChoices
  const onceChoices = wrappedOnce === streamed ? unwrapped : streamedChoices
  // A pair of rows wrapped alike: drawn line by line in the text shapes (where both rows' labels are
  // found); elsewhere the raised model alone.
  const pairShape = format === 'text-layout' || format === 'text-plain'
  const wrapped = pairShape ? applyWrappedPair(wrappedOnce, drawn.table3WrappedPair) : wrappedOnce
  const { table3WrappedPair: _pairWhole, ...pairUnwrapped } = onceChoices
  const wrappedChoices = pairShape && wrapped === wrappedOnce ? pairUnwrapped : onceChoices
  // Labels cut by page breaks: only in pdftotext's plain shape.
  const paged = format === 'text-plain' && drawn.table3PageSplitLabel ? applyPageSplitLabel(wrapped, seed) : wrapped
  const { table3PageSplitLabel: _onePage, ...unpaged } = wrappedChoices
  const pagedChoices = paged === wrapped ? unpaged : wrappedChoices
  // Labels wrapped around their first cell in a PDF's stream order: only in pdftotext's plain shape.
  const streamedLabels = format === 'text-plain' && drawn.table3StreamLabels ? applyStreamLabels(paged, seed) : paged
  const { table3StreamLabels: _unwrapped, ...unstreamedLabels } = pagedChoices
  const labelChoices = streamedLabels === paged ? unstreamedLabels : pagedChoices
  // Table 三 split sideways into two tables: only where it is one table of seven data columns.
  const split = applySideSplit(streamedLabels, drawn.table3SideSplit)
  const { table3SideSplit: _whole3, ...unsplit } = labelChoices
  const splitChoices = split === streamedLabels ? unsplit : labelChoices
  // Table 三 without borders: only in a PDF (a text shape has none to leave out).
  const unruled = format === 'pdf' && drawn.table3Unruled ? applyUnruled(split) : split
  const { table3Unruled: _ruled, ...withRulings } = splitChoices
  const ruledChoices = unruled === split ? withRulings : splitChoices
  // Review hr34's shapes (title-dates.ts, t3-total-first.ts, label-half-brackets.ts): kept only where they apply.
  const dated = applyTitleDate(unruled, drawn.titleDate, m)
  const totalFirst = applyTotalFirst(dated, drawn.table3TotalFirst)
  const bracketed = applyHalfBracketLabels(totalFirst, drawn.halfBracketLabels)
  const reworded = applyT3MovedReworded(bracketed, drawn.table3MovedReworded)
  // A row cut by Writer's page break: only in the DOCX (the base of what Writer saves).
  const grand = applyReviewUnitHeadings(applyReviewGrandTotal(reworded, drawn.table4GrandTotal), drawn.table4UnitHeadings)
  const rowCut = format === 'docx' ? applyRowCut(grand, drawn.table3RowCut) : grand
  // Row labels split over two grid rows: only in the grid formats.
  const gridFormat = format === 'html' || format === 'docx' || format === 'markdown'
  const splitLabels = gridFormat && drawn.table3SplitLabelRow ? applySplitLabelRow(rowCut, seed) : rowCut
  const { titleDate: _t, table3TotalFirst: _f, halfBracketLabels: _h, table3MovedReworded: _m, table3RowCut: _c, table3SplitLabelRow: _s, table4GrandTotal: _g, table4UnitHeadings: _u, ...plainChoices } = ruledChoices
  const choices: Choices = {
    ...plainChoices,
    ...(dated !== unruled ? { titleDate: drawn.titleDate } : {}),
    ...(totalFirst !== dated ? { table3TotalFirst: true } : {}),
    ...(bracketed !== totalFirst ? { halfBracketLabels: true } : {}),
    ...(reworded !== bracketed ? { table3MovedReworded: drawn.table3MovedReworded } : {}),
    ...(rowCut !== grand ? { table3RowCut: drawn.table3RowCut } : {}),
    ...(applyReviewGrandTotal(reworded, drawn.table4GrandTotal) !== reworded ? { table4GrandTotal: drawn.table4GrandTotal } : {}),
    ...(applyReviewUnitHeadings(reworded, drawn.table4UnitHeadings) !== reworded ? { table4UnitHeadings: true } : {}),
    ...(splitLabels !== rowCut ? { table3SplitLabelRow: true } : {}),
  }
  // An approximate cell states no number: its gold is null (table2.ts approxGold).
  return { id: `${m.id}#${format}#${seed}`, seed, model: blanksAfterBeyondGold(changeWordingGold(chipingGold(approxGold(m, choices.table2.approxCell), choices.table2.chiping), choices.table2.changeWording), choices.table2.blanksAfterBeyond, choices.table2.wording), choices, tags: tagsOf(choices), doc: splitLabels }
}
