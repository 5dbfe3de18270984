// Rule: the title line carries the report's publication date (hostile review hr34 W1), and no 统计期限
// sentence says which year the report covers:
//  - 'date-before': 「（2024年1月20日）某市人民政府2023年度政府信息公开工作年度报告」;
//  - 'date-after': 「某市人民政府政府信息公开工作年度报告（2024年1月）」 (the title names no year; the body's
//    「2023年，…」 does).
// The date is in January of the next year (the 落款's year), so a date read as the report's year is a
// wrong year. The gold stays the model's year. Forced in tests/variants/title-dates.test.ts, not drawn.
// Also 'no-year-office' (hostile review hr38 F1): the title names the body but no year, and the preamble
// names the body's office as the one who compiled it (「本报告由某市人民政府办公室根据…编制」, the usual
// wording of a 人民政府's report); the body is the title's, never the office.
import { para, type IRDoc } from './ir'
import type { VariantModel } from './model'
import { toTraditional } from './labels'

export type TitleDateRule = 'date-before' | 'date-after' | 'no-year-office'
export const TITLE_DATE_RULES: readonly TitleDateRule[] = ['date-before', 'date-after', 'no-year-office']

const TITLES: Record<TitleDateRule, (m: VariantModel) => string> = {
  'date-before': (m) => `（${m.year + 1}年1月20日）${m.agency}${m.year}年度政府信息公开工作年度报告`,
  'date-after': (m) => `${m.agency}政府信息公开工作年度报告（${m.year + 1}年1月）`,
  'no-year-office': (m) => `${m.agency}政府信息公开工作年度报告`,
}

/** The 统计期限 sentence each rule prints instead of the layout's (none: the title's date is all there is). */
const PREAMBLES: Partial<Record<TitleDateRule, (m: VariantModel) => string>> = {
  'no-year-office': (m) => `本报告由${m.agency}办公室根据《中华人民共和国政府信息公开条例》要求编制。本报告所列数据统计期限为${m.year}年1月1日至${m.year}年12月31日。`,
}

/** The layout's title (variant.ts), in simplified or traditional characters (a whole copy converted). */
const TITLE = /^.{2,40}\d{4}年政府信息公[开開]工作年度[报報]告$/
const PERIOD = /统[计計]期限/

export function applyTitleDate(doc: IRDoc, rule: TitleDateRule | undefined, m: VariantModel): IRDoc {
  if (!rule) return doc
  const at = doc.findIndex((b) => b.kind === 'para' && TITLE.test(b.text))
  const old = doc[at]
  if (old?.kind !== 'para') return doc
  const title = /[開報]/.test(old.text) ? toTraditional(TITLES[rule](m)) : TITLES[rule](m)
  const preamble = PREAMBLES[rule]
  return doc.flatMap((b, i) => (i === at ? [para(title)] : b.kind === 'para' && PERIOD.test(b.text) ? (preamble ? [para(preamble(m))] : []) : [b]))
}

export function titleDateRuleTags(rule: TitleDateRule | undefined): string[] {
  return rule ? [`title-date:${rule}`] : []
}
