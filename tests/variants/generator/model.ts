// The source models of the variants: the gold files of ../shared/corpus (read at test/eval time;
// no corpus number is written in code). A model is what a variant must read back to.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RequestRowKey } from '../../../shared/model/report'
import { requestRowsOf } from '../../../shared/model/template-labels'

export type Cells = (number | null)[]

export interface VariantModel {
  /** e.g. `synthetic/some-body_2021` (for messages only). */
  id: string
  template: '2019' | '2021'
  agency: string
  year: number
  /** Table 三's rows in template order (those the gold lists). */
  requests: [RequestRowKey, Cells][]
  /** Table 四: null when the report has none. */
  review: { review: Cells; litigationDirect: Cells; litigationAfterReview: Cells } | null
  /** Section 二 rows → fields → value, in template order. */
  disclosure: [string, [string, number | null][]][]
}

interface Gold {
  agency: string | null
  year: number | null
  template: string
  activeDisclosure?: Record<string, Record<string, number | null> | null>
  requests?: { rows: Record<string, Cells> } | null
  reviewLitigation?: Record<string, Cells | null>
}

function toModel(id: string, g: Gold): VariantModel | null {
  if ((g.template !== '2019' && g.template !== '2021') || !g.requests) return null
  const t = g.template
  const requests = requestRowsOf(t)
    .filter((k) => g.requests!.rows[k])
    .map((k): [RequestRowKey, Cells] => [k, g.requests!.rows[k]!])
  const rl = g.reviewLitigation ?? {}
  const review = rl.review && rl.litigationDirect && rl.litigationAfterReview ? { review: rl.review, litigationDirect: rl.litigationDirect, litigationAfterReview: rl.litigationAfterReview } : null
  const disclosure = Object.entries(g.activeDisclosure ?? {})
    .filter((e): e is [string, Record<string, number | null>] => !!e[1])
    .map(([k, v]): [string, [string, number | null][]] => [k, Object.entries(v)])
  return { id, template: t, agency: g.agency ?? '某县人民政府', year: g.year ?? 2023, requests, review, disclosure }
}

/** Every usable gold model under `corpusDir` (real and synthetic; scanned/legacy golds repeat them). */
export function loadModels(corpusDir: string): VariantModel[] {
  const out: VariantModel[] = []
  for (const folder of ['real', 'synthetic']) {
    const dir = join(corpusDir, folder, 'gold')
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      const m = toModel(`${folder}/${name.replace(/\.json$/, '')}`, JSON.parse(readFileSync(join(dir, name), 'utf8')) as Gold)
      if (m) out.push(m)
    }
  }
  return out
}
