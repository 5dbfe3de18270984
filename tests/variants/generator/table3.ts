// Rule family: table 三 — its header (the template's two levels, one flat line, or without the
// 勾稽关系 note), its merged label columns, and prose before it that repeats the rows' words.
import type { RequestRowKey } from '../../../shared/model/report'
import { REQUEST_COLUMN_LABELS, REQUEST_ROW_GROUP, REQUEST_ROW_LABELS } from '../../../shared/model/template-labels'
import type { IRCell } from './ir'
import type { Cells, VariantModel } from './model'
import { printLabel, type LabelRule } from './labels'
import { printNumber, type NumberRule } from './numbers'
import { chance, pick, type Rand } from './rng'

export const HEADERS3 = ['template', 'flat', 'no-note'] as const
export interface Table3Rule {
  header: (typeof HEADERS3)[number]
  /** Prose before the table naming rows with numbers (本年度新收…件，上年结转…件，予以公开…件). */
  prose: boolean
  /** The label columns merged as in the template (三、本年度办理结果 / （三）不予公开 …) or one label column. */
  merged: boolean
  /** An extra 小计 column after the five 法人或其他组织 columns (their subtotal), as some reports print. */
  subtotal?: boolean
  /** Counts printed with their unit in the cells (5件). */
  units?: boolean
  /** The five 法人或其他组织 columns printed before 自然人 (tests/newuser2; new-user2.ts). */
  organisationsFirst?: boolean
  /** A 小计 row (the group's sums) at the head of each group （三）…（六） (tests/newuser2; new-user2.ts). */
  subtotalRows?: boolean
  /** A 「合计」 row (一 + 二, per column) after 二、上年结转, as some bodies add (review 10 R10-1/R10-3; forced by tests). */
  sumRow?: boolean
  /** A 「合计」 row (三（七）+ 四 per column) under 四, as some bodies add and as a browser repeats a `<tfoot>` 合计 (review 12 R12-5/R12-13; forced by tests). */
  footSumRow?: boolean
  /** Two rows of one group （三）…（六） printed in each other's place, each with its own label and numbers (review-s7 §2). */
  rowsSwapped?: [RequestRowKey, RequestRowKey]
  /** The column headings wrapped in narrow cells (「自然\n人」「总\n计」「商业\n企业」), as a PDF's narrow columns print them (review 11 R11-1; forced by tests). */
  wrappedHeadings?: boolean
}

/** A heading broken where a narrow cell breaks it: after the first half (自然|人, 总|计, 社会公|益组织). */
const wrapHeading = (text: string): string => (text.length < 2 ? text : `${text.slice(0, Math.ceil(text.length / 2))}\n${text.slice(Math.ceil(text.length / 2))}`)

export function drawTable3(rand: Rand): Table3Rule {
  return { header: chance(rand, 0.5) ? 'template' : pick(rand, HEADERS3), prose: chance(rand, 0.3), merged: chance(rand, 0.7) }
}

/**
 * How the cells are printed (小计 column, units), drawn from a source of their own so that adding
 * these rules leaves every other choice of existing variants as it was.
 */
export function drawTable3Print(rand: Rand): Pick<Table3Rule, 'subtotal' | 'units'> {
  return { subtotal: chance(rand, 0.1), units: chance(rand, 0.1) }
}

/**
 * Two sub-rows of one group to print in each other's place (forced by tests and the sweep, not drawn
 * in the suite): the table's sums hold under either order, so only the labels tell them apart.
 */
export function drawRowsSwapped(rand: Rand, keys: readonly RequestRowKey[]): [RequestRowKey, RequestRowKey] | undefined {
  const groups = [...new Set(keys.map((k) => REQUEST_ROW_GROUP[k]).filter((g): g is string => !!g))]
  const pairs = groups.flatMap((g) => {
    const rows = keys.filter((k) => REQUEST_ROW_GROUP[k] === g)
    return rows.flatMap((a, i) => rows.slice(i + 1).map((b): [RequestRowKey, RequestRowKey] => [a, b]))
  })
  return pairs.length ? pick(rand, pairs) : undefined
}

const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'

