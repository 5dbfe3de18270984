// Rule: table 四 printed with its columns in another order (review s7 §1): the three groups
// (行政复议 · 未经复议直接起诉 · 复议后起诉) in another order, and in every group the five results
// (维持 · 纠正 · 其他 · 尚未审结 · 总计) in another order — header AND data moved together, so the
// gold values stay the same and only the labels say where each number belongs. Applied to the laid-out
// table (every shape table4.ts draws but the new-user ones), so it combines with every format, wrap and
// page break. Where a merged heading no longer covers adjacent columns (行政诉讼 over two groups the
// order puts apart) it is printed over each of its runs, as converters print a merged cell.
// Drawn from a stream of its own; forced in tests/variants/table4-order.test.ts.
import type { Format } from './formats'
import type { IRBlock, IRCell, IRDoc } from './ir'
import { chance, pick, seeded } from './rng'

export interface Table4OrderRule {
  /** printed group k = template group groups[k] (0 行政复议, 1 直接起诉, 2 复议后起诉). */
  groups: number[]
  /** printed result k in each group = template result results[k] (0 维持 … 4 总计). */
  results: number[]
  /**
   * Result headings printed in another wording real reports use (撤销或变更, 审理中 …; hostile review
   * hr35 W3, W6; 驳回, 责令履行, 终止, 未结案, 案件数 …: t436). Forced by tests, never drawn.
   */
  words?: ResultWords
  /**
   * 行政复议's group heading shortened as some reports print it (复议, 申请复议; hostile review hr36 F7,
   * where the litigation groups come first). Forced by tests, never drawn.
   */
  reviewHeading?: string
}

/** Other words for the five results' headings (维持 · 纠正 · 其他 · 尚未审结 · 总计). */
export interface ResultWords {
  maintained?: string
  corrected?: string
  other?: string
  pending?: string
  total?: string
}

/** Wordings of 结果纠正 and 尚未审结 (the corrections a review or court decides; a case still open). */
export const CORRECTED_WORDS = ['撤销或变更', '撤销', '变更', '确认违法']
export const PENDING_WORDS = ['审理中', '未审结']
/**
 * Wordings of every result heading as real reports print them (t436): some the extractor knows by
 * their characters (予以维持, 复议维持, 予以纠正, 其他, 未审结, 合计), some it does not (驳回 — a court's
 * 驳回诉讼请求 is the 维持 of a lawsuit; 责令履行; 终止 — a review ended; 未结案; 案件数).
 */
export const RESULT_REWORDS: Record<keyof ResultWords, string[]> = {
  maintained: ['予以维持', '复议维持', '驳回'],
  corrected: ['予以纠正', '责令履行'],
  // 撤回: a request withdrawn, filed under 其他 (its 撤 is not 撤销's: hr36).
  other: ['其他', '终止', '撤回'],
  pending: ['未审结', '未结案'],
  total: ['合计', '案件数'],
}
/** The template result each key of {@link ResultWords} rewords (0 维持 … 4 总计). */
export const RESULT_KEYS: (keyof ResultWords)[] = ['maintained', 'corrected', 'other', 'pending', 'total']

const ALL_GROUPS = [[0, 1, 2], [0, 2, 1], [1, 2, 0], [2, 1, 0], [1, 0, 2], [2, 0, 1]]
const RESULT_ORDERS = [
  [0, 1, 3, 2, 4], // 尚未审结 before 其他结果 (review s7 t4-col-order)
  [4, 0, 1, 2, 3], // 总计 first
  [1, 0, 2, 3, 4],
  [0, 1, 2, 4, 3],
  [3, 0, 1, 2, 4],
  [0, 1, 2, 3, 4],
]

/** The rule for a variant, or undefined (most variants have none). `p`: how often it is drawn. */
export function drawTable4Order(seed: number, _format: Format, p = 0.15): Table4OrderRule | undefined {
  const rand = seeded(seed * 15485863 + 29)
  if (!chance(rand, p)) return undefined
  const groups = pick(rand, ALL_GROUPS)
  const results = pick(rand, RESULT_ORDERS)
  return groups.join() === '0,1,2' && results.join() === '0,1,2,3,4' ? { groups: [1, 2, 0], results } : { groups, results }
}

