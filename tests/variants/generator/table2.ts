// Rule family: section 二 — one small table per item (the template), four tables under the
// 第二十条 captions, or one table; 规范性文件 or 行政规范性文件; units in the header or in the cells.
import { DISCLOSURE_LABELS } from '../../../shared/model/template-labels'
import type { IRBlock, IRCell } from './ir'
import type { VariantModel } from './model'
import { printNumber, type NumberRule } from './numbers'
import { chance, pick, type Rand } from './rng'
import { foreignCells, wordedHeading, wordedRow, wordingTags, type Table2Wording } from './t2-wordings'
import { rowsAfterBeyond } from './disclosure-beyond-blanks'

export const SHAPES2 = ['per-row', 'four', 'one'] as const
export interface Table2Rule {
  shape: (typeof SHAPES2)[number]
  normWording: '规范性文件' | '行政规范性文件'
  units: 'header' | 'cells'
  /** pdftotext of a real report: a one-cell row's number printed before its taller label cell. */
  valueFirst?: boolean
  /** A page break between the small tables (a real report's page footer after a 第二十条 caption). */
  pageBreak?: boolean
  /** The 第二十条 captions as a row of the table, spanning it (converted real reports). */
  captionInTable?: boolean
  /** How the money unit is printed in the header: （万元）, （单位：万元） or half-width (单位:万元). */
  unitWording?: (typeof UNIT_WORDINGS)[number]
  /** Every count printed with its unit (6件), as in new-user reports (new-user.ts). */
  countUnits?: boolean
  /** One one-cell row's figure printed as an approximation (「18万余」「近36000」; approx-cells.test.ts, forced, not drawn). */
  approxCell?: ApproxCellRule
  /** 规章 / 规范性文件 columns in another order (本年新公开 before 本年新制作; 现行有效 before 本年废止) (new-user2.ts). */
  columnsSwapped?: boolean
  /** A no-change 本年增/减 cell printed as the word 「持平」 (2019 template; review 12 R12-15; forced by tests). Its gold is null (chipingGold). */
  chiping?: boolean
  /**
   * How a non-zero 本年增/减 cell words its sign (2019 template; hostile review hr37 G1; forced by tests,
   * not drawn): 「下降115」「降低115」「精简115」「减少了115」「115（减）」 for a fall, 「增加115」「新增115」 for a
   * rise; 'dash' prints an en dash before a fall (「–115」: a minus or a dash cell glued to the next? its gold is null).
   */
  changeWording?: (typeof CHANGE_WORDINGS)[number]
  /**
   * LibreOffice's PDF read by plain pdftotext (review rv13): a 2019 three-cell row (上一年项目数量 | 本年增/减 |
   * 处理决定数量) comes out with its first and last cells before its label and the 增/减 cell after it;
   * 规章 / 规范性文件's three cells all before their label.
   * Forced by tests/variants/split-round.test.ts in the plain text shape, not drawn.
   */
  splitRound?: boolean
  /** Rows and headings in the words real reports use, and rows beyond the template (t2-wordings.ts). */
  wording?: Table2Wording
  /** The zero cells of the template row right after a row beyond the template printed blank (disclosure-beyond-blanks.ts; text-grouped). */
  blanksAfterBeyond?: boolean
}