function header(rule: Table3Rule): IRCell[][] {
  const sub = rule.subtotal ? ['小计'] : []
  const cols = [...REQUEST_COLUMN_LABELS.slice(0, 6), ...sub, REQUEST_COLUMN_LABELS[6]].map((c) => (rule.wrappedHeadings ? wrapHeading(c) : c))
  if (rule.organisationsFirst) return headerOrganisationsFirst(rule)
  if (rule.header === 'flat') return [[{ text: rule.merged ? '' : '项目', colSpan: rule.merged ? 3 : 1 }, ...cols.map((text) => ({ text }))]]
  const corner = rule.header === 'template' ? NOTE : ''
  return [
    [{ text: corner, colSpan: rule.merged ? 3 : 1, rowSpan: 3 }, { text: '申请人情况', colSpan: cols.length }],
    [{ text: cols[0]!, rowSpan: 2 }, { text: '法人或其他组织', colSpan: 5 + sub.length }, { text: cols[cols.length - 1]!, rowSpan: 2 }],
    cols.slice(1, cols.length - 1).map((text) => ({ text })),
  ]
}

/** The header with the five organisation columns before 自然人 (no 小计 column with this rule). */
function headerOrganisationsFirst(rule: Table3Rule): IRCell[][] {
  const label = (text: string): string => (rule.wrappedHeadings ? wrapHeading(text) : text)
  const orgs = REQUEST_COLUMN_LABELS.slice(1, 6).map((text) => ({ text: label(text) }))
  const [nat, total] = [label(REQUEST_COLUMN_LABELS[0]), label(REQUEST_COLUMN_LABELS[6])]
  if (rule.header === 'flat') return [[{ text: rule.merged ? '' : '项目', colSpan: rule.merged ? 3 : 1 }, ...orgs, { text: nat }, { text: total }]]
  return [
    [{ text: rule.header === 'template' ? NOTE : '', colSpan: rule.merged ? 3 : 1, rowSpan: 3 }, { text: '申请人情况', colSpan: 7 }],
    [{ text: '法人或其他组织', colSpan: 5 }, { text: nat, rowSpan: 2 }, { text: total, rowSpan: 2 }],
    orgs,
  ]
}

/** A row's printed cells: with the 小计 of the five organisation columns, and units, by the rule. */
function printedCells(rule: Table3Rule, numbers: NumberRule, cells: Cells): IRCell[] {
  const org = cells.slice(1, 6)
  const subtotal = org.every((x) => x === null) ? null : org.reduce<number>((a, b) => a + (b ?? 0), 0)
  const values = rule.organisationsFirst ? [...org, cells[0]!, ...cells.slice(6)] : rule.subtotal ? [...cells.slice(0, 6), subtotal, ...cells.slice(6)] : cells
  return values.map((v) => {
    const text = printNumber(numbers, v)
    return { text: rule.units && /\d$/.test(text) ? `${text}件` : text, num: true }
  })
}

const OUTSIDE: RequestRowKey[] = ['received', 'carriedOver', 'carriedForward']

