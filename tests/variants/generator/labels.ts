// Rule family: how a row label is printed — typos seen in published reports, numbering dropped,
// half-width brackets and dots, spaces inside the words, traditional characters (whole copies).
import { chance, type Rand } from './rng'

export interface LabelRule {
  typos: boolean
  dropNumbering: boolean
  halfWidth: boolean
  spaces: boolean
  /** Applied to the whole document (a copy converted to traditional characters). */
  traditional: boolean
  /** Label column width in characters for text shapes (0: no wrapping). */
  wrap: number
}

export function drawLabels(rand: Rand): LabelRule {
  return {
    typos: chance(rand, 0.3),
    dropNumbering: chance(rand, 0.2),
    halfWidth: chance(rand, 0.3),
    spaces: chance(rand, 0.15),
    traditional: chance(rand, 0.1),
    wrap: chance(rand, 0.5) ? 0 : 5 + Math.floor(rand() * 10),
  }
}

/** Typos and variant wordings seen in real tables (each keeps the row's meaning). */
const TYPOS: [RegExp, string][] = [
  [/情形/g, '情况'],
  [/三类内部事务/g, '三类内容事务'],
  [/政府信息公开申请数量/g, '政府信息公开申请数'],
  [/结转下年度继续办理/g, '结转下一年度继续办理'],
  [/（七）总计/g, '（七）合计'],
  [/本年新收/g, '本年度新收'],
  // Review 9b R5: 「1.信访、举报、投诉类申请」, 「3.其它」, 「（六）其它处理」.
  [/信访举报投诉/g, '信访、举报、投诉'],
  [/^3\.其他$/, '3.其它'],
  [/^（六）其他处理$/, '（六）其它处理'],
]

const NUMBERING = /^(?:[一二三四五六七八九十]、|[（(][一二三四五六七八九十][)）]|\d[.．、])/

export function printLabel(rule: LabelRule, label: string): string {
  let s = label
  if (rule.typos) for (const [re, to] of TYPOS) s = s.replace(re, to)
  if (rule.dropNumbering) s = s.replace(NUMBERING, '')
  if (rule.halfWidth) s = s.replace(/（/g, '(').replace(/）/g, ')').replace(/“|”/g, '"').replace(/^(\d)\./, '$1．')
  if (rule.spaces) s = [...s].join(' ')
  return s
}

/** Simplified → traditional for the characters of these reports' labels and headings. */
const TRAD: Record<string, string> = Object.fromEntries(
  [
    '开開', '请請', '数數', '结結', '转轉', '继繼', '续續', '办辦', '处處', '与與', '属屬', '于於', '国國', '规規', '稳穩', '护護',
    '权權', '务務', '过過', '执執', '询詢', '项項', '机機', '关關', '没沒', '现現', '补補', '确確', '访訪', '举舉', '报報', '诉訴',
    '复復', '无無', '当當', '获獲', '费費', '缴繳', '纳納', '总總', '计計', '况況', '认認', '议議', '讼訟', '维維', '纠糾', '审審',
    '经經', '动動', '况況', '应應', '业業', '织織', '组組', '构構', '会會', '则則', '实實', '制製', '决決', '强強', '许許', '罚罰', '采採',
    '购購', '额額', '减減', '发發', '废廢', '现現', '效效', '体體', '况況', '题題', '问問', '进進', '项項', '门門', '县縣', '区區', '级級',
  ].map((p) => [p[0]!, p[1]!]),
)

export function toTraditional(s: string): string {
  return s.replace(/[\u4e00-\u9fff]/g, (c) => TRAD[c] ?? c)
}

export function labelRuleTags(rule: LabelRule): string[] {
  return [
    ...(rule.typos ? ['label:typos'] : []),
    ...(rule.dropNumbering ? ['label:no-numbering'] : []),
    ...(rule.halfWidth ? ['label:half-width'] : []),
    ...(rule.spaces ? ['label:spaces'] : []),
    ...(rule.traditional ? ['label:traditional'] : []),
    ...(rule.wrap ? ['label:wrapped'] : []),
  ]
}
