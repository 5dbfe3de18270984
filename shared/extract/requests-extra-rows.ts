// Rows a report adds to table 三 that the template does not have: 「其中：通过互联网提出申请 …」
// under 一、本年新收, and 「合计」 (一 + 二) before the results. Such a row is not a template row: it is skipped (blanked out, one space for
// each character so every position holds) with a note naming its label, so that it costs that row
// only and never shifts or refuses the rows below it.
import type { ExtractionNote } from '../model/extraction'
import { fuzzy } from './row-labels'
import type { Zone } from './table-zones'

/** A line that opens with 其中 and carries a row of at least three numbers after its label. */
const EXTRA_ROW = /(?<=^|\n)[ \u3000]*其[ \u3000]*中[ \u3000]*[：:]?([^\n\d\t\uE000]{1,40}?)[ \u3000]*(?:[\t\uE000 \u3000]+[\d,，]+|[\t\uE000]+){3,}[^\n]*/g

export function skipExtraRequestRows(zone: Zone): { zone: Zone; notes: ExtractionNote[] } {
  const notes: ExtractionNote[] = []
  EXTRA_ROW.lastIndex = 0
  let text = zone.text.replace(EXTRA_ROW, (row, label: string) => {
    notes.push({ field: 'requests', message: `表三中「其中：${label.trim()}」一行不是模板中的行，未读取（其余各行照常读取）。` })
    return row.replace(/[^\n]/g, ' ')
  })
  const sum = sumRowOfNewAndCarried(text)
  if (sum) {
    text = text.slice(0, sum.from) + text.slice(sum.from, sum.to).replace(/[^\n]/g, ' ') + text.slice(sum.to)
    notes.push({ field: 'requests', message: `表三中「${sum.label}」一行（一、二两项之和）不是模板中的行，未读取（其余各行照常读取）。` })
  }
  return { zone: notes.length > 0 ? { text, offset: zone.offset } : zone, notes }
}

/** 「合计」/「小计」 opening a line, as its own label (a number, a separator or the line's end after it). */
const SUM_LABEL = /(?<=^|\n)[ \u3000]*([合小][ \u3000]*计)[ \u3000]*[：:]?(?=[\d\t\uE000 \u3000]|\n|$)/g
const CARRIED = new RegExp(fuzzy('上年结转') + '|' + fuzzy('上年度结转'))
const FIRST_OUTCOME = new RegExp(`${fuzzy('予以公开')}|${fuzzy('本年度办理结果')}`)
const ONLY_NUMBERS = /^[\d,，\t\uE000 \u3000]*$/

/**
 * A row some reports add between 二、上年结转 and the results: 「合计」 = 一 + 二. Its span: the label,
 * the rest of its line, and the lines of numbers after it up to one row's seven (plain pdftotext
 * prints a row's numbers on lines of their own after its label). Null when there is none.
 */
function sumRowOfNewAndCarried(text: string): { from: number; to: number; label: string } | null {
  const carried = CARRIED.exec(text)
  if (!carried) return null
  const outcome = FIRST_OUTCOME.exec(text.slice(carried.index))
  const end = outcome ? carried.index + outcome.index : text.length
  SUM_LABEL.lastIndex = carried.index
  const m = SUM_LABEL.exec(text)
  if (!m || m.index >= end) return null
  let to = text.indexOf('\n', m.index + m[0].length)
  if (to < 0) to = text.length
  let numbers = (text.slice(m.index + m[0].length, to).match(/\d+/g) ?? []).length
  while (numbers < 7 && to < end) {
    const next = text.indexOf('\n', to + 1)
    const line = text.slice(to + 1, next < 0 ? text.length : next)
    if (line.trim() === '' || !ONLY_NUMBERS.test(line)) break
    numbers += (line.match(/\d+/g) ?? []).length
    to = next < 0 ? text.length : next
  }
  return { from: m.index, to, label: m[1]!.replace(/[ \u3000]/g, '') }
}
