// The extractor: document → report, with provenance, section texts and notes.
//
// flatten (one text, with locations) → sections → section 二/三/四 tables and the prose readers
// (header, metrics, section 五). Nothing is invented: what cannot be read is null, with a note.
import type { SourceDocument } from '../model/document'
import type { Extraction, ExtractionNote, Provenance, ReadHow, SectionText } from '../model/extraction'
import type { SectionKey, TemplateVersion } from '../model/report'
import { emptyMetrics, emptyReport, SECTION_KEYS } from '../model/report'
import { POSITIONED_FORMATS, flatten, locAt, sourceText, type FlatText } from './flatten'
import { BLANK_CELL, CELL_SEP } from './flat-marks'
import { findSections, type SectionRange } from './sections'
import { keepVouchedOcrNumbers } from './ocr-proof'
import { parseRequestsTable } from './requests-table'
import { disclosureFallbackZone, requestsFallbackZone, reviewFallbackZone, type Zone } from './table-zones'
import { thisYearTable, type YearTableKind } from './year-tables'
import { skipExtraRequestRows } from './requests-extra-rows'
import { mendExtraRowNotes } from './requests-extra-notes'
import { firstReportEnd, furtherReportNotes } from './second-report'
import { parseReviewTable } from './review-table'
import { ordinalCountUndecided } from './ordinal-column'
import { ORDINAL_UNDECIDED_NOTE } from './ordinal-short-row'
import { thisYearReviewRow } from './review-year-rows'
import { parseActiveDisclosureGrouped } from './disclosure-grouped'
import { parseActiveDisclosure } from './active-disclosure'
import { pageStartsIn } from './page-number-lines'
import { parseDisclosureProse } from './active-disclosure-prose'
import { extractHeader } from './header'
import { extractMetrics, rankSentenceOf } from './metrics'
import { splitProblems } from './problems'
import { SECTION_HEADINGS } from '../model/template-labels'
import { fuzzy } from './row-labels'
import { sideSplitOutcome } from './side-split-tables'
import { SIDE_SPLIT_JOINED_NOTE, unreadSideSplit } from './side-split-notes'
import { joinedIdentitiesHold } from './side-split-identities'
import { turnedPageNotes } from './turned-page-notes'
import { gridOrderIn } from './requests-grid-order'
import { gridLeafVerdictIn } from './requests-grid-leaves'

/** Prose beyond this many characters is not searched for metrics (reports run to tens of thousands). */
const PROSE_LIMIT = 400_000
/** Why no sentence figure is read from a PDF layer whose font map is partly wrong (SourceDocument.misMappedLetters). */
const MIS_MAPPED_PROSE_NOTE = 'PDF 文字层的字符映射部分有误（标点可能被读成数字），正文中的数字无法确认，均未读取；请对照原文补填。'

/** Readable text of a stretch of the flat text: cells separated by spaces, blanks dropped. */
function plain(text: string): string {
  return text.replaceAll(BLANK_CELL, '').replaceAll(CELL_SEP, ' ')
}

function zone(flat: FlatText, s: SectionRange | undefined): { text: string; offset: number } | null {
  return s ? { text: flat.text.slice(s.bodyStart, s.end), offset: s.bodyStart } : null
}

/** This year's table of the zone (last year's, printed beside it, is not read). */
function ownYear(z: Zone | null, year: number | null, kind: YearTableKind, notes: ExtractionNote[]): Zone | null {
  if (!z) return null
  const choice = thisYearTable(z, year, kind)
  notes.push(...choice.notes)
  return choice.zone
}

/** Table 四 with one data row per year: this year's row only (review-year-rows.ts). */
function ownYearRow(z: Zone | null, year: number | null, notes: ExtractionNote[]): Zone | null {
  if (!z) return null
  const choice = thisYearReviewRow(z, year)
  notes.push(...choice.notes)
  return choice.zone
}

/** Table 三 without the rows the template does not have (「其中：…」). */
function extraRowsSkipped(z: Zone | null, notes: ExtractionNote[], skippedNotes: ExtractionNote[]): Zone | null {
  if (!z) return null
  const skipped = skipExtraRequestRows(z)
  notes.push(...skipped.notes)
  skippedNotes.push(...skipped.notes)
  return skipped.zone
}

