// Rule: table 三's columns printed in another order AND one heading in another wording than the
// template's (公民 for 自然人, 企业 for 商业企业, 科研院所 for 科研机构, 公益组织 for 社会公益组织, 律师事务所
// for 法律服务机构), as real reports word them (hostile review hr35 W1, W2, W4, W5). Header AND numbers
// move together, so the gold values stay; the sums cannot tell the moved columns apart (the five
// organisation columns, or 自然人 and 其他, are interchangeable in every sum), only the words can.
// A flat header, or two levels (法人或其他组织 over the five where they stand side by side). Applied to
// a flat header of the template's seven columns (else the document is left as it is). Drawn from a
// stream of its own, forced in tests/variants/t3-moved-reworded.test.ts, not drawn in the suite.
import { REQUEST_COLUMN_LABELS } from '../../../shared/model/template-labels'
import type { IRCell, IRDoc } from './ir'
import { pick, seeded } from './rng'

export interface T3MovedRewordedRule {
  /** printed[p] = the template column printed p-th. */
  printed: number[]
  /** The template column whose heading is reworded, and its words. */
  reworded: [number, string]
  /** 法人或其他组织 over the five organisation columns (where they stand side by side). */
  twoLevel: boolean
  /** Further headings reworded (hr36 F5: 企业 for 商业企业 beside 其他企业 for 其他). */
  more?: [number, string][]
  /** The group heading over the five (two levels); 法人或其他组织 where not given (hr36 F6: 单位, 组织). */
  group?: string
}

/** Orders of hr35's findings: two organisations exchanged, 总计 first / 自然人 last, organisations first, 商业企业 last. */
const ORDERS = [
  [0, 2, 1, 3, 4, 5, 6],
  [0, 1, 2, 4, 3, 5, 6],
  [6, 1, 2, 3, 4, 5, 0],
  [1, 2, 3, 4, 5, 0, 6],
  [0, 2, 3, 4, 5, 1, 6],
  [0, 3, 1, 2, 4, 5, 6],
]
/** Wordings real reports print for the template's headings (column → words). */
const WORDS: [number, string][] = [
  [0, '公民'],
  [1, '企业'],
  [2, '科研院所'],
  [3, '公益组织'],
  [4, '律师事务所'],
]

/**
 * Wordings the extractor knows no word of (t436): 群众 for 自然人, 公司 for 商业企业, 研究机构 for 科研机构,
 * 非营利组织 for 社会公益组织, 律所 for 法律服务机构. A header moving its columns with one of these can
 * only be read where the headings it does recognise stand where the assumed order puts them.
 */
export const UNKNOWN_WORDS: [number, string][] = [
  [0, '群众'],
  [1, '公司'],
  [2, '研究机构'],
  [3, '非营利组织'],
  [4, '律所'],
]

/** A rule for a seed: an order, and a heading reworded among the columns the order moves. */
export function drawT3MovedReworded(seed: number, words: [number, string][] = WORDS): T3MovedRewordedRule {
  const rand = seeded(seed * 7919 + 61)
  const printed = pick(rand, ORDERS)
  const moved = words.filter(([c]) => printed.indexOf(c) !== c)
  return { printed, reworded: pick(rand, moved.length ? moved : words), twoLevel: rand() < 0.5 }
}

const ORGS = [1, 2, 3, 4, 5]

export function applyT3MovedReworded(doc: IRDoc, rule: T3MovedRewordedRule | undefined): IRDoc {
  if (!rule) return doc
  const first = doc.find((b) => b.kind === 'table' && b.part === 'requests')
  if (first?.kind !== 'table') return doc
  const head = first.rows[0]!
  if (head.slice(-7).map((c) => c.text).join('|') !== REQUEST_COLUMN_LABELS.join('|')) return doc
  const word = (c: number): string => [rule.reworded, ...(rule.more ?? [])].find(([col]) => col === c)?.[1] ?? REQUEST_COLUMN_LABELS[c]!
  const nums = (r: IRCell[]): IRCell[] => r.filter((c) => c.num)
  const permuted = (r: IRCell[]): IRCell[] => (nums(r).length === 7 ? [...r.filter((c) => !c.num), ...rule.printed.map((i) => nums(r)[i]!)] : r)
  const orgsAt = rule.printed.findIndex((c) => ORGS.includes(c))
  const together = rule.printed.slice(orgsAt, orgsAt + 5).every((c) => ORGS.includes(c))
  const header: IRCell[][] =
    rule.twoLevel && together
      ? [
          [{ ...head[0]!, rowSpan: 3 }, { text: '申请人情况', colSpan: 7 }],
          [
            ...rule.printed.slice(0, orgsAt).map((c) => ({ text: word(c), rowSpan: 2 })),
            { text: rule.group ?? '法人或其他组织', colSpan: 5 },
            ...rule.printed.slice(orgsAt + 5).map((c) => ({ text: word(c), rowSpan: 2 })),
          ],
          rule.printed.slice(orgsAt, orgsAt + 5).map((c) => ({ text: word(c) })),
        ]
      : [[...head.slice(0, -7), ...rule.printed.map((c) => ({ text: word(c) }))]]
  // Every part of the table (a page break splits it into tables of its own) in the header's order.
  return doc.map((b) => {
    if (b.kind !== 'table' || b.part !== 'requests') return b
    const body = b === first ? b.rows.slice(1) : b.rows
    return { ...b, rows: [...(b === first ? header : []), ...body.map(permuted)] }
  })
}

export function t3MovedRewordedTags(rule: T3MovedRewordedRule | undefined): string[] {
  if (!rule) return []
  return ['t3:moved-reworded', `t3:moved-reworded:${rule.printed.join('')}:${[rule.reworded, ...(rule.more ?? [])].map((w) => w[1]).join('+')}${rule.twoLevel ? ':2l' : ''}${rule.group ? `:${rule.group}` : ''}`]
}
