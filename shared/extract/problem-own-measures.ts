// A measure told inside a problem's own item (「一是…。对此，我局将…」「…，下一步将…」): where it starts, the
// problem without it, and the list of numbered problems that each carry their own measure. Split from
// problems.ts, which decides when the reading applies.
import { numberedItems } from './problem-lists'

/**
 * A measure announced inside a problem's own item: "…，（针对这一问题，）我局将推出…", "…，下一步将…",
 * "…，下一步要…"; after 对此/为此/针对…， any short subject ("对此，街道将…", "对此，镇里将…").
 */
// A paragraph break may stand between the problem and its measure ("一是…。¶下一步，将…¶二是…").
const OWN_MEASURE =
  /[，,。；;][\s\u0002]*(?:(?:(?:针对[^，。；]{0,12}?|对此|为此)[，,]\s*)?(?:(?:下一步|下步|下一?阶段|接下来|今后)[，,]?\s*(?:(?:我|本)[^\s，。；、]{0,3}?)?|(?:我|本)[^\s，。；、]{0,3}?)|(?:针对[^，。；]{0,12}?|对此|为此)[，,]\s*[^\s，。；、]{1,4}?)(?:将|拟|计划|要(?!求))/

/**
 * "针对X的问题" before its measure: the problem is X ("针对政策解读形式单一的问题，我委将…"), its item's
 * marker kept ("一是针对…的问题，我们将…" → "一是…").
 */
const AIMED_AT = /^((?:[一二三四五六七八九十]{1,3}是|[（(][一二三四五六七八九十\d]{1,2}[）)]|[\d０-９]{1,2}[、.．）)]|[①-⑩]|首先|其次|再次|最后|第[一二三四五六七八九十]{1,3}[，,、])[，,：:]?\s*)?针对\s*(.{4,}?)(?:的|等)?(?:问题|不足|情况)$/

export function splitOwnMeasure(item: string): { problem: string; measure: string | null } {
  const m = OWN_MEASURE.exec(item)
  if (!m || m.index < 4) return { problem: item, measure: null }
  const measure = item.slice(m.index + m[0].length).trim()
  if (measure.length < 4) return { problem: item, measure: null }
  const before = item.slice(0, m.index)
  const aimed = AIMED_AT.exec(before)
  return { problem: `${aimed ? `${aimed[1] ?? ''}${aimed[2]}` : before}。`, measure }
}

/**
 * Numbered problems that each carry their own measure ("一是…。对此，我局将…。二是…。对此，…"): the
 * first "对此，我局将" is no boundary between the halves, since the problems' list goes on after it.
 * Null unless there are two items or more and every one has its measure.
 */
export function itemsWithOwnMeasures(text: string): { problems: string[]; improvements: string[] } | null {
  const items = numberedItems(text)
  if (!items || items.length < 2) return null
  const cut = items.map(splitOwnMeasure)
  if (cut.some((c) => c.measure === null)) return null
  return { problems: cut.map((c) => c.problem), improvements: cut.map((c) => c.measure!) }
}