function decideTemplate(
  year: number | null,
  disclosure: '2019' | '2021' | null,
  otherHandling: 'single' | 'split' | null,
): TemplateVersion {
  if (disclosure) return disclosure
  if (otherHandling === 'split') return '2021'
  if (otherHandling === 'single') return '2019'
  // No table says which: the template in force for the year (legacy before 2019).
  if (year !== null && year >= 2021) return '2021'
  if (year !== null && year >= 2019) return '2019'
  return 'legacy'
}

/** A real table holds a few hundred numbers; a stretch with thousands is no table, and reading it
 *  would take time that grows faster than its length. Such a stretch is left unread, with a note. */
const MAX_TABLE_NUMBERS = 3000

function readable(text: string, field: string, name: string, notes: ExtractionNote[]): boolean {
  let count = 0
  for (const _ of text.matchAll(/\d+/g)) if (++count > MAX_TABLE_NUMBERS) break
  if (count <= MAX_TABLE_NUMBERS) return true
  notes.push({ field: `section.${field}`, message: `${name}所在部分的数字超过 ${MAX_TABLE_NUMBERS.toLocaleString('zh-CN')} 个，不像年度报告的表格，未读取。` })
  return false
}

export function extractReport(doc: SourceDocument): Extraction {
  const flat = flatten(doc)
  const report = emptyReport()
  const provenance: Provenance = {}
  const notes: ExtractionNote[] = []
  const sections = findSections(flat.text)
  const byKey = new Map(sections.map((s) => [s.key, s]))
  const prov = (field: string, start: number, end: number, how?: ReadHow): void => {
    provenance[field] = { loc: locAt(flat, start), text: sourceText(flat, start, end), ...(how ? { how } : {}) }
  }

  // What the reader left out or changed on purpose (hidden text, footnote marks, OCR, an OFD's
  // signatures): shown with the extraction's own notes, so nothing is dropped unseen.
  for (const message of doc.notes ?? []) notes.push({ field: 'document', message })

  // Header: body, year, date.
  const lines = flat.spans.map((s) => plain(flat.text.slice(s.start, s.end)))
  // A second report appended to the first is not read (second-report.ts): its 落款 date and its prose
  // figures are not this report's, so the header and the prose metrics see only the first report.
  const ownEnd = firstReportEnd(flat.text, sections)
  const ownLineCount = flat.spans.findIndex((s) => s.start >= ownEnd)
  const ownLines = ownLineCount < 0 ? lines : lines.slice(0, ownLineCount)
  const header = extractHeader(ownLines, doc.meta)
  report.agency = header.agency
  report.year = header.year
  report.publishedOn = header.publishedOn
  const lineProv = (field: string, line: number | undefined): void => {
    const span = line !== undefined ? flat.spans[line] : undefined
    if (span) provenance[field] = { loc: span.loc, text: lines[line!] ?? '' }
  }
  lineProv('agency', header.agencyLine)
  // Reports are grouped by body: say so when none is named (the user names it in the report view).
  if (header.agencyNote) notes.push({ field: 'agency', message: header.agencyNote })
  else if (header.agency === null) notes.push({ field: 'agency', message: '标题、开头和落款均未写明发布机关（或写法无法识别），未读取机关名称；可在报告页「更正机关名称 / 年度」处补填。' })
  if (header.yearNote) notes.push({ field: 'year', message: header.yearNote })
  else if (header.year === null) notes.push({ field: 'year', message: '标题和正文开头均未写明报告年度（或写法无法识别），未读取年度；可在报告页「更正机关名称 / 年度」处补填。' })
  lineProv('year', header.yearLine)
  lineProv('publishedOn', header.dateLine)
  if (header.publishedOn === null && ownEnd < flat.text.length) notes.push({ field: 'publishedOn', message: '本报告正文中未读到落款日期；文件后附的另一份报告的落款日期不是本报告的，未采用。' })
  else if (header.publishedOn === null) notes.push({ field: 'publishedOn', message: '文末落款和标题下都未读到本报告的日期（或写法无法识别），未读取落款日期，是否按时发布的核对未进行。' })

  // Sections and their texts.
  report.sections = sections.map((s) => s.key)
  const sectionText: Partial<Record<SectionKey, SectionText>> = {}
  for (const s of sections) {
    sectionText[s.key] = { text: plain(flat.text.slice(s.bodyStart, s.end)).trim(), loc: locAt(flat, s.start) }
  }
  for (const key of SECTION_KEYS) {
    if (!byKey.has(key)) notes.push({ field: `section.${key}`, message: `未找到「${SECTION_HEADINGS[key]}」部分。` })
  }
  const preamble = plain(flat.text.slice(0, sections[0]?.start ?? Math.min(flat.text.length, 2000)))

  // Section 二 (a page that starts right after it counts: the section's last line may be the page's number). Text from positioned readers (PDF, OFD, OCR) was parted into cells by the layout code's
  // gaps; only text whose cell bounds are not known is read both ways for space-grouped numbers.
  const readDisclosure = POSITIONED_FORMATS.has(doc.format) ? parseActiveDisclosure : parseActiveDisclosureGrouped
  const disclosureRowTexts: Record<string, string | null> = {}
  let disclosureHeader = ''
  const z2 = zone(flat, byKey.get('activeDisclosure')) ?? disclosureFallbackZone(flat, sections)
  const disclosure = z2 && readable(z2.text, 'activeDisclosure', '表二', notes) ? readDisclosure(z2.text, pageStartsIn(flat, z2.offset, z2.offset + z2.text.length + 1, doc.markedPageStarts)) : null
  if (disclosure && z2) {
    report.activeDisclosure = disclosure.table
    notes.push(...disclosure.notes)
    const threeAt = Math.min(...['rules', 'normativeDocs'].map((k) => disclosure.spans[k as 'rules']?.start ?? Infinity))
    if (threeAt < Infinity) disclosureHeader = z2.text.slice(Math.max(0, threeAt - 120), threeAt)
    for (const [k, span] of Object.entries(disclosure.spans)) {
      prov(`activeDisclosure.${k}`, z2.offset + span.start, z2.offset + span.end, 'label')
      // Only rows read from page pictures are checked (a web page's text rows beside its table pictures are not).
      if (!doc.ocr?.blocks || doc.ocr.blocks.includes(locAt(flat, z2.offset + span.start).block)) disclosureRowTexts[k] = z2.text.slice(span.start, span.end)
      else disclosureRowTexts[k] = null
    }
  }
  // No table in section 二, but its figures written as sentences (2021 template): read from the prose.
  // No table: none of the template's column headings (信息内容, 本年制发件数, …数量) in the section.
  const noTable = z2 !== null && !/信息内容|本年制发件数|现行有效件数|本年新制作数量|处理决定数量|上一年项目数量/.test(z2.text.replace(/[\s\u3000]/g, ''))
  const proseDisclosure = z2 && noTable && (report.year ?? 0) >= 2021 && byKey.has('activeDisclosure') && !doc.misMappedLetters ? parseDisclosureProse(z2.text) : null
  if (proseDisclosure && z2) {
    report.activeDisclosure = proseDisclosure.table
    // The table reader's notes said nothing was read; each row the sentences do not give says so instead.
    for (let i = notes.length - 1; i >= 0; i--) if (notes[i]!.field === 'activeDisclosure' || notes[i]!.field.startsWith('activeDisclosure.') || notes[i]!.field === 'section.activeDisclosure') notes.splice(i, 1)
    notes.push(...proseDisclosure.notes)
    const want: Record<string, string[]> = { rules: ['issued', 'repealed', 'inForce'], normativeDocs: ['issued', 'repealed', 'inForce'], licensing: ['decisions'], penalties: ['decisions'], enforcement: ['decisions'], fees: ['amountWanYuan'] }
    const got = proseDisclosure.table as Record<string, Record<string, number | null> | undefined>
    for (const [row, fields] of Object.entries(want)) {
      if (fields.some((f) => typeof got[row]?.[f] !== 'number')) notes.push({ field: `activeDisclosure.${row}`, message: `第二部分以文字表述，未读到「${row}」的全部数字。` })
    }
    for (const [k, span] of Object.entries(proseDisclosure.spans)) prov(`activeDisclosure.${k}`, z2.offset + span.start, z2.offset + span.end, 'prose')
  }

  // Table 三.
  const skippedRowNotes: ExtractionNote[] = []
  const z3 = extraRowsSkipped(ownYear(zone(flat, byKey.get('requests')) ?? requestsFallbackZone(flat, sections), report.year, 'requests', notes), notes, skippedRowNotes)
  // A table running past the page's right edge (PDF): its 总计 column is not in the text.
  const z3Pages = z3 ? [locAt(flat, z3.offset).page, locAt(flat, z3.offset + z3.text.length - 1).page] : []
  const lastColumnCut = !!z3 && !!doc.clippedTablePages?.some((p) => p >= (z3Pages[0] ?? Infinity) && p <= (z3Pages[1] ?? -Infinity))
  // Table 三 printed as two tables side by side (flatten joins them where proven, side-split-tables.ts): not joined, it is not read.
  const sideSplit = sideSplitOutcome(doc.blocks)
  // A header a cell per line may be in a PDF's stream or position order (positioned text; a text file with pages, as pdftotext writes them).
  const streamOrder = POSITIONED_FORMATS.has(doc.format) || doc.format === 'text'
  // A table with its own cells and spans (HTML, Word; a PDF's table built from its rulings) places each heading's column itself.
  const exactGridOrder = z3 && doc.format !== 'text' ? gridOrderIn(doc, flat, z3.offset, z3.offset + z3.text.length) : null
  // Otherwise the grid's lowest heading cells (a text file's pipe rows too): all recognised give the order, one not (or named twice) refuses it.
  const leafVerdict = z3 && !exactGridOrder ? gridLeafVerdictIn(doc, flat, z3.offset, z3.offset + z3.text.length) : null
  const gridOrder = exactGridOrder ?? (leafVerdict && 'order' in leafVerdict ? leafVerdict.order : null)
  const gridRefused = leafVerdict && 'refused' in leafVerdict ? leafVerdict.refused : undefined
  // An unruled PDF table whose headings show organisations first but could not be placed over their
  // columns on its first page (the header the table is read by). A 续表's repeated header that could not
  // be placed (a column blank on that page) does not undo the first page's placing: same table, same order.
  const orderUnknown = !!z3 && z3Pages[0] !== undefined && !!doc.applicantOrderUnknownPages?.includes(z3Pages[0])
  const requestsRead = z3 && !(sideSplit.unproven && !sideSplit.joined.length) && readable(z3.text, 'requests', '表三', notes) ? parseRequestsTable(z3.text, flat.text.slice(Math.max(0, z3.offset - 300), z3.offset), { lastColumnCut, streamOrder, gridOrder, gridRefused, orderUnknown, pageStarts: pageStartsIn(flat, z3.offset, z3.offset + z3.text.length, doc.markedPageStarts) }) : null
  // A table joined from text lines is kept only where its column identities hold (side-split-identities.ts).
  const requests = requestsRead && sideSplit.inText && !joinedIdentitiesHold(requestsRead.rows) ? null : requestsRead
  if ((sideSplit.unproven && !sideSplit.joined.length) || (requestsRead && !requests)) unreadSideSplit(notes)
  if (requests && z3) {
    report.requests = { rows: requests.rows }
    // Said, as the cells' source lines are the joined rows.
    for (const how of sideSplit.joined) notes.push({ field: 'requests', message: SIDE_SPLIT_JOINED_NOTE[how] })
    notes.push(...requests.notes)
    for (const [k, span] of Object.entries(requests.spans)) {
      const key = k as keyof typeof requests.how
      const read = requests.rows[key]?.some((v) => v !== null)
      prov(`requests.${k}`, z3.offset + span.start, z3.offset + span.end, read ? requests.how[key] : undefined)
    }
  }
  // The skipped rows' notes made true now the table has been read (requests-extra-notes.ts).
  mendExtraRowNotes(notes, skippedRowNotes, requests?.rows ?? null, requests?.otherHandlingLayout ?? null)

  // Table 四.
  const z4 = ownYearRow(ownYear(zone(flat, byKey.get('reviewLitigation')) ?? reviewFallbackZone(flat, sections), report.year, 'reviewLitigation', notes), report.year, notes)
  if (z4 && readable(z4.text, 'reviewLitigation', '表四', notes)) {
    const review = parseReviewTable(z4.text, pageStartsIn(flat, z4.offset, z4.offset + z4.text.length, doc.markedPageStarts))
    report.reviewLitigation = review.table
    notes.push(...review.notes)
    // A 序号 heading over a row one cell short whose leading number may be a count (ordinal-short-row.ts).
    const readAny = Object.values(review.table).some((r) => Array.isArray(r) && r.some((x) => x !== null))
    if (!readAny && doc.blocks.some((b) => b.kind === 'table' && ordinalCountUndecided(b.rows))) notes.push({ field: 'reviewLitigation', message: ORDINAL_UNDECIDED_NOTE })
    if (review.span) {
      for (const g of ['review', 'litigationDirect', 'litigationAfterReview']) {
        prov(`reviewLitigation.${g}`, z4.offset + review.span.start, z4.offset + review.span.end, review.how)
      }
    }
  }

  // A second whole report in the same file is not read, and says so.
  notes.push(...furtherReportNotes(flat.text, sections))

  // Numbers read from page pictures are kept only where the tables' own sums vouch for them.
  // Section 二 has no sums: its rows are checked against their own printed text (ocr-disclosure-proof.ts).
  if (doc.ocr) notes.push(...keepVouchedOcrNumbers(report, disclosureRowTexts, disclosureHeader))

  report.template = decideTemplate(report.year, disclosure?.layout ?? null, requests?.otherHandlingLayout ?? null)

  // Prose metrics, over the whole report text (a real report is far shorter than the bound; a huge
  // file is read for its tables but its prose only so far, said in a note).
  const fullText = plain(flat.text.slice(0, ownEnd))
  if (fullText.length > PROSE_LIMIT) notes.push({ field: 'metrics', message: `正文过长（${fullText.length.toLocaleString('zh-CN')} 字），仅在前 ${PROSE_LIMIT.toLocaleString('zh-CN')} 字中查找正文数字。` })
  // A PDF layer whose font map is partly wrong may print a punctuation mark as a digit: no sentence's figure is proven.
  const metrics = doc.misMappedLetters ? { metrics: emptyMetrics(), sources: {}, notes: [{ field: 'metrics', message: MIS_MAPPED_PROSE_NOTE }] } : extractMetrics(fullText.slice(0, PROSE_LIMIT), report.year, report.agency)
  report.metrics = metrics.metrics
  notes.push(...metrics.notes)
  for (const [k, sentence] of Object.entries(metrics.sources)) {
    const at = locateSentence(flat, sentence ?? '')
    provenance[`metrics.${k}`] = { loc: at ?? { block: 0 }, text: sentence ?? '', how: 'prose' }
  }
  const indexRankSentence = rankSentenceOf(metrics.rankSentence, (s) => locateSentence(flat, s) ?? { block: 0 })

  // Section 五.
  const z5 = byKey.get('problems')
  if (z5) {
    const raw5 = flat.text.slice(z5.bodyStart, z5.end)
    // The cells kept apart too: a section 五 printed as a table (序号 | 存在的主要问题 | 改进情况) is read by its columns.
    const split = splitProblems(plain(raw5), undefined, flat.text.slice(z5.start, z5.end).replaceAll(BLANK_CELL, ''))
    report.problems = split.problems
    report.improvements = split.improvements
    if (split.priorDone.length > 0) report.priorDone = split.priorDone
    if (split.unreadTable) notes.push({ field: 'problems', message: '第五部分印成“存在的主要问题 / 改进情况”两栏的表格，本文件的文字已把两栏交错排在一起，无法可靠分开，问题与改进措施未列出。' })
    const loc = locAt(flat, z5.start)
    split.problems.forEach((p, i) => (provenance[`problems.${i}`] = { loc, text: p.text }))
    split.improvements.forEach((p, i) => (provenance[`improvements.${i}`] = { loc, text: p.text }))
  }

  // A table not found beside a page printed turned: its note names that page (turned-page-notes.ts).
  const said = turnedPageNotes(notes, doc.turnedTablePages, report)
  return {
    report,
    provenance,
    sectionText,
    preamble,
    notes: said.filter((n, i) => said.findIndex((m) => m.field === n.field && m.message === n.message) === i),
    ...(indexRankSentence ? { indexRankSentence } : {}),
    ...(doc.pagesWithoutText?.length ? { pagesWithoutText: doc.pagesWithoutText } : {}),
  }
}

/** Where a (compacted) sentence stands in the flat text: match its first characters loosely. */
function locateSentence(flat: FlatText, sentence: string) {
  const head = sentence.replace(/\s+/g, '').slice(0, 12)
  if (!head) return null
  const m = new RegExp(fuzzy(head)).exec(flat.text)
  return m ? locAt(flat, m.index) : null
}
