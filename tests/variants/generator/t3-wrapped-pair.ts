// Rule: two rows of table 三 that one identity links wrap alike in a narrow ruled cell (ls34's
// hand-built case, session 34's known risk). 一、本年新收 and 四、结转下年度 (一 + 二 = （七） + 四), or 一 and
// （七）总计 with （一）予以公开 (（七） = the outcome rows), get the same thousands in 自然人 and 总计; a cell
// too narrow for 「1 290」 prints 「1」 on a line above the row's label line and 「290」 on a line below,
// the row's other cells on the label's line. Read without the heads, each row still adds up, and
// so does the identity that links them: the cut-down numbers "prove" themselves.
// The model's sums all hold (the same thousands go to a part and its total, and to both sides of the
// identity); the gold is the model. Drawn in the text shapes, as a ruled PDF's text comes out:
// 'layout' keeps pdftotext -layout's character grid (heads above their rests), 'plain' one space
// between cells (the app's PDF reader, sweep --group-space --formats pdf seed 2). In a PDF the model
// alone, with numbers grouped by a space, lets narrow ruled cells wrap as they will. Forced by
// tests/variants/t3-wrapped-pair.test.ts, not drawn.
import type { RequestRowKey } from '../../../shared/model/report'
import type { IRBlock, IRCell, IRDoc } from './ir'
import { para } from './ir'
import type { VariantModel } from './model'

export type WrappedPair = 'received+carriedForward' | 'received+handledTotal'
export interface WrappedPairRule {
  pair: WrappedPair
  /** The thousands added (1–9). */
  thousands: number
  shape: 'layout' | 'plain'
}

const PAIRS: Record<WrappedPair, { rows: RequestRowKey[]; alsoRaised: RequestRowKey[] }> = {
  'received+carriedForward': { rows: ['received', 'carriedForward'], alsoRaised: [] },
  // （七） = the outcome rows: one outcome row is raised with it, printed whole.
  'received+handledTotal': { rows: ['received', 'handledTotal'], alsoRaised: ['granted'] },
}

/** Labels of the rows that wrap, in simplified or traditional characters. */
const LABEL: Partial<Record<RequestRowKey, RegExp>> = {
  received: /本年新收/,
  carriedForward: /[结結][转轉]下年/,
  handledTotal: /[总總][计計]/,
}

/** The model with the pair's (and its partner's) 自然人 and 总计 raised by the same amount: every sum holds. */
export function wrappedPairModel(m: VariantModel, rule: WrappedPairRule): VariantModel | null {
  const { rows, alsoRaised } = PAIRS[rule.pair]
  const keys = m.requests.map(([k]) => k)
  if (![...rows, ...alsoRaised].every((k) => keys.includes(k))) return null
  // 1,200 and more: the rest below the head is three digits not starting with 0 (a zero-led rest is another rule's).
  const add = rule.thousands * 1000 + 200
  const raised = [...rows, ...alsoRaised]
  const small = (k: RequestRowKey): boolean => {
    const cells = m.requests.find(([x]) => x === k)![1]
    return cells[0] !== null && cells[6] !== null && cells[0]! < 800 && cells[6]! < 800
  }
  // Only where those cells are small: no other number of the rows then has thousands to wrap.
  if (!raised.every(small)) return null
  const requests = m.requests.map(([k, cells]): [RequestRowKey, (number | null)[]] => [k, raised.includes(k) ? cells.map((x, c) => (c === 0 || c === 6 ? x! + add : x)) : cells])
  return { ...m, id: `${m.id}+pair`, requests }
}

type Table = Extract<IRBlock, { kind: 'table' }>
const isRequests = (b: IRBlock): b is Table => b.kind === 'table' && b.part === 'requests'
const STEP = 8
const digitsOnly = (s: string): string => s.replace(/[^0-9０-９]/g, '')

/** A number's head (before its last three digits) and rest, or null where it has no thousands. */
function cut(text: string): [string, string] | null {
  const d = digitsOnly(text)
  return d.length > 3 ? [d.slice(0, -3), d.slice(-3)] : null
}

function place(line: string, x: number, s: string): string {
  return line.padEnd(x, ' ') + s
}

/** A body row's lines: [heads, label and other cells, rests] for a row of the pair, else [row]. */
function rowLines(row: IRCell[], wraps: boolean, labelWidth: number, shape: WrappedPairRule['shape']): string[] {
  const label = row.filter((c) => !c.num && c.text.trim() !== '').map((c) => c.text.replace(/\n/g, '')).join('  ')
  const cells = row.filter((c) => c.num).map((c) => c.text)
  if (shape === 'plain') {
    const parts = cells.map((t) => (wraps ? cut(t) : null))
    if (!parts.some(Boolean)) return [[label, ...cells.filter((t) => t.trim() !== '')].join(' ')]
    return [parts.flatMap((p) => (p ? [p[0]] : [])).join(' '), [label, ...cells.filter((t, j) => !parts[j] && t.trim() !== '')].join(' '), parts.flatMap((p) => (p ? [p[1]] : [])).join(' ')]
  }
  let [above, mid, below] = ['', label, '']
  cells.forEach((t, j) => {
    const x = labelWidth + j * STEP
    const p = wraps ? cut(t) : null
    if (p) {
      above = place(above, x, p[0])
      below = place(below, x, p[1])
    } else if (t.trim()) mid = place(mid, Math.max(x, mid.length + 1), t)
  })
  return above ? [above, mid, below] : [mid]
}

/** The doc with table 三's body printed line by line, the pair's rows wrapped (text shapes only). */
export function applyWrappedPair(doc: IRDoc, rule: WrappedPairRule | undefined): IRDoc {
  if (!rule) return doc
  const wrapping = PAIRS[rule.pair].rows.map((k) => LABEL[k]!)
  const body = (t: Table): IRCell[][] => t.rows.filter((r) => r.some((c) => c.num))
  const labelOf = (r: IRCell[]): string => r.filter((c) => !c.num && c.text.trim() !== '').map((c) => c.text.replace(/\n/g, '')).join('  ')
  const labelWidth = 4 + Math.max(0, ...doc.filter(isRequests).flatMap((t) => body(t).map((r) => labelOf(r).length)))
  let wrapped = 0
  const out = doc.flatMap((b): IRBlock[] => {
    if (!isRequests(b)) return [b]
    const first = b.rows.findIndex((r) => r.some((c) => c.num))
    const head = first < 0 ? b.rows : b.rows.slice(0, first)
    const lines = (first < 0 ? [] : b.rows.slice(first)).flatMap((r) => {
      const wraps = wrapping.some((re) => re.test(labelOf(r)))
      const ls = rowLines(r, wraps, labelWidth, rule.shape).filter((l) => l.trim() !== '')
      if (ls.length > 1) wrapped++
      return ls
    })
    return [...(head.length ? [{ ...b, rows: head }] : []), ...lines.map((l) => para(l))]
  })
  return wrapped === 2 ? out : doc
}

export function wrappedPairRuleTags(rule: WrappedPairRule | undefined): string[] {
  return rule ? [`t3:wrapped-pair:${rule.pair}`, `t3:wrapped-pair-${rule.shape}`] : []
}
