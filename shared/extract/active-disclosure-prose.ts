// Section 二 written as sentences instead of tables (2021 template): "制发规章0件、废止0件、现行有效0件；
// 制发行政规范性文件5件，废止3件，现行有效行政规范性文件42件。作出行政许可处理决定2,315件…；
// 行政事业性收费金额1,208.5万元". Read only where no table was found; every figure by the words
// right before it, one clause at a time; a field named twice with two different numbers stays empty.
// Such figures are read 'from prose' (provenance), not by a table's label.
import type { ActiveDisclosure } from '../model/report'
import type { ExtractionNote } from '../model/extraction'
import { fuzzy } from './row-labels'
import { normalizeDigits } from './cells'
import { isEarlierYearFigure } from './prose-time'

export interface ProseDisclosure {
  table: ActiveDisclosure
  spans: Partial<Record<keyof ActiveDisclosure, { start: number; end: number }>>
  notes: ExtractionNote[]
}

const N = '(\\d{1,3}(?:[,，]\\d{3})+|\\d+)'
const COUNT = `[^\\d，,、；;。]{0,10}?${N}[ \\u3000]*件`
const rx = (s: string): RegExp => new RegExp(s, 'g')

/** Per field: the clause it needs (规章 or 规范性文件 named in it) and the words before its number. */
const DOC_FIELDS: [keyof ActiveDisclosure, RegExp, RegExp][] = [
  ['rules', new RegExp(fuzzy('规章')), new RegExp(fuzzy('规范性文件'))],
  ['normativeDocs', new RegExp(fuzzy('规范性文件')), /$^/],
]
const DOC_FIGURES: [string, RegExp][] = [
  ['issued', rx(`(?:制发|制定|出台|印发)${COUNT}`)],
  ['repealed', rx(`废止${COUNT}`)],
  ['inForce', rx(`现行有效${COUNT}`)],
]
const DECISIONS: [keyof ActiveDisclosure, RegExp][] = [
  ['licensing', rx(`${fuzzy('行政许可')}(?:处理)?决定(?:数量)?[^\\d，,、；;。]{0,4}?${N}[ \\u3000]*件`)],
  ['penalties', rx(`${fuzzy('行政处罚')}(?:处理)?决定(?:数量)?[^\\d，,、；;。]{0,4}?${N}[ \\u3000]*件`)],
  ['enforcement', rx(`${fuzzy('行政强制')}(?:处理)?决定(?:数量)?[^\\d，,、；;。]{0,4}?${N}[ \\u3000]*件`)],
]
const FEES = rx(`${fuzzy('行政事业性收费')}(?:金额)?[^\\d，,、；;。]{0,6}?(\\d+(?:\\.\\d+)?|\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?)[ \\u3000]*万元`)

const num = (s: string): number => Number(s.replace(/[,，]/g, ''))

/** Words inside a match that make its number a change on last year ("决定同比增加200件"), not a figure. */
const CHANGE_WORDS = /较|比|同比|增加|减少|增长|下降|上升|新增|上年|去年/

/**
 * A figure of this year: no change word inside the match, and not governed by 上年/去年 earlier in
 * its sentence ("上年制发行政规范性文件3件，本年制发5件").
 */
function isThisYears(text: string, m: RegExpMatchArray): boolean {
  if (CHANGE_WORDS.test(m[0])) return false
  const start = Math.max(...['。', '；', ';', '\n'].map((p) => text.lastIndexOf(p, m.index! - 1) + 1))
  return !isEarlierYearFigure(text.slice(start), m.index! - start)
}

export function parseDisclosureProse(raw: string): ProseDisclosure | null {
  const text = normalizeDigits(raw)
  const found = new Map<string, { value: number; start: number; end: number }[]>()
  const add = (key: string, value: number, start: number, end: number): void => {
    found.set(key, [...(found.get(key) ?? []), { value, start, end }])
  }
  // Clauses: a 规章 figure and a 规范性文件 figure are told apart by the clause they stand in.
  for (const clause of text.matchAll(/[^；;。\n]+/g)) {
    const c = clause[0]
    const at = clause.index ?? 0
    for (const [row, needs, not] of DOC_FIELDS) {
      if (!needs.test(c) || not.test(c)) continue
      for (const [field, re] of DOC_FIGURES) {
        re.lastIndex = 0
        for (const m of c.matchAll(re)) if (isThisYears(c, m)) add(`${row}.${field}`, num(m[1]!), at + m.index!, at + m.index! + m[0].length)
      }
    }
  }
  for (const [row, re] of DECISIONS) {
    for (const m of text.matchAll(re)) if (isThisYears(text, m)) add(`${row}.decisions`, num(m[1]!), m.index!, m.index! + m[0].length)
  }
  for (const m of text.matchAll(FEES)) {
    if (isThisYears(text, m)) add('fees.amountWanYuan', num(m[1]!), m.index!, m.index! + m[0].length)
  }
  if (found.size === 0) return null

  const table: Record<string, Record<string, number | null>> = {}
  const spans: ProseDisclosure['spans'] = {}
  const notes: ExtractionNote[] = []
  for (const [key, hits] of found) {
    const [row, field] = key.split('.') as [keyof ActiveDisclosure, string]
    const same = hits.every((h) => h.value === hits[0]!.value)
    table[row] = { ...(table[row] ?? {}), [field]: same ? hits[0]!.value : null }
    if (!same) notes.push({ field: `activeDisclosure.${row}`, message: `第二部分文字中「${key}」出现不同的数字（${hits.map((h) => h.value).join('、')}），未读取。` })
    const s = spans[row]
    spans[row] = { start: Math.min(s?.start ?? Infinity, hits[0]!.start), end: Math.max(s?.end ?? 0, hits[0]!.end) }
  }
  return { table: table as ActiveDisclosure, spans, notes }
}
