// Section 二 row labels: the template's word, then the words real reports print in its place with the
// same meaning (issue 10). A synonym is tried only where the template's own word is nowhere in the
// tables, so that a table printing both keeps the template's row and the other is no row of it.
// Look-alikes are no synonyms: 部门规章 (国务院部门's rules) is not the 规章 of a 设区的市 / 省;
// 其他规范性文件 / 党内规范性文件 are not 行政规范性文件; 非行政许可审批 is not 行政许可; 行政确认,
// 行政裁决, 行政给付 are other powers (disclosure-foreign-rows.ts names and skips them all).
import type { ActiveDisclosure } from '../model/report'
import { fuzzy } from './row-labels'
import { OTHER_PERIOD, PERIOD_BEFORE } from './other-period'

/** A cell break: spaces, tabs, pipes, a table's cell mark. */
const SEP = '[\\s\\u3000\\t|\\uE000]'

/**
 * A word standing as a whole label: after a cell break, a line start or the end of a heading (crawled
 * text glues the label to the header before it: 「处理决定数量行政审批14」, or to its 备注 heading), then a cell break, a number or
 * the line's end. Bare 收费 is also a word of the header 本年收费金额, 政府采购 of a sentence about it.
 */
const whole = (w: string): string => `(?<=^|${SEP}|量|数|额|注|[)）]|减)${fuzzy(w)}(?=${SEP}|[\\d０-９\\-—－/／]|$)`

/** Not a fee relief: 减免, 免征, 免收, 减收, 退费 right after the fee's word. */
const NOT_RELIEF = '(?![\\s\\u3000]*(?:减免|免征|免收|减收|退费|退还))'

/** Not after these words (spaces allowed between, as in the labels). */
const notAfter = (...ws: string[]): string => `(?<!${ws.map(fuzzy).join('|')}[\\s\\u3000]*)`

export interface RowLabel {
  pattern: RegExp
  /** The word as the report prints it where it is not the template's (for the note), else null. */
  synonym: string | null
}

// A label naming another period (「行政许可（上年）」「规章（累计）」「上年行政许可」) is no template row: its numbers are
// not this year's (disclosure-foreign-rows.ts names and skips it).
const re = (s: string): RegExp => new RegExp(`(?<!${PERIOD_BEFORE})${s}(?!${OTHER_PERIOD})`, 'gm')

/** Per row, most preferred first: the template's word, then its synonyms. */
export const ROW_LABELS: Record<keyof ActiveDisclosure, RowLabel[]> = {
  // 地方政府规章 / 政府规章 are the template's 规章 (the rules a 省 or 设区的市 government makes); not
  // 行政规章 (a prose word) nor 部门规章.
  // The label starts at 地方政府 / 政府: crawled text glues it to the header, whose words end at the label.
  rules: [{ pattern: re(`(?:${fuzzy('地方政府')}|${fuzzy('政府')})?${notAfter('行政', '部门')}${fuzzy('规章')}`), synonym: null }],
  // 行政规范性文件 (2021) and 规范性文件 (2019) are one row; 其他 / 党内 ones are not it.
  normativeDocs: [{ pattern: re(`${notAfter('其他', '其它', '党内')}${fuzzy('规范性文件')}`), synonym: null }],
  licensing: [
    { pattern: re(`${notAfter('非')}${fuzzy('行政许可')}`), synonym: null },
    // 非行政许可审批 was abolished in 2015 (国发〔2015〕27号): since then every 行政审批 is a 行政许可, and a
    // report printing 行政审批 in item （五）'s table means that row.
    { pattern: re(whole('行政审批')), synonym: '行政审批' },
  ],
  otherServices: [{ pattern: re(fuzzy('其他对外管理服务事项')), synonym: null }],
  penalties: [{ pattern: re(fuzzy('行政处罚')), synonym: null }],
  enforcement: [{ pattern: re(fuzzy('行政强制')), synonym: null }],
  // 收费减免 / 免征 / 退费 is a relief given, not the fees collected (review rv20c: 「行政事业性收费减免 12.3」
  // read as the fees); 「收费减2」 (the 2019 template's change) stays the row.
  fees: [
    { pattern: re(`${fuzzy('行政事业性收费')}${NOT_RELIEF}`), synonym: null },
    // Item （八） has one row, 行政事业性收费; the shortened words name that same row.
    { pattern: re(fuzzy('行政事业收费')), synonym: '行政事业收费' },
    { pattern: re(whole('行政收费')), synonym: '行政收费' },
    { pattern: re(whole('收费项目')), synonym: '收费项目' },
    { pattern: re(whole('收费')), synonym: '收费' },
  ],
  procurement: [
    { pattern: re(fuzzy('政府集中采购')), synonym: null },
    // Item （九） has one row, 政府集中采购项目; a report printing 集中采购 or 政府采购 there gives its figure for it.
    { pattern: re(whole('集中采购')), synonym: '集中采购' },
    { pattern: re(whole('政府采购')), synonym: '政府采购' },
  ],
}
