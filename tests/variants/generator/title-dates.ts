// Rule: the title line carries the report's publication date (hostile review hr34 W1), and no 统计期限
// sentence says which year the report covers:
//  - 'date-before': 「（2024年1月20日）某市人民政府2023年度政府信息公开工作年度报告」;
//  - 'date-after': 「某市人民政府政府信息公开工作年度报告（2024年1月）」 (the title names no year; the body's
//    「2023年，…」 does).
// The date is in January of the next year (the 落款's year), so a date read as the report's year is a
// wrong year. The gold stays the model's year. Forced in tests/variants/title-dates.test.ts, not drawn.
import { para, type IRDoc } from './ir'
import type { VariantModel } from './model'
import { toTraditional } from './labels'

export type TitleDateRule = 'date-before' | 'date-after'
export const TITLE_DATE_RULES: readonly TitleDateRule[] = ['date-before', 'date-after']

const TITLES: Record<TitleDateRule, (m: VariantModel) => string> = {
  'date-before': (m) => `（${m.year + 1}年1月20日）${m.agency}${m.year}年度政府信息公开工作年度报告`,
  'date-after': (m) => `${m.agency}政府信息公开工作年度报告（${m.year + 1}年1月）`,
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
  return doc.flatMap((b, i) => (i === at ? [para(title)] : b.kind === 'para' && PERIOD.test(b.text) ? [] : [b]))
}

export function titleDateRuleTags(rule: TitleDateRule | undefined): string[] {
  return rule ? [`title-date:${rule}`] : []
}
