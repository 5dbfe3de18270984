// Rule family: the six section headings — numbering style, wording, and how the heading is placed.
import type { SectionKey } from '../../../shared/model/report'
import { chance, pick, type Rand } from './rng'

export const NUMBERINGS = ['一、', '一．', '一.', '一 ', '（一）', '(一)', '第一部分', '1.', '1、', 'none'] as const
export type Numbering = (typeof NUMBERINGS)[number]

export const PLACEMENTS = ['line', 'run-in', 'split', 'caption', 'absent'] as const
export type Placement = (typeof PLACEMENTS)[number]

/** Wordings real reports use for each part, the template's first. */
export const WORDINGS: Record<SectionKey, string[]> = {
  overview: ['总体情况', '概述', '基本情况'],
  activeDisclosure: ['主动公开政府信息情况', '主动公开政府信息的情况', '主动公开情况'],
  requests: ['收到和处理政府信息公开申请情况', '依申请公开情况', '依申请公开政府信息情况', '收到和处理政府信息公开申请的情况'],
  reviewLitigation: ['政府信息公开行政复议、行政诉讼情况', '因政府信息公开工作被申请行政复议、提起行政诉讼情况', '政府信息公开行政复议和行政诉讼情况', '行政复议、行政诉讼情况'],
  problems: ['存在的主要问题及改进情况', '存在的主要问题及整改措施', '政府信息公开工作存在的主要问题及改进情况'],
  other: ['其他需要报告的事项', '其他需要报告的事项情况'],
}

const CN = ['一', '二', '三', '四', '五', '六']

export interface HeadingRule {
  numbering: Numbering
  /** Index into each section's wordings (wrapped when a section has fewer). */
  wording: number
  /** Where the heading of a table section goes; prose sections use 'line', 'run-in' or 'split'. */
  placement: Placement
  /** Section 一 has its own （一）…（五） sub-headings. */
  overviewSubheadings: boolean
}

export function drawHeadings(rand: Rand, tableFormat: boolean): HeadingRule {
  const numbering = pick(rand, NUMBERINGS)
  const placements = PLACEMENTS.filter((p) => tableFormat || p !== 'caption')
  const placement = chance(rand, 0.4) ? 'line' : pick(rand, placements)
  // A report whose parts are numbered （一） does not number section 一's own parts the same way.
  const overviewSubheadings = !numbering.includes('一）') && chance(rand, 0.4)
  return { numbering, wording: Math.floor(rand() * 4), placement, overviewSubheadings }
}

export function numberOf(numbering: Numbering, i: number): string {
  switch (numbering) {
    case 'none':
      return ''
    case '第一部分':
      return `第${CN[i]}部分 `
    case '1.':
      return `${i + 1}.`
    case '1、':
      return `${i + 1}、`
    default:
      return numbering.replace('一', CN[i]!)
  }
}

const SECTION_ORDER: SectionKey[] = ['overview', 'activeDisclosure', 'requests', 'reviewLitigation', 'problems', 'other']

/** The heading's text (without placement). */
export function headingText(rule: HeadingRule, key: SectionKey): string {
  const words = WORDINGS[key]
  return numberOf(rule.numbering, SECTION_ORDER.indexOf(key)) + words[rule.wording % words.length]!
}

export const OVERVIEW_SUBHEADINGS = ['（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障']

export function headingRuleTags(rule: HeadingRule): string[] {
  return [`heading:${rule.numbering.trim() || 'none'}`, `heading-place:${rule.placement}`, ...(rule.wording % 2 ? ['heading:other-wording'] : []), ...(rule.overviewSubheadings ? ['heading:overview-subheadings'] : [])]
}
