// FEE_NOT_REPORTED: a report on 2021 or later should say in section 六 whether 信息处理费 was charged.
import type { Flag } from '../model/flag'
import { flag, type ReportContext } from './context'
import { normalizeProse } from './text'

const FEE_RE = /信息处理费|处理费|收费通知|收取.{0,10}费|收费(?:情况|事项)|(?:未|没有|不|无).{0,8}收费|费用.{0,4}(?:收取|减免)/

export function checkFeeReported(ctx: ReportContext): Flag[] {
  const { year, template } = ctx.report
  if (year === null || year < 2021 || template === 'legacy') return []
  const sec = ctx.extraction.sectionText.other
  if (!sec) return [] // section 六 missing or not kept: STRUCTURE_SECTION_MISSING speaks for it
  const text = normalizeProse(sec.text)
  if (FEE_RE.test(text)) return []
  const excerpt = text.replace(/\s+/g, '').slice(0, 120)
  return [
    flag('FEE_NOT_REPORTED', `${year} 年度报告的“六、其他需要报告的事项”未说明是否收取信息处理费（本部分内容：“${excerpt}”）。`, [
      { kind: 'text', section: 'other', text: sec.text, loc: sec.loc },
    ]),
  ]
}
