// PROBLEMS_EMPTY: section 五 names no concrete problem: empty, "无", or only boilerplate such as
// "暂未发现需要报告的突出问题" followed by resolutions to keep improving.
import type { Flag } from '../model/flag'
import { stripProblemsHeading } from '../analysis/section-five'
import { flag, type ReportContext } from './context'
import { splitSentences } from './text'

// Words that name a shortcoming.
const PROBLEM_WORDS =
  /不足|不够|不强|不高|有待|欠缺|滞后|不及时|不规范|不完善|不全面|不健全|薄弱|较弱|较少|偏少|偏低|单一|不到位|不统一|不一致|标准不一|口径不一|不深|参差不齐|不平衡|不均衡|短板|差距|缺乏|不畅|不充分|不明显|不佳|困难|不精准|不准确|不便|断档|不稳定|重复发布|流动性大|变动频繁|调整频繁|流动频繁|频繁流动|频繁变动|多为兼职|均为兼职|身兼数职|人手紧|人手少|无法满足|难以满足|不能满足|无法适应|难以适应|不适应|不匹配|不相适应|不理想|亟待/
// A sentence that says there is no problem: "暂未发现需要报告的突出问题", "不存在明显不足". A bare
// 无/没有 must govern the word 问题 itself, so that "平台无法满足查询需求的问题" or "栏目没有及时
// 更新的问题" (a problem stated with a negation inside it) still counts as a problem.
const NO_PROBLEM =
  /(?:(?:暂|尚|并)?未|没有)(?:发现|出现|发生|存在)[^，,。；;]{0,15}?(?:问题|不足|情况)|(?:不存在|暂无|尚无|没有|无)(?:明显|突出|重大|较大|其他|需要报告|需报告)?的?(?:问题|不足|情况)/

export function hasConcreteProblem(text: string): boolean {
  for (const s of splitSentences(text)) {
    if (NO_PROBLEM.test(s)) continue
    if (PROBLEM_WORDS.test(s)) return true
  }
  return false
}

export function checkProblemsEmpty(ctx: ReportContext): Flag[] {
  if (!ctx.report.sections.includes('problems')) return [] // a missing section is STRUCTURE_SECTION_MISSING
  const sec = ctx.extraction.sectionText.problems
  if (!sec) return []
  const body = stripProblemsHeading(sec.text).trim()
  if (hasConcreteProblem(body)) return []
  const compact = body.replace(/\s+/g, '')
  const what = compact === '' ? '内容为空' : /^(?:无|暂无|没有)[。.]?$/.test(compact) ? `只写“${compact}”` : `只有套话（“${compact.slice(0, 60)}${compact.length > 60 ? '…' : ''}”）`
  return [
    flag('PROBLEMS_EMPTY', `“五、存在的主要问题及改进情况”未列出具体问题：${what}。`, [
      { kind: 'text', section: 'problems', text: sec.text, loc: sec.loc },
    ]),
  ]
}