export const CHANGE_WORDINGS = ['xiajiang', 'jiangdi', 'jingjian', 'jianshao-le', 'suffix', 'spaced', 'dash', 'unit-bracket', 'trailing', 'trailing-spaced', 'bracket-before', 'bracket-arrow', 'bracket-minus-before', 'both-words', 'negated'] as const
/** Wordings that give no direction (「增/减115」, 「未减少115」): the change is unknown whatever its sign. */
const NO_DIRECTION: readonly string[] = ['both-words', 'negated']
const FALL: Record<(typeof CHANGE_WORDINGS)[number], (n: string) => string> = {
  xiajiang: (n) => `下降${n}`,
  jiangdi: (n) => `降低${n}`,
  jingjian: (n) => `精简${n}`,
  'jianshao-le': (n) => `减少了${n}`,
  suffix: (n) => `${n}（减）`,
  spaced: (n) => `下降 ${n}`,
  dash: (n) => `–${n}`,
  'unit-bracket': (n) => `${n}项（减）`,
  trailing: (n) => `${n}减少`,
  'trailing-spaced': (n) => `${n} 减`,
  'bracket-before': (n) => `（减）${n}`,
  'bracket-arrow': (n) => `${n}（↓）`,
  'bracket-minus-before': (n) => `（-）${n}`,
  'both-words': (n) => `增/减${n}`,
  negated: (n) => `未减少${n}`,
}
const RISE: Record<(typeof CHANGE_WORDINGS)[number], (n: string) => string> = {
  xiajiang: (n) => `增加${n}`,
  jiangdi: (n) => `新增${n}`,
  jingjian: (n) => `增长${n}`,
  'jianshao-le': (n) => `增加了${n}`,
  suffix: (n) => `${n}（增）`,
  spaced: (n) => `上升 ${n}`,
  dash: (n) => `${n}`,
  'unit-bracket': (n) => `${n}项（增）`,
  trailing: (n) => `${n}增加`,
  'trailing-spaced': (n) => `${n} 增`,
  'bracket-before': (n) => `（增）${n}`,
  'bracket-arrow': (n) => `${n}（↑）`,
  'bracket-minus-before': (n) => `（+）${n}`,
  'both-words': (n) => `增减${n}`,
  negated: (n) => `未增加${n}`,
}

/** The gold model of a variant whose falls are printed with an en dash, or whose words give no direction: those cells state no sure sign. */
export function changeWordingGold(m: VariantModel, wording: Table2Rule['changeWording']): VariantModel {
  if (wording !== 'dash' && !NO_DIRECTION.includes(wording ?? '')) return m
  const unknown = (v: number | null): boolean => v !== null && (wording === 'dash' ? v < 0 : v !== 0)
  return { ...m, disclosure: m.disclosure.map(([k, f]) => [k, f.map(([x, v]) => [x, x === 'change' && unknown(v) ? null : v] as [string, number | null])]) }
}

/** The orders seen in tests/newuser2: 2019 swaps its first two columns, 2021 its last two. */
const SWAPPED: Record<'2019' | '2021', string[]> = { '2019': ['newlyPublished', 'newlyMade', 'publishedTotal'], '2021': ['issued', 'inForce', 'repealed'] }
const swapColumns = (t: '2019' | '2021', fields: [string, number | null][]): [string, number | null][] =>
  SWAPPED[t].map((f) => fields.find(([x]) => x === f)).filter((x): x is [string, number | null] => x !== undefined)

/** The one-cell rows (a count or an amount), where a report may print an approximate figure. */
export const APPROX_ROWS = ['licensing', 'penalties', 'enforcement', 'fees'] as const
/**
 * How an approximate figure is printed (review 10 R10-12): a bound with 余/多 after 万 (the 万 kept
 * only in words), 近/约/逾/超过 before the number, 左右/以上 after it. The report states no exact
 * number, so the gold of that cell is null (approxGold) and reading any number is wrong.
 */
export const APPROX_FORMS = ['wan-yu', 'wan-duo', 'jin', 'yue', 'yu-before', 'chaoguo', 'zuoyou', 'yishang'] as const
export interface ApproxCellRule {
  row: (typeof APPROX_ROWS)[number]
  form: (typeof APPROX_FORMS)[number]
}

/** The cell as printed for a figure v (v > 0) in the given form. */
export function approxText(v: number, form: ApproxCellRule['form']): string {
  const wan = Math.max(1, Math.floor(v / 10000))
  switch (form) {
    case 'wan-yu': return `${wan}万余`
    case 'wan-duo': return `${wan}万多`
    case 'jin': return `近${v}`
    case 'yue': return `约${v}`
    case 'yu-before': return `逾${v}`
    case 'chaoguo': return `超过${v}`
    case 'zuoyou': return `${v}左右`
    case 'yishang': return `${v}以上`
  }
}

/** The gold model of a variant printed with an approximate cell: that cell states no number. */
export function approxGold(m: VariantModel, rule: ApproxCellRule | undefined): VariantModel {
  if (!rule) return m
  // Only a one-cell row is printed approximately (2021 template; table2Tables).
  return { ...m, disclosure: m.disclosure.map(([k, f]) => [k, k === rule.row && f.length === 1 ? f.map(([x]) => [x, null] as [string, number | null]) : f]) }
}