export function table4OrderRuleTags(rule: Table4OrderRule | undefined): string[] {
  if (!rule) return []
  const tags = ['t4:column-order']
  if (rule.groups.join() !== '0,1,2') tags.push(`t4:group-order:${rule.groups.join('')}`)
  if (rule.results.join() !== '0,1,2,3,4') tags.push(`t4:result-order:${rule.results.join('')}`)
  if (rule.words) tags.push(`t4:result-words:${RESULT_KEYS.map((k) => rule.words![k] ?? '').join('/')}`)
  if (rule.reviewHeading) tags.push(`t4:review-heading:${rule.reviewHeading}`)
  return tags
}

const RESULT_WORD = /维持|維持|纠正|糾正/
/** A header cell that is one template result heading alone (simplified or 繁體). */
const TEMPLATE_RESULT = [/^(?:结果|結果)?(?:维持|維持)$/, /^(?:结果|結果)?(?:纠正|糾正)$/, /^其他(?:结果|結果)$/, /^尚未(?:审结|審結)$/, /^(?:总计|總計)$/]
const plain = (s: string): string => s.replace(/[\s\u3000]/g, '')
const isTable = (b: IRBlock): b is Extract<IRBlock, { kind: 'table' }> => b.kind === 'table'

/** One slot of the expanded grid: the cell that covers it, and whether it is the cell's first slot. */
interface Slot {
  cell: IRCell
  first: boolean
}

/** The rows as a grid of slots (a merged cell in every slot it covers). */
function expand(rows: IRCell[][]): Slot[][] {
  const grid: Slot[][] = []
  rows.forEach((row, r) => {
    grid[r] ??= []
    let c = 0
    for (const cell of row) {
      while (grid[r]![c]) c++
      for (let i = 0; i < (cell.rowSpan ?? 1); i++) {
        for (let j = 0; j < (cell.colSpan ?? 1); j++) {
          grid[r + i] ??= []
          grid[r + i]![c + j] = { cell, first: i === 0 && j === 0 }
        }
      }
      c += cell.colSpan ?? 1
    }
  })
  return grid
}

/** The grid back to rows: adjacent slots of one cell merge again; a cell split into runs is printed in each. */
function collapse(grid: Slot[][]): IRCell[][] {
  const rows: IRCell[][] = grid.map(() => [])
  const placed = new Map<IRCell, { at: [number, number]; out: IRCell }[]>()
  grid.forEach((row, r) => {
    row.forEach((slot, c) => {
      if (!slot) return
      const runs = placed.get(slot.cell) ?? []
      // The run this slot continues: same cell, directly left (same row) or directly above (rowSpan).
      const left = runs.find((x) => x.at[0] === r && x.at[1] + (x.out.colSpan ?? 1) === c)
      if (left) {
        left.out.colSpan = (left.out.colSpan ?? 1) + 1
        return
      }
      const above = runs.find((x) => x.at[1] === c && x.at[0] < r)
      if (above) return
      const { rowSpan: _r, colSpan: _c, ...rest } = slot.cell
      const out: IRCell = { ...rest, ...(slot.cell.rowSpan ? { rowSpan: slot.cell.rowSpan } : {}) }
      runs.push({ at: [r, c], out })
      placed.set(slot.cell, runs)
      rows[r]!.push(out)
    })
  })
  return rows.map((row) => row.map((c) => (c.colSpan === 1 ? (({ colSpan: _, ...x }) => x)(c) : c)))
}

/** Printed column k of the 15 = template column perm[k]. */
function columnOrder(rule: Table4OrderRule): number[] {
  return rule.groups.flatMap((g) => rule.results.map((r) => g * 5 + r))
}

// Both litigation groups named in one cell (simplified or 繁體, as labels.ts may print them).
const DIRECT = '未[经經][复復][议議]直接起[诉訴]'
const AFTER = '[复復][议議][后後]起[诉訴]'
const BOTH = new RegExp(`${DIRECT}[\\s\\S]*${AFTER}`)

/** 行政诉讼 heading both litigation groups in one cell: their names in the printed order. */
function litigationText(text: string, rule: Table4OrderRule): string {
  const direct = rule.groups.indexOf(1)
  const after = rule.groups.indexOf(2)
  if (after > direct) return text
  return text.replace(new RegExp(`(${DIRECT})([\\s\\S]*?)(${AFTER})`), '$3$2$1')
}

