// Rule: table 三 printed in a PDF with a narrow row-label column (review-s8 §1 built such PDFs by
// hand and found 2–8 wrong cells each). Every label wraps over 2–4 lines, the row's numbers sit on a
// line in the middle of its label (or beside its first or last line, by vertical-align), and the
// table may also carry: a row the template lacks (「其中：…」 under 本年新收, or a sub-row added to a
// merged group), two rows of one group in each other's place (table3.ts rowsSwapped), and 「续表」 at
// the page break with or without the header printed again. Applied to the laid-out document, so it
// combines with every other rule; the gold model stays as it is (an extra row is never a template
// row: the reader leaves it out). With 「其中：」 the template row after its parts may be printed without
// its ordinal or with a typo (t3:narrow-after-of-which-*, review rv17c). Drawn only for PDF, from a
// stream of its own; forced by tests/variants/narrow-labels.test.ts and `sweep.ts --narrow`; in other
// formats the forced rule adds its 「其中：」 rows only (extraRowsOnly).
import type { IRBlock, IRCell, IRDoc } from './ir'
import { para } from './ir'
import { chance, pick, seeded } from './rng'

export type Valign = 'middle' | 'top' | 'bottom'

export interface NarrowLabelRule {
  /** The label column's width in CSS px (wraps 2 lines at 120, 3–4 at 60). */
  width: number
  valign: Valign
  /** A row the template lacks: 「其中：」 under 本年新收, or a sub-row inside a merged group. */
  extraRow?: 'of-which' | 'in-group'
  /** 「续表」 printed at the table's page break, with the header rows printed again or not. */
  continued?: 'note' | 'note-and-header' | 'header'
  /** Printed without ruling lines, across the page's width (the reader finds columns by alignment). */
  unruled?: boolean
  /** With 「其中：」: the template row right after its part 「信函申请」 printed without its ordinal, or so
   *  and with a typo (「上年接转…」, review rv17c s02/s09); else as the template prints it. */
  afterOfWhich?: 'unnumbered' | 'typo'
  /** Only the extra row (no narrow column, no 续表): how the rule applies to formats other than PDF. */
  extraOnly?: boolean
}

const WIDTHS = [60, 72, 84, 96, 108, 120]

export function drawNarrowLabels(seed: number, p = 1): NarrowLabelRule | undefined {
  const rand = seeded(seed * 2654435761 + 73)
  if (!chance(rand, p)) return undefined
  const width = pick(rand, WIDTHS)
  const valign = pick(rand, ['middle', 'middle', 'top', 'bottom'] as const)
  const extraRow = chance(rand, 0.4) ? pick(rand, ['of-which', 'in-group'] as const) : undefined
  const continued = chance(rand, 0.5) ? pick(rand, ['note', 'note-and-header', 'header'] as const) : undefined
  const unruled = chance(rand, 0.3)
  // Drawn last, so that every other draw of a seed stays as it was.
  const afterOfWhich = extraRow === 'of-which' ? pick(rand, [undefined, undefined, 'unnumbered', 'typo'] as const) : undefined
  return { width, valign, ...(extraRow ? { extraRow } : {}), ...(continued ? { continued } : {}), ...(unruled ? { unruled } : {}), ...(afterOfWhich ? { afterOfWhich } : {}) }
}

/** The rule as it applies to a format other than PDF: its 「其中：」 row only (none where it draws another). */
export function extraRowsOnly(rule: NarrowLabelRule | undefined): NarrowLabelRule | undefined {
  return rule?.extraRow === 'of-which' ? { ...rule, extraOnly: true } : undefined
}

export function narrowLabelRuleTags(rule: NarrowLabelRule | undefined): string[] {
  if (!rule) return []
  const extra = [...(rule.extraRow ? [`t3:narrow-extra-${rule.extraRow}`] : []), ...(rule.afterOfWhich ? [`t3:narrow-after-of-which-${rule.afterOfWhich}`] : [])]
  if (rule.extraOnly) return extra
  return ['t3:narrow-labels', ...extra, ...(rule.continued ? [`t3:narrow-continued-${rule.continued}`] : []), ...(rule.unruled ? ['t3:narrow-unruled'] : [])]
}

const isBody = (row: IRCell[]): boolean => row.some((c) => c.num)

/** Numbers of an extra row: small, consistent (its six cells add up to its total), never in the model. */
function extraCells(n: number): IRCell[] {
  const cells = [1, 0, 0, 0, 0, 0, 1]
  // A 小计 column (table3.ts subtotal) or other widths: zeros before the total.
  const row = n === cells.length ? cells : [1, ...Array<number>(Math.max(0, n - 2)).fill(0), 1]
  return row.map((v) => ({ text: String(v), num: true }))
}

/** A label's ordinal (二、 / （二） / 2.) at its start. */
const ORDINAL = /^[\s\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[.．、])[\s\u3000]*/

