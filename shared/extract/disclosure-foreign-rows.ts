// Section 二 rows the template does not have (行政确认, 行政给付, 行政检查, 合计 …, which some
// provinces add): their numbers belong to no template row. Left out with a note naming them, so
// that they are never counted into the template row before them (review-s8 §11: 「行政确认 45」
// above 行政许可 cost the 规范性文件 row, its 45 taken for a fourth cell).
import type { ExtractionNote } from '../model/extraction'
import type { CellToken } from './cells'
import { fuzzy } from './row-labels'
import { OTHER_PERIOD, PERIOD_BEFORE, otherPeriodAt, otherPeriodBefore } from './other-period'

// 部门规章 is not the template's 规章 (a 设区的市 / 省's rules), 其他 / 党内规范性文件 not its 行政规范性文件,
// 非行政许可审批 not 行政许可; 行政审批 is a row of its own only beside a 行政许可 row (disclosure-row-labels.ts).
const FOREIGN_LABELS = ['部门规章', '其他规范性文件', '其它规范性文件', '党内规范性文件', '非行政许可审批', '行政审批', '行政确认', '行政给付', '行政检查', '行政奖励', '行政裁决', '行政征收', '行政征用', '行政备案', '其他行政权力', '其他权力事项', '合计', '小计']

/** The template's own row words, which name a foreign row where another period follows (other-period.ts). */
const TEMPLATE_WORDS = ['地方政府规章', '政府规章', '规章', '行政规范性文件', '规范性文件', '行政许可', '行政审批', '其他对外管理服务事项', '行政处罚', '行政强制', '行政事业性收费', '行政事业收费', '行政收费', '收费项目', '收费', '政府集中采购', '集中采购', '政府采购']

// With the period written first, not a header's words (「2022年收费金额」「2022年行政许可数量」).
const FOREIGN_ROW = new RegExp([...FOREIGN_LABELS.map(fuzzy), `(?:${TEMPLATE_WORDS.map(fuzzy).join('|')})(?=${OTHER_PERIOD})`, `(?<=${PERIOD_BEFORE})(?:${TEMPLATE_WORDS.filter((w) => w !== '收费').map(fuzzy).join('|')})(?![\\s\\u3000]*(?:金额|数量|件数|项目))`].join('|'), 'g')

export interface ForeignRow {
  name: string
  /** The other period its label names (「（上年）」), where it is a template row's word with it. */
  otherPeriod?: string
  /** The period is written before the label (「上年行政许可」). */
  periodFirst?: boolean
  start: number
  end: number
}

/** Labels of rows the template lacks, at or after `from`, outside the template rows' own labels. */
export function foreignRows(masked: string, from: number, labels: readonly { start: number; end: number }[]): ForeignRow[] {
  const out: ForeignRow[] = []
  FOREIGN_ROW.lastIndex = from
  for (let m = FOREIGN_ROW.exec(masked); m; m = FOREIGN_ROW.exec(masked)) {
    const start = m.index
    const end = start + m[0].length
    if (labels.some((l) => start < l.end && end > l.start)) continue
    // A row's label starts its cell: 「罚没款合计45.6万元」 in a 备注 cell is no 合计 row. Crawled text
    // glues a label to the one before (「行政许可行政确认68」, 行政许可's cell blank) or to the header.
    // Or to a count in Chinese numerals that is the row before's cell, after its label or another cell
    // (「行政许可九十七非行政许可审批71」「行政强制126增26二十九行政裁决40」).
    const numeral = /[〇零○一二两三四五六七八九十百千万]+$/.exec(masked.slice(Math.max(0, start - 12), start))?.[0] ?? ''
    const afterCell = numeral !== '' && /[\d０-９增减件个条项次%％元]$/.test(masked.slice(0, start - numeral.length))
    // Or to the cell before, ended by its unit (「政府集中采购16788万元政府集中采购（上年）482364万元」, crawled).
    const glued = afterCell || labels.some((l) => l.end === start || (numeral !== '' && l.end === start - numeral.length)) || /(?:数量|件数|金额|[)）])$/.test(masked.slice(Math.max(0, start - 2), start)) || /[\d０-９](?:万?元|件|条|项|个|次)$/.test(masked.slice(Math.max(0, start - 3), start))
    if (/[\u4e00-\u9fff]/.test(masked[start - 1] ?? '') && !glued && !afterRemark(masked, start, labels) && !otherPeriodBefore(masked, start)) continue
    const after = otherPeriodAt(masked, end)
    const before = after ? null : otherPeriodBefore(masked, start)
    const period = after ?? before
    out.push({ name: m[0].replace(/[\s\u3000]+/g, ''), start, end, ...(period ? { otherPeriod: period } : {}), ...(before ? { periodFirst: true } : {}) })
  }
  return out
}

// A remark word (the generator's and reports' 无 / 已办结 / 不适用) closing the row before, in a small
// table headed with 备注: 「行政强制无行政裁决68」「行政强制0已办结行政给付68」 (crawled text).
const REMARK_WORD = /(?:无|暂无|已办结|不适用)$/

function afterRemark(masked: string, start: number, labels: readonly { start: number; end: number }[]): boolean {
  const w = REMARK_WORD.exec(masked.slice(Math.max(0, start - 3), start))?.[0]
  if (!w) return false
  const at = start - w.length
  if (!/[\d０-９]$/.test(masked.slice(0, at)) && !labels.some((l) => l.end === at)) return false
  const header = masked.lastIndexOf('信息内容', start)
  return header >= 0 && /备[ \u3000]*注/.test(masked.slice(header, start))
}

/** The note for a foreign row's own numbers (those placed with it as with a row: after its label, or
 *  before it where its table prints cells before labels), or null where it has none. */
export function foreignRowNote(f: ForeignRow, own: readonly CellToken[]): ExtractionNote | null {
  if (own.length === 0) return null
  const shown = own.map((t) => (t.value === null ? '空白' : String(t.value))).join('、')
  if (f.otherPeriod) return { field: 'activeDisclosure', message: `表二「${f.periodFirst ? f.otherPeriod + f.name : f.name + f.otherPeriod}」行（${shown}）的行名另注了时期，不能确定是本年度的数字，未读取。` }
  return { field: 'activeDisclosure', message: `表二有模板之外的「${f.name}」行（${shown}），不属于任何模板行，未读取。` }
}