/** The gold model of a variant printed with 「持平」: a word states no number, so those cells are null. */
export function chipingGold(m: VariantModel, chiping: boolean | undefined): VariantModel {
  if (!chiping) return m
  return { ...m, disclosure: m.disclosure.map(([k, f]) => [k, f.map(([x, v]) => [x, x === 'change' && v === 0 ? null : v] as [string, number | null])]) }
}

const UNIT_WORDINGS = ['（万元）', '（单位：万元）', '(单位:万元)'] as const

/**
 * Rules seen in real reports, drawn from their own stream (so the rules above keep their draws):
 * numbers before labels only in the plain pdftotext shape, where it was seen.
 */
export function drawTable2Extras(rand: Rand, format: string): Pick<Table2Rule, 'valueFirst' | 'pageBreak' | 'captionInTable' | 'unitWording'> {
  return { valueFirst: format === 'text-plain' && chance(rand, 0.4), pageBreak: chance(rand, 0.2), captionInTable: chance(rand, 0.3), unitWording: pick(rand, UNIT_WORDINGS) }
}

export function drawTable2(rand: Rand, template: '2019' | '2021'): Table2Rule {
  return {
    shape: pick(rand, SHAPES2),
    normWording: chance(rand, 0.7) ? (template === '2019' ? '规范性文件' : '行政规范性文件') : template === '2019' ? '行政规范性文件' : '规范性文件',
    units: chance(rand, 0.6) ? 'header' : 'cells',
  }
}

const MONEY = new Set(['amountWanYuan'])
/** The template's items per 第二十条 paragraph (the captions of the four tables). */
const CAPTIONS: [string, string[]][] = [
  ['第二十条第（一）项', ['rules', 'normativeDocs']],
  ['第二十条第（五）项', ['licensing', 'otherServices']],
  ['第二十条第（六）项', ['penalties', 'enforcement']],
  ['第二十条第（八）项', ['fees', 'procurement']],
]

function fieldLabel(t: '2019' | '2021', f: string, rule: Table2Rule): string {
  const base = ((DISCLOSURE_LABELS[t].fields as Record<string, string>)[f] ?? f).replace(/（单位：万元）/, '')
  const worded = wordedHeading(rule.wording, f, base)
  return MONEY.has(f) && rule.units === 'header' ? `${worded}${rule.unitWording ?? '（万元）'}` : worded
}

function rowLabel(t: '2019' | '2021', key: string, rule: Table2Rule): string {
  if (key === 'normativeDocs') return wordedRow(rule.wording, key, rule.normWording)
  return wordedRow(rule.wording, key, (DISCLOSURE_LABELS[t].rows as Record<string, string>)[key] ?? key)
}

function cellText(f: string, v: number | null, rule: Table2Rule, numbers: NumberRule): string {
  if (f === 'change' && v === 0 && rule.chiping) return '持平'
  if (f === 'change' && v !== null && v !== 0 && rule.changeWording) return v < 0 ? FALL[rule.changeWording](printNumber(numbers, -v)) : RISE[rule.changeWording](printNumber(numbers, v))
  if (f === 'change' && v !== null && v !== 0) return v < 0 ? `减${printNumber(numbers, -v)}` : `增${printNumber(numbers, v)}`
  const s = printNumber(numbers, v)
  // A unit goes with a number, not with the dash or slash of an empty cell.
  if (!MONEY.has(f)) return rule.countUnits && /[\d０-９]$/.test(s) ? `${s}件` : s
  return rule.units === 'cells' && /\d/.test(s) ? `${s}万元` : s
}

export function table2Blocks(m: VariantModel, rule: Table2Rule, numbers: NumberRule, pageBreak?: IRBlock): IRBlock[] {
  const blocks = table2Tables(m, rule, numbers)
  if (!rule.pageBreak || !pageBreak) return blocks
  // After the second 第二十条 caption (or the second small table), as in the real report.
  const at = blocks.findIndex((b, i) => i > 0 && b.kind === 'table' && blocks.slice(0, i).some((x) => x.kind === 'table'))
  return at < 0 ? blocks : [...blocks.slice(0, at), pageBreak, ...blocks.slice(at)]
}

