// A small consistent report as text (table 三 scaled by k, table 四), for the table-choice tests.
import { extractReport } from '../../shared/extract/index'
import { textToDocument } from '../../shared/text/text-document'

const LABELS = [
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）不予公开', '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项',
  '（四）无法提供', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确',
  '（五）不予处理', '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息',
  '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他',
  '（七）总计', '四、结转下年度继续办理',
]
// Row totals (总计 column) of a consistent table; the other columns put everything on 自然人.
const TOTALS: (number | null)[] = [16, 2, null, 6, 3, null, 0, 0, 0, 1, 1, 0, 0, 0, null, 3, 1, 0, null, 1, 0, 0, 0, 0, null, 1, 0, 0, 17, 1]
export function table3(k: number): string[] {
  const head = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计'
  return [head, ...LABELS.map((l, i) => (TOTALS[i] === null ? l : [l, TOTALS[i]! * k, 0, 0, 0, 0, 0, TOTALS[i]! * k].join('\t')))]
}
export function table4(k: number): string[] {
  return ['行政复议\t行政诉讼', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计', [k, 0, 0, 0, k, 0, k, 0, 0, k, 0, 0, 0, 0, 0].join('\t')]
}
export function report(t3: string[], t4: string[], title = '某县某局2022年政府信息公开工作年度报告'): string {
  return [title, '一、总体情况', '本局依法做好政务公开工作。', '三、收到和处理政府信息公开申请情况', ...t3, '四、政府信息公开行政复议、行政诉讼情况', ...t4, '五、存在的主要问题及改进情况', '一是公开不够及时。', '六、其他需要报告的事项', '无。'].join('\n')
}
export const read = (text: string) => extractReport(textToDocument(text, 'x.txt'))