/** A 15-column block (header rows, the data row) with its last 15 columns in the printed order. */
function permuteWide(rows: IRCell[][], rule: Table4OrderRule): IRCell[][] | null {
  const grid = expand(rows)
  const width = Math.max(...grid.map((r) => r.length))
  if (width < 15) return null
  const lead = width - 15
  const order = columnOrder(rule)
  const moved = grid.map((row) => [...row.slice(0, lead), ...order.map((t) => row[lead + t]!)])
  const out = collapse(moved)
  // One cell naming both litigation groups cannot stand on both sides of 行政复议.
  const both = BOTH
  if (rule.groups[1] === 0 && rows.some((r) => r.some((c) => both.test(c.text)))) return null
  return out.map((row) => row.map((c) => (BOTH.test(c.text) ? { ...c, text: litigationText(c.text, rule) } : c)))
}

/** One group per row (项目 | five results): results as columns, groups as rows. */
function permuteGroupRows(rows: IRCell[][], rule: Table4OrderRule): IRCell[][] | null {
  if (rows.length !== 4 || rows.some((r) => r.length !== 6)) return null
  const cols = (r: IRCell[]): IRCell[] => [r[0]!, ...rule.results.map((k) => r[1 + k]!)]
  return [cols(rows[0]!), ...rule.groups.map((g) => cols(rows[1 + g]!))]
}

/** The document with table 四's columns in the rule's order; the same document where no table 四 shape fits. */
export function applyTable4Order(doc: IRDoc, rule: Table4OrderRule | undefined): IRDoc {
  if (!rule) return doc
  const ordered = applyOrder(doc, rule)
  const words = rule.words ?? {}
  if ((!rule.words && !rule.reviewHeading) || ordered === doc) return ordered
  // The header's result cells reworded (only a cell that is the heading alone).
  const word = (c: IRCell): IRCell => {
    const t = plain(c.text)
    const k = TEMPLATE_RESULT.findIndex((re) => re.test(t))
    if (rule.reviewHeading && /^行政复议$/.test(t)) return { ...c, text: rule.reviewHeading }
    const w = k >= 0 ? words[RESULT_KEYS[k]!] : undefined
    // A wrapped heading (「结果\n纠正」) wraps in its new words too.
    return w ? { ...c, text: /\n/.test(c.text) && w.length > 1 ? `${w.slice(0, Math.ceil(w.length / 2))}\n${w.slice(Math.ceil(w.length / 2))}` : w } : c
  }
  return ordered.map((b) => (isTable(b) && b.part === undefined ? { ...b, rows: b.rows.map((r) => r.map(word)) } : b))
}

function applyOrder(doc: IRDoc, rule: Table4OrderRule): IRDoc {
  const head = doc.findIndex((b) => isTable(b) && b.part !== 'requests' && b.rows.some((r) => r.some((c) => RESULT_WORD.test(plain(c.text)))))
  const table = doc[head]
  if (!table || !isTable(table)) return doc
  const out = [...doc]
  const grouped = table.rows[0]?.length === 6 ? permuteGroupRows(table.rows, rule) : null
  if (grouped) {
    out[head] = { ...table, rows: grouped }
    return out
  }
  const wide = (b: IRBlock): boolean => isTable(b) && b.rows.some((r) => r.length === 15 && r.every((c) => c.num))
  // The data row in the header's table, or in the next table (a page break between them).
  const dataAt = wide(table) ? head : out.findIndex((b, i) => i > head && wide(b))
  const rows = permuteWide(table.rows, rule)
  if (!rows || dataAt < 0) return doc
  out[head] = { ...table, rows }
  if (dataAt !== head) {
    const data = out[dataAt] as Extract<IRBlock, { kind: 'table' }>
    const moved = permuteWide(data.rows, rule)
    if (!moved) return doc
    out[dataAt] = { ...data, rows: moved }
  }
  return out
}

/** For the test: a plausible rule for a seed, always applied (p = 1). */
export const forcedTable4Order = (seed: number, format: Format): Table4OrderRule => drawTable4Order(seed, format, 1)!