function table2Tables(m: VariantModel, rule: Table2Rule, numbers: NumberRule): IRBlock[] {
  const t = m.template
  const blankRows = rule.blanksAfterBeyond ? rowsAfterBeyond(m.disclosure.filter(([, f]) => f.length > 0).map(([k]) => k), rule.wording) : new Set<string>()
  const rowOf = (key: string, fields: [string, number | null][]): IRCell[] => {
    const label: IRCell = { text: rowLabel(t, key, rule) }
    const approx = rule.approxCell?.row === key && fields.length === 1 ? rule.approxCell.form : null
    const cells = fields.map(([f, v]) => ({ text: approx && v !== null ? approxText(Math.max(1, v), approx) : v === 0 && blankRows.has(key) ? '' : cellText(f, v, rule, numbers), num: true }))
    return arrange(label, cells, fields)
  }
  // A row's label and cells in the order this layout prints them (the rows beyond the template too).
  const arrange = (label: IRCell, cells: IRCell[], fields: [string, number | null][]): IRCell[] => {
    if (rule.splitRound && fields.length === 3) return fields[1]![0] === 'change' ? [cells[0]!, cells[2]!, label, cells[1]!] : [...cells, label]
    return rule.valueFirst && cells.length === 1 ? [...cells, label] : [label, ...cells]
  }
  const headOf = (fields: [string, number | null][]): IRCell[] => [{ text: '信息内容' }, ...fields.map(([f]) => ({ text: fieldLabel(t, f, rule) }))]
  const rows = m.disclosure
    .filter(([, f]) => f.length > 0)
    .map(([k, f]): (typeof m.disclosure)[number] => [k, rule.columnsSwapped && (k === 'rules' || k === 'normativeDocs') && f.length === 3 ? swapColumns(t, f) : f])
  // Rows beyond the template after the row they were seen next to, as many cells as it (t2-wordings.ts).
  const foreignAfter = (k: string, f: [string, number | null][]): IRCell[][] =>
    (rule.wording?.foreign ?? []).filter(([after]) => after === k).map(([, label], i) => arrange({ text: label }, foreignCells(f.length, label.length + i + f.length).map((text) => ({ text, num: true })), f))
  if (rule.shape === 'per-row') return rows.map(([k, f]) => ({ kind: 'table', rows: [headOf(f), rowOf(k, f), ...foreignAfter(k, f)], part: 'disclosure' }))
  const groups = CAPTIONS.map(([caption, keys]) => [caption, rows.filter(([k]) => keys.includes(k))] as const).filter(([, g]) => g.length > 0)
  const tableOf = (g: typeof rows): IRCell[][] => {
    const out: IRCell[][] = []
    let lastHead = ''
    for (const [k, f] of g) {
      const head = headOf(f)
      const sig = head.map((c) => c.text).join('|')
      if (sig !== lastHead) out.push(head)
      lastHead = sig
      out.push(rowOf(k, f), ...foreignAfter(k, f))
    }
    return out
  }
  if (rule.shape === 'four' && rule.captionInTable) {
    return groups.map(([caption, g]): IRBlock => {
      const rows = tableOf(g)
      const width = Math.max(...rows.map((r) => r.length))
      return { kind: 'table', rows: [[{ text: caption, colSpan: width }], ...rows], part: 'disclosure' }
    })
  }
  if (rule.shape === 'four') return groups.flatMap(([caption, g]): IRBlock[] => [{ kind: 'para', text: caption }, { kind: 'table', rows: tableOf(g), part: 'disclosure' }])
  return [{ kind: 'table', rows: tableOf(rows), part: 'disclosure' }]
}

export function table2RuleTags(rule: Table2Rule): string[] {
  return [`t2:${rule.shape}`, `t2:${rule.normWording}`, `t2-units:${rule.units}`, ...(rule.valueFirst ? ['t2:value-first'] : []), ...(rule.pageBreak ? ['t2:page-break'] : []), ...(rule.captionInTable && rule.shape === 'four' ? ['t2:caption-in-table'] : []), ...(rule.unitWording && rule.unitWording !== '（万元）' && rule.units === 'header' ? [`t2-units:${rule.unitWording}`] : []), ...(rule.approxCell ? [`t2:approx-cell:${rule.approxCell.form}`] : []), ...(rule.chiping ? ['t2:chiping'] : []), ...(rule.changeWording ? [`t2:change-wording:${rule.changeWording}`] : []), ...(rule.splitRound ? ['t2:split-round'] : []), ...(rule.blanksAfterBeyond ? ['t2:blank-after-beyond'] : []), ...wordingTags(rule.wording)]
}