/** The body rows, each with its key (for page breaks between rows). */
export function table3Rows(m: VariantModel, rule: Table3Rule, labels: LabelRule, numbers: NumberRule): { head: IRCell[][]; body: IRCell[][] } {
  const nums = (cells: Cells): IRCell[] => printedCells(rule, numbers, cells)
  const keys = m.requests.map(([k]) => k)
  const outcomes = keys.filter((k) => !OUTSIDE.includes(k))
  const body: IRCell[][] = []
  let lastGroup: string | undefined
  let firstOutcome = true
  // With 小计 rows: each group's sums, printed at its head (the group's rows' cells added up).
  const groupSums = (group: string): Cells =>
    [0, 1, 2, 3, 4, 5, 6].map((c) => m.requests.filter(([x]) => REQUEST_ROW_GROUP[x] === group).reduce((a, [, v]) => a + (v[c] ?? 0), 0))
  const groups = new Set(outcomes.map((k) => REQUEST_ROW_GROUP[k]).filter((g) => g !== undefined))
  const outerSpan = outcomes.length + (rule.subtotalRows ? groups.size : 0)
  const swap = rule.rowsSwapped
  const printedOrder = swap ? m.requests.map(([k, v]): [RequestRowKey, Cells] => (k === swap[0] ? m.requests.find(([x]) => x === swap[1])! : k === swap[1] ? m.requests.find(([x]) => x === swap[0])! : [k, v])) : m.requests
  for (const [k, cells] of printedOrder) {
    const label = { text: printLabel(labels, REQUEST_ROW_LABELS[k]) }
    if (!rule.merged) {
      const group = REQUEST_ROW_GROUP[k]
      // One label column: the group heading gets a row of its own, without numbers (or with its sums).
      if (group && group !== lastGroup && !(k.startsWith('otherHandling') && keys.includes('otherHandling')))
        body.push([{ text: printLabel(labels, group) }, ...(rule.subtotalRows ? nums(groupSums(group)) : [])])
      lastGroup = group
      body.push([label, ...nums(cells)])
      if (k === 'carriedOver' && rule.sumRow) body.push([{ text: '合计' }, ...nums(newPlusCarried(m))])
      continue
    }
    if (OUTSIDE.includes(k)) {
      body.push([{ ...label, colSpan: 3 }, ...nums(cells)])
      if (k === 'carriedOver' && rule.sumRow) body.push([{ text: '合计', colSpan: 3 }, ...nums(newPlusCarried(m))])
      continue
    }
    const outer: IRCell[] = firstOutcome ? [{ text: printLabel(labels, '三、本年度办理结果'), rowSpan: outerSpan }] : []
    firstOutcome = false
    const group = REQUEST_ROW_GROUP[k]
    if (!group) body.push([...outer, { ...label, colSpan: 2 }, ...nums(cells)])
    else {
      const span = keys.filter((x) => REQUEST_ROW_GROUP[x] === group).length
      if (rule.subtotalRows && group !== lastGroup) {
        body.push([...outer, { text: printLabel(labels, group), rowSpan: span + 1 }, { text: '小计' }, ...nums(groupSums(group))])
        body.push([label, ...nums(cells)])
      } else {
        const groupCell: IRCell[] = group !== lastGroup ? [{ text: printLabel(labels, group), rowSpan: span }] : []
        body.push([...outer, ...groupCell, label, ...nums(cells)])
      }
    }
    lastGroup = group
  }
  if (rule.footSumRow) body.push([{ text: '合计', colSpan: rule.merged ? 3 : 1 }, ...nums(handledPlusForward(m))])
  return { head: header(rule), body }
}

/** 一 + 二 per column (the 「合计」 row of t3:sum-row). */
function newPlusCarried(m: VariantModel): Cells {
  const row = (k: RequestRowKey): Cells => m.requests.find(([x]) => x === k)?.[1] ?? [null, null, null, null, null, null, null]
  const [a, b] = [row('received'), row('carriedOver')]
  return a.map((v, i) => (v === null && b[i] === null ? null : (v ?? 0) + (b[i] ?? 0)))
}

/** 三（七）+ 四 per column (the 「合计」 row of t3:foot-sum-row). */
function handledPlusForward(m: VariantModel): Cells {
  const row = (k: RequestRowKey): Cells => m.requests.find(([x]) => x === k)?.[1] ?? [null, null, null, null, null, null, null]
  const [a, b] = [row('handledTotal'), row('carriedForward')]
  return a.map((v, i) => (v === null && b[i] === null ? null : (v ?? 0) + (b[i] ?? 0)))
}

/** Prose that repeats the rows' words with numbers (never to be read as rows). */
export function table3Prose(m: VariantModel): string {
  const row = (k: RequestRowKey): Cells | undefined => m.requests.find(([x]) => x === k)?.[1]
  const total = (k: RequestRowKey): number | null => row(k)?.[6] ?? null
  return `本年度新收政府信息公开申请${total('received') ?? 0}件，上年结转${total('carriedOver') ?? 0}件。其中予以公开${total('granted') ?? 0}件，部分公开${total('partiallyGranted') ?? 0}件，本机关不掌握相关政府信息${total('unavailable.notHeld') ?? 0}件，结转下年度继续办理${total('carriedForward') ?? 0}件。具体情况如下表：`
}

export function table3RuleTags(rule: Table3Rule): string[] {
  return [
    `t3-header:${rule.header}`,
    ...(rule.prose ? ['t3:prose-before'] : []),
    ...(rule.merged ? [] : ['t3:one-label-column']),
    ...(rule.subtotal ? ['t3:subtotal-column'] : []),
    ...(rule.units ? ['t3:units-in-cells'] : []),
    ...(rule.rowsSwapped ? ['t3:rows-swapped'] : []),
    ...(rule.sumRow ? ['t3:sum-row'] : []),
    ...(rule.footSumRow ? ['t3:foot-sum-row'] : []),
    ...(rule.wrappedHeadings ? ['t3:wrapped-headings'] : []),
  ]
}
