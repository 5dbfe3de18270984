// Rule family: page breaks inside a table, with what the printed page leaves in the text — a
// `第 2 页 共 4 页` footer, a `— 3 —` marker, a bare page number, or the report's running title.
import { chance, pick, type Rand } from './rng'
import type { IRBlock } from './ir'

export const BREAKS = ['none', 'page-of', 'dash', 'bare-number', 'running-title', 'blank'] as const
export type BreakStyle = (typeof BREAKS)[number]

export interface PageRule {
  style: BreakStyle
  /** Fraction of table 三's body rows before the break. */
  at: number
  page: number
}

export function drawPages(rand: Rand): PageRule {
  return { style: chance(rand, 0.35) ? 'none' : pick(rand, BREAKS.slice(1)), at: 0.2 + rand() * 0.6, page: 2 + Math.floor(rand() * 8) }
}

export function pageBreak(rule: PageRule, title: string, total: number): IRBlock {
  const p = rule.page
  switch (rule.style) {
    case 'page-of':
      return { kind: 'page', footer: `第 ${p} 页 共 ${total} 页`, header: null }
    case 'dash':
      return { kind: 'page', footer: `— ${p} —`, header: null }
    case 'bare-number':
      return { kind: 'page', footer: String(p), header: null }
    case 'running-title':
      return { kind: 'page', footer: null, header: title }
    default:
      return { kind: 'page', footer: null, header: null }
  }
}
