// A header line made ready for matching, and a body's name cut out of the text before a title's year
// or tail. Split from header.ts (which finds the title, body and year).
import { toHalfWidthDigits } from './numbers-cn'
import { latinOAsNumeralZero } from './numeral-o'
import { toSimplifiedForMatching } from './prose-text'

/** Meta labels of crawled pages in front of a title. */
const META_LABEL = /^(?:标题|信息名称|文章标题|名称|题名|title)\s*[:：]\s*/i
/** Separators of breadcrumbs and page chrome; the agency is the last segment before the year. */
export const SEGMENT_BREAK = /[|｜>›»•·：:\u241e]/

const BODY_END =
  /(?:人民政府|政府|办公室|办公厅|局|委员会|委|办|厅|中心|管委会|街道|办事处|镇|乡|区|县|市|州|盟|旗|院|所|队|站|会|处|署|室|部|社|园|公司|集团|馆|台|校|学|组|团|行|司|关|场|厂|社区|村)(?:[（(][^（）()]{1,20}[）)])?$/
const NOT_IN_BODY = /[《》“”"，。；！？\d]|根据|本报告|报告|年度|条例|本年|关于|按照|依据|发布|日期|时间/

/** Whitespace between two non-digits becomes a segment break (␞); other whitespace goes. */
export function prepareLine(raw: string): string {
  const t = latinOAsNumeralZero(toHalfWidthDigits(raw.replace(META_LABEL, '').trim()))
  return t.replace(/\s+/g, (ws, offset: number, all: string) => {
    const before = all[offset - 1] ?? ''
    const after = all[offset + ws.length] ?? ''
    return /\d/.test(before) || /\d/.test(after) ? '' : '\u241e'
  })
}

export function cleanAgency(raw: string): string | null {
  const segments = raw.split(SEGMENT_BREAK).map((s) => s.trim())
  let a = [...segments].reverse().find((s) => s !== '') ?? ''
  a = a
    .replace(/^[（(【[][^）)】\]]{0,8}[）)】\]]/, '') // (图文), 【公开】
    .replace(/^[-—_、，,.\s#*>`]+/, '') // bullets and markdown marks
    .replace(/^关于/, '')
    // 「X转发Y…年度报告」: the office that forwards the report is not the body that reports.
    .replace(/^.{1,40}?(?:转发|转载)/, '')
    // 「Y2021—2022年度…」: the first year of a range stands between the body and the title's year.
    .replace(/(?:\d{4}|[〇零○一二三四五六七八九]{4})年?度?\s*[—－\-–~～至到]+\s*$/, '')
    .replace(/(?:关于|的|之)+$/, '')
    .replace(/[-—_、，,\s#*`]+$/, '')
  if (a.endsWith('人民')) a += '政府'
  const simp = toSimplifiedForMatching(a)
  if (a.length < 2 || a.length > 40 || NOT_IN_BODY.test(simp) || !BODY_END.test(simp)) return null
  return a
}

