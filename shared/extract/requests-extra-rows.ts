// Rows a report adds to table 三 that the template does not have: 「其中：通过互联网提出申请 …」
// under 一、本年新收, and 「合计」 (一 + 二) before the results. Such a row is not a template row: it is skipped (blanked out, one space for
// each character so every position holds) with a note naming its label, so that it costs that row
// only and never shifts or refuses the rows below it.
import type { ExtractionNote } from '../model/extraction'
import { fuzzy } from './row-labels'
import type { Zone } from './table-zones'
import { blankSiblingRows } from './requests-sibling-rows'
import { rowName } from './requests-proof'

/** A line that opens with 其中 and carries a row of at least three numbers after its label. */
const EXTRA_ROW = /(?<=^|\n)[ \u3000]*其[ \u3000]*中[ \u3000]*[：:]?([^\n\d\t\uE000]{1,40}?)[ \u3000]*(?:[\t\uE000 \u3000]+[\d,，]+|[\t\uE000]+){3,}[^\n]*/g

export function skipExtraRequestRows(zone: Zone): { zone: Zone; notes: ExtractionNote[] } {
  const notes: ExtractionNote[] = []
  EXTRA_ROW.lastIndex = 0
  const spans: [number, number][] = []
  let text = zone.text.replace(EXTRA_ROW, (row, label: string, at: number) => {
    notes.push({ field: 'requests', message: `表三中「其中：${label.trim()}」一行不是模板中的行，未读取（其余各行照常读取）。` })
    spans.push([at, at + row.length])
    return row.replace(/[^\n]/g, ' ')
  })
  // Its sibling rows (网络申请, 信函申请 …) after it: no template rows either.
  const siblings = blankSiblingRows(text, spans)
  if (siblings.labels.length) {
    text = siblings.text
    notes.push({ field: 'requests', message: `表三中其中行之后的${siblings.labels.map((l) => `「${l}」`).join('')}${siblings.labels.length > 1 ? '各行' : '一行'}也不是模板中的行，未读取（其余各行照常读取）。` })
  }
  for (const { label, keys } of siblings.unsure) {
    text = siblings.text
    for (const key of keys) notes.push({ field: `requests.${key}`, message: `表三中其中行之后的「${label}」一行，行名与「${rowName(key)}」相近，但不能确定是该行还是其中行的又一部分，未读取。` })
  }
  const sum = sumRowOfNewAndCarried(text)
  if (sum && !sum.whole) {
    // The row's numbers are printed apart from its label (labels in a block, numbers after them):
    // which run of numbers is the extra row no label tells, and every row's own total holds for it
    // as for the others, so no placement of the rows by their order is proven. Table 三 is not read.
    notes.push({ field: 'requests', message: `表三在「二、上年结转」之后另有「${sum.label}」一行（一、二两项之和），而各行数字与行名分开印出，无法确定各行数字的位置，表三未读取，请对照原文。` })
    return { zone: { text: zone.text.replace(/[^\n]/g, ' '), offset: zone.offset }, notes }
  }
  if (sum) {
    text = text.slice(0, sum.from) + text.slice(sum.from, sum.to).replace(/[^\n]/g, ' ') + text.slice(sum.to)
    notes.push({ field: 'requests', message: `表三中「${sum.label}」一行（一、二两项之和）不是模板中的行，未读取（其余各行照常读取）。` })
  }
  const foot = skipRepeatedSumRows(text)
  if (foot.count > 0) {
    text = foot.text
    notes.push({ field: 'requests', message: `表三中有 ${foot.count} 行「合计」（如网页打印时每页表尾重复的合计行）不是模板中的行，未读取（其余各行照常读取）。` })
  }
  return { zone: notes.length > 0 ? { text, offset: zone.offset } : zone, notes }
}

/** 「（七）总计」 or 「（七）合计」, or a row opening with 总计 and its numbers: the template's own total row, so a bare 合计 elsewhere is no template row. */
const NUMBERED_TOTAL = /[（(][\s\u3000]*七[\s\u3000]*[)）][\s\u3000]*[总總合][\s\u3000]*[计計]|(?<=^|\n)[ \u3000]*[总總][ \u3000]*[计計][ \u3000]*[\t\uE000 \u3000]+[\d０-９]/
/** A row's cells and nothing else: numbers (grouped, full-width), printed zeros, separators. */
const ONLY_CELLS = /^[\d０-９,，\t\uE000 \u3000—–\-－/／〇○零Oo件]*$/
/** One printed cell: a number (with its thousands marks) or a printed zero. */
const CELL = /[\d０-９][\d０-９,，]*|[—–\-－/／〇○零Oo]+/g
/** 「合计」 alone opening a line (not 小计: per-group subtotal rows are read elsewhere). */
const HEJI_LABEL = /(?<=^|\n)[ \u3000]*合[ \u3000]*[计計][ \u3000]*[：:]?(?=[\d０-９\t\uE000 \u3000]|\n|$)/g

/**
 * A 合计 row anywhere else in a table that prints its own （七）总计 (a browser repeats a `<tfoot>` 合计 at
 * each page foot; some reports add 合计 = 三（七）+ 四 under 四). Blanked when its span is surely its row:
 * its seven numbers on its own line, or its label alone after the previous row's own cells (no block of
 * labels before it) and then lines holding exactly seven numbers up to the next words or blank line.
 * Any other 合计 is left as it was: whose numbers follow it is not known.
 */
