// The sections' numbers and names as the template prints them, for messages.
import type { SectionKey } from '../model/report'

const NAMES: Record<SectionKey, string> = {
  overview: '一（总体情况）',
  activeDisclosure: '二（主动公开政府信息情况）',
  requests: '三（收到和处理政府信息公开申请情况）',
  reviewLitigation: '四（政府信息公开行政复议、行政诉讼情况）',
  problems: '五（存在的主要问题及改进情况）',
  other: '六（其他需要报告的事项）',
}

export function sectionNameZh(key: SectionKey): string {
  return NAMES[key]
}
