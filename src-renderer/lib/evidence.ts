// Which cells a flag points at, as the keys the comparison table and the report tables use:
// `requests.<row>.<col>`, `reviewLitigation.<group>.<col>`, `activeDisclosure.<item>.<field>`, `metrics.<field>`.
import type { Evidence, Flag } from '../../shared/model/flag'

export function cellKeysOf(ev: Evidence): string[] {
  if (ev.kind === 'cell') {
    if (ev.table === 'requests') return ev.columns.map((c) => `requests.${ev.row}.${c}`)
    if (ev.table === 'reviewLitigation') return ev.columns.map((c) => `reviewLitigation.${ev.row}.${c}`)
    return [`activeDisclosure.${ev.field}`]
  }
  if (ev.kind === 'metric') return [`metrics.${ev.field.replace(/^metrics\./, '')}`]
  return []
}

/** Cell key → the flags that point at it. */
export function flaggedCells(flags: readonly Flag[]): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>()
  for (const f of flags) {
    for (const ev of f.evidence) {
      for (const k of cellKeysOf(ev)) {
        const list = out.get(k) ?? []
        if (!list.includes(f)) list.push(f)
        out.set(k, list)
      }
    }
  }
  return out
}

/** The worst severity among flags (for the cell's colour). */
export function worstSeverity(flags: readonly Flag[] | undefined): 'error' | 'warning' | 'info' | null {
  if (!flags || flags.length === 0) return null
  if (flags.some((f) => f.severity === 'error')) return 'error'
  if (flags.some((f) => f.severity === 'warning')) return 'warning'
  return 'info'
}