/** The 上年结转 row's label cell (the row right after the parts) printed without its ordinal, or so and with a typo. */
function relabelCarried(row: IRCell[] | undefined, how: 'unnumbered' | 'typo'): IRCell[] | undefined {
  const k = row?.findIndex((c) => !c.num && /上年/.test(c.text)) ?? -1
  if (!row || k < 0) return row
  const bare = row[k]!.text.replace(ORDINAL, '')
  const text = how === 'typo' ? bare.replace('结转', '接转').replace('結轉', '接轉') : bare
  return row.map((c, j) => (j === k ? { ...c, text } : c))
}

/** 「其中：通过互联网提出申请」 and 「信函申请」 after the 本年新收 row, with the same label span. */
function addOfWhich(rows: IRCell[][], after?: 'unnumbered' | 'typo'): IRCell[][] {
  const at = rows.findIndex((r) => r.some((c) => !c.num && /新收/.test(c.text)))
  if (at < 0) return rows
  const row = rows[at]!
  const label = row.find((c) => !c.num)!
  const extra: IRCell[] = [{ text: '其中：通过互联网提出申请', ...(label.colSpan ? { colSpan: label.colSpan } : {}) }, ...extraCells(row.filter((c) => c.num).length)]
  // A sibling part after it, without 其中 (「信函申请」, review rv17 b01).
  const sibling: IRCell[] = [{ text: '信函申请', ...(label.colSpan ? { colSpan: label.colSpan } : {}) }, ...extraCells(row.filter((c) => c.num).length)]
  const next = after ? relabelCarried(rows[at + 1], after) : rows[at + 1]
  return [...rows.slice(0, at + 1), extra, sibling, ...(next ? [next] : []), ...rows.slice(at + 2)]
}

/** A sub-row added at the end of the first merged group (its rowspan grows by one). */
function addInGroup(rows: IRCell[][]): IRCell[][] {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!
    const k = row.findIndex((c) => !c.num && (c.rowSpan ?? 1) > 1 && /（[三四五六]）|\([三四五六]\)|不予|无法|無法|其他处理|其他處理/.test(c.text))
    if (k < 0) continue
    const span = row[k]!.rowSpan!
    const last = r + span - 1
    const nums = rows[last]!.filter((c) => c.num).length
    const grown = rows.map((x, i) => (i === r ? x.map((c, j) => (j === k ? { ...c, rowSpan: span + 1 } : c)) : x))
    // The outer 三、本年度办理结果 cell spans every outcome row: it grows too.
    const outer = grown.findIndex((x, i) => i <= r && x.some((c) => !c.num && (c.rowSpan ?? 1) > 1 && i + (c.rowSpan ?? 1) - 1 >= last && /办理结果|辦理結果/.test(c.text)))
    const withOuter = outer < 0 ? grown : grown.map((x, i) => (i === outer ? x.map((c) => (/办理结果|辦理結果/.test(c.text) && (c.rowSpan ?? 1) > 1 ? { ...c, rowSpan: c.rowSpan! + 1 } : c)) : x))
    const extra: IRCell[] = [{ text: '9.其他依法不予公开的情形' }, ...extraCells(nums)]
    return [...withOuter.slice(0, last + 1), extra, ...withOuter.slice(last + 1)]
  }
  return rows
}

export function applyNarrowLabels(doc: IRDoc, rule: NarrowLabelRule | undefined): IRDoc {
  if (!rule) return doc
  const parts = doc.map((b, i) => (b.kind === 'table' && b.part === 'requests' ? i : -1)).filter((i) => i >= 0)
  if (!parts.length) return doc
  const first = doc[parts[0]!] as Extract<IRBlock, { kind: 'table' }>
  const head = first.rows.slice(0, Math.max(0, first.rows.findIndex(isBody)))
  const out: IRDoc = []
  let extraDone = false
  doc.forEach((b, i) => {
    if (b.kind !== 'table' || b.part !== 'requests') return out.push(b)
    let rows = b.rows
    // One extra row, in the part that holds its neighbours (a break never cuts a merged group);
    // a table without merged groups gets the 「其中」 row instead.
    if (rule.extraRow && !extraDone) {
      const grouped = rule.extraRow === 'in-group' ? addInGroup(rows) : rows
      rows = grouped !== rows ? grouped : addOfWhich(rows, rule.afterOfWhich)
      extraDone = rows !== b.rows
    }
    if (rule.extraOnly) return out.push({ ...b, rows })
    const later = i !== parts[0]
    if (later && rule.continued && rule.continued !== 'header') out.push(para('续表'))
    if (later && (rule.continued === 'header' || rule.continued === 'note-and-header')) rows = [...head, ...rows]
    out.push({ ...b, rows, narrowLabels: { width: rule.width, valign: rule.valign, ...(rule.unruled ? { unruled: true } : {}) } })
  })
  return out
}