function skipRepeatedSumRows(text: string): { text: string; count: number } {
  if (!NUMBERED_TOTAL.test(text)) return { text, count: 0 }
  let count = 0
  let out = text
  for (const m of [...text.matchAll(HEJI_LABEL)]) {
    const from = m.index!
    let to = text.indexOf('\n', from + m[0].length)
    if (to < 0) to = text.length
    const rest = text.slice(from + m[0].length, to)
    const own = (rest.match(NUMBER) ?? []).length
    // Its cells on its own line: only cells there (numbers, printed zeros 「—」「/」「〇」, blanks), at most eight (a 小计 column).
    if (own > 0 && (!ONLY_CELLS.test(rest) || (rest.match(CELL) ?? []).length > 8)) continue
    if (own === 0) {
      // Plain pdftotext: the line before must be numbers (the previous row's cells, printed before 合计).
      const prevEnd = text.lastIndexOf('\n', from - 1)
      const prevStart = prevEnd < 0 ? -1 : text.lastIndexOf('\n', prevEnd - 1)
      const prev = prevEnd < 0 ? '' : text.slice(prevStart + 1, prevEnd)
      if (prev.trim() === '' || !ONLY_NUMBERS.test(prev)) continue
      let numbers = 0
      while (to < text.length) {
        const next = text.indexOf('\n', to + 1)
        const line = text.slice(to + 1, next < 0 ? text.length : next)
        if (line.trim() === '' || !ONLY_NUMBERS.test(line)) break
        numbers += (line.match(NUMBER) ?? []).length
        to = next < 0 ? text.length : next
      }
      if (numbers !== 7) continue
    }
    out = out.slice(0, from) + out.slice(from, to).replace(/[^\n]/g, ' ') + out.slice(to)
    count++
  }
  return { text: out, count }
}

/** 「合计」/「小计」 opening a line, as its own label (a number, a separator or the line's end after it). */
const SUM_LABEL = /(?<=^|\n)[ \u3000]*([合小][ \u3000]*计)[ \u3000]*[：:]?(?=[\d０-９\t\uE000 \u3000]|\n|$)/g
const CARRIED_ALL = new RegExp(fuzzy('上年结转') + '|' + fuzzy('上年度结转'), 'g')
const FIRST_OUTCOME = new RegExp(`${fuzzy('予以公开')}|${fuzzy('本年度办理结果')}`)
const ONLY_NUMBERS = /^[\d０-９,，\t\uE000 \u3000]*$/
/** A number, half- or full-width. */
const NUMBER = /[\d０-９]+/g

/**
 * A row some reports add between 二、上年结转 and the results: 「合计」 = 一 + 二. Its span: its line
 * where its numbers are on it, or else its label and the lines of numbers after it (plain pdftotext
 * prints a row's numbers on lines of their own after its label); `whole` when the span is surely
 * the row's and only the row's. Null when there is none.
 */
function sumRowOfNewAndCarried(text: string): { from: number; to: number; label: string; whole: boolean } | null {
  // The 合计 line after a 上年结转 label with no result label between them; the 上年结转 nearest
  // before it is the row's label (prose before the table may name 上年结转 too).
  const carriedAt = [...text.matchAll(CARRIED_ALL)]
  const atSum = (x: RegExpMatchArray): RegExpMatchArray | undefined => {
    const before = carriedAt.filter((c) => c.index! < x.index!).at(-1)
    return before && !FIRST_OUTCOME.test(text.slice(before.index!, x.index)) ? before : undefined
  }
  const m = [...text.matchAll(SUM_LABEL)].find((x) => atSum(x) !== undefined)
  const carried = m && atSum(m)
  if (!m || !carried) return null
  let to = text.indexOf('\n', m.index! + m[0].length)
  if (to < 0) to = text.length
  // Its numbers on its own line (HTML, DOCX, PDF, layout text): that line is the row.
  if ((text.slice(m.index! + m[0].length, to).match(NUMBER) ?? []).length > 0) return { from: m.index!, to, label: m[1]!.replace(/[ \u3000]/g, ''), whole: true }
  // Its label alone (plain pdftotext): the lines of numbers after it, up to the next words.
  let numbers = 0
  while (to < text.length) {
    const next = text.indexOf('\n', to + 1)
    const line = text.slice(to + 1, next < 0 ? text.length : next)
    if (line.trim() !== '' && !ONLY_NUMBERS.test(line)) break
    numbers += (line.match(NUMBER) ?? []).length
    to = next < 0 ? text.length : next
  }
  // One row's seven, after 二's own cells. Labels printed as a block before their numbers (no cell of
  // 二 between its label and 合计's: no number, dash or cell separator) leave the numbers after 合计
  // to any of the three rows, and so does a count other than seven.
  const grouped = !/[\d０-９\t\uE000—–\-－/／]/.test(text.slice(carried.index! + carried[0].length, m.index!))
  return { from: m.index!, to, label: m[1]!.replace(/[ \u3000]/g, ''), whole: numbers === 7 && !grouped }
}
