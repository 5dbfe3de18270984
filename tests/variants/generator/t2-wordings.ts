// Rule family: section 二 printed in the words real reports use (issue 10): a row named by a synonym of
// the template's (行政审批 for 行政许可, 收费 / 行政收费 / 收费项目 for 行政事业性收费, 集中采购 / 政府采购 for
// 政府集中采购, 地方政府规章 for 规章), a heading in other words (本年制发, 新制发数量, 决定数量, 处理决定数,
// 本年新制作, 累计公开, 采购项目数, 采购金额), a label with spaces inside (行 政 许 可), and rows the template
// lacks printed among its own (部门规章, 其他规范性文件, 非行政许可审批, 行政确认, 行政裁决, 行政给付).
// None changes the gold: a synonym is the same row or column, and a row beyond the template is read into none.
import { chance, pick, type Rand } from './rng'

export interface Table2Wording {
  /** Row key → the word printed in place of the template's label. */
  rows: Record<string, string>
  /** Field → the heading printed in place of the template's. */
  heads: Record<string, string>
  /** Labels printed with a space between their characters (行 政 许 可). */
  spacedRows: boolean
  /** Rows the template lacks, each printed after the row of the key, with cells as many as that row's. */
  foreign: [string, string][]
}

const ROW_SYNONYMS: Record<string, string[]> = {
  rules: ['地方政府规章'],
  licensing: ['行政审批'],
  fees: ['收费', '行政收费', '收费项目'],
  procurement: ['集中采购', '政府采购'],
}
const HEAD_SYNONYMS: Record<string, string[]> = {
  issued: ['本年制发', '新制发数量'],
  repealed: ['本年废止', '废止数量'],
  decisions: ['决定数量', '处理决定数'],
  newlyMade: ['本年新制作'],
  newlyPublished: ['本年新公开'],
  publishedTotal: ['累计公开'],
  projects: ['采购项目数'],
  amountWanYuan: ['采购金额'],
}
const FOREIGN: [string, string[]][] = [
  ['rules', ['部门规章']],
  ['normativeDocs', ['其他规范性文件']],
  ['licensing', ['非行政许可审批', '行政确认']],
  ['enforcement', ['行政裁决', '行政给付']],
]

/** Drawn from a stream of its own (variant.ts), so the other rules keep their draws. */
export function drawTable2Wording(rand: Rand): Table2Wording | undefined {
  if (!chance(rand, 0.35)) return undefined
  const rows: Record<string, string> = {}
  for (const [k, ws] of Object.entries(ROW_SYNONYMS)) if (chance(rand, 0.5)) rows[k] = pick(rand, ws)
  const heads: Record<string, string> = {}
  for (const [f, ws] of Object.entries(HEAD_SYNONYMS)) if (chance(rand, 0.5)) heads[f] = pick(rand, ws)
  const foreign: [string, string][] = []
  for (const [k, ws] of FOREIGN) if (chance(rand, 0.3)) foreign.push([k, pick(rand, ws)])
  return { rows, heads, spacedRows: chance(rand, 0.2), foreign }
}

/** The amount heading keeps its unit: 采购金额（万元）. */
export function wordedHeading(w: Table2Wording | undefined, field: string, base: string): string {
  const to = w?.heads[field]
  if (!to) return base
  return base.replace(/^[^（(]*/, to)
}

export function wordedRow(w: Table2Wording | undefined, key: string, base: string): string {
  const s = w?.rows[key] ?? base
  return w?.spacedRows ? [...s].join(' ') : s
}

/** A foreign row's cells: invented counts, as many as its neighbour's (never the gold's numbers). */
export function foreignCells(n: number, seedish: number): string[] {
  return Array.from({ length: n }, (_, i) => String(((seedish * 31 + i * 7) % 90) + 3))
}

export function wordingTags(w: Table2Wording | undefined): string[] {
  if (!w) return []
  return [
    ...Object.entries(w.rows).map(([k, s]) => `t2-word:row:${k}=${s}`),
    ...Object.entries(w.heads).map(([f, s]) => `t2-word:head:${f}=${s}`),
    ...(w.spacedRows ? ['t2-word:spaced-rows'] : []),
    ...w.foreign.map(([, s]) => `t2-word:foreign=${s}`),
  ]
}
