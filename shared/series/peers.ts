// Benchmarks among peers (the compile season: one office checks 40–70 bodies): for a year, each
// body's headline figures against the median and quartiles of the bodies of the same kind in the
// library (departments, towns and streets, governments). Pure; one report per body (the caller
// passes the reports in use, not their copies).
import { bodyKind, type BodyKind } from '../identity/body'
import { HEADLINE_FIELDS } from './headline'
import { ofYearByBody } from './items'
import type { FieldDef, ReportItem } from './types'

/** The figures compared among peers (the compare view and the slide). */
export const PEER_FIELD_KEYS = ['requestsReceived', 'activeDisclosureItems', 'hotlineCalls', 'indexRank', 'reviewTotal', 'litigationTotal', 'corrected']

/** Fewer peers than this: no quartiles (they would say nothing). */
export const MIN_PEERS = 3

export type PeerKind = 'department' | 'township' | 'government' | 'other'

export const PEER_KIND_LABELS: Record<PeerKind, { zh: string; en: string }> = {
  department: { zh: '部门', en: 'Departments' },
  township: { zh: '乡镇（街道）', en: 'Towns and streets' },
  government: { zh: '县级以上政府', en: 'Governments' },
  other: { zh: '其他机关', en: 'Other bodies' },
}

/** Towns and 街道 are one peer group: both are the level below a county. */
export function peerKindOf(agency: string | null): PeerKind {
  const kind: BodyKind = bodyKind(agency)
  if (kind === 'department') return 'department'
  if (kind === 'township-government') return 'township'
  if (kind === 'county-or-above-government') return 'government'
  return agency !== null && /街道/.test(agency) ? 'township' : 'other'
}

export interface Quartiles {
  /** Bodies with the figure stated. */
  n: number
  q1: number
  median: number
  q3: number
}

/** Quartiles by linear interpolation between the sorted values (null below MIN_PEERS values). */
export function quartiles(values: readonly number[]): Quartiles | null {
  if (values.length < MIN_PEERS) return null
  const s = [...values].sort((a, b) => a - b)
  const at = (p: number): number => {
    const pos = (s.length - 1) * p
    const lo = Math.floor(pos)
    const hi = Math.ceil(pos)
    return Math.round((s[lo]! + (s[hi]! - s[lo]!) * (pos - lo)) * 100) / 100
  }
  return { n: s.length, q1: at(0.25), median: at(0.5), q3: at(0.75) }
}

/** Where a value stands among its peers: below the first quartile, between, above the third. */
export type PeerPosition = 'low' | 'middle' | 'high' | 'none'

export interface PeerCell {
  value: number | null
  position: PeerPosition
}

export interface PeerGroup {
  kind: PeerKind
  year: number
  fields: Omit<FieldDef, 'get'>[]
  /** Per field (same order as fields): the peers' quartiles, null when too few bodies state it. */
  stats: (Quartiles | null)[]
  rows: { itemId: string; agency: string | null; cells: PeerCell[] }[]
}

function positionOf(v: number | null, q: Quartiles | null): PeerPosition {
  if (v === null || q === null) return 'none'
  return v < q.q1 ? 'low' : v > q.q3 ? 'high' : 'middle'
}

/** One group per kind of body with a report of `year`, bodies in name order. */
export function peerBenchmarks(items: readonly ReportItem[], year: number, fields: readonly FieldDef[] = HEADLINE_FIELDS): PeerGroup[] {
  const byKind = new Map<PeerKind, ReportItem[]>()
  const nameOf = new Map<ReportItem, string>()
  for (const { name, item } of ofYearByBody(items, year)) {
    nameOf.set(item, name)
    const kind = peerKindOf(item.extraction.report.agency)
    byKind.set(kind, [...(byKind.get(kind) ?? []), item])
  }
  const order: PeerKind[] = ['government', 'department', 'township', 'other']
  return order.flatMap((kind) => {
    const peers = byKind.get(kind)
    if (!peers) return []
    const values = fields.map((f) => peers.map((p) => f.get(p)))
    const stats = values.map((vs) => quartiles(vs.filter((v): v is number => v !== null)))
    const rows = peers
      .map((p, i) => ({
        itemId: p.id,
        agency: nameOf.get(p)!,
        cells: fields.map((_, fi) => ({ value: values[fi]![i]!, position: positionOf(values[fi]![i]!, stats[fi]!) })),
      }))
      .sort((a, b) => (a.agency ?? '').localeCompare(b.agency ?? '', 'zh-CN'))
    return [{ kind, year, fields: fields.map(({ get: _get, ...rest }) => rest), stats, rows }]
  })
}
