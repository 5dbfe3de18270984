// How far two labellings of the same section 五 entries agree: exact category-set match, per-category
// precision and recall of one side against the other (the reference), and the disagreements as
// category pairs. Pure; used to compare a second annotator, and the matcher, with a holdout's gold.

export interface LabelPair {
  key: string
  /** The reference side's categories (the gold). */
  ref: readonly string[]
  /** The other side's categories (second annotator, or matcher). */
  other: readonly string[]
}

export interface CategoryAgreement {
  category: string
  refCount: number
  otherCount: number
  both: number
  /** both / otherCount (1 when the other side never gives the category). */
  precision: number
  /** both / refCount (1 when the reference never gives it). */
  recall: number
}

export interface Agreement {
  entries: number
  exact: number
  perCategory: CategoryAgreement[]
  /** `ref → other` for a category swapped, `+ c` for one the other side adds, `- c` for one it leaves out; with the keys. */
  pairs: { pattern: string; keys: string[] }[]
}

export const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join()

/** The patterns one disagreeing entry contributes (none when the sets are equal). */
export function disagreementPatterns(ref: readonly string[], other: readonly string[]): string[] {
  const onlyRef = ref.filter((c) => !other.includes(c))
  const onlyOther = other.filter((c) => !ref.includes(c))
  if (onlyRef.length && onlyOther.length) return onlyRef.flatMap((r) => onlyOther.map((o) => `${r} → ${o}`))
  return [...onlyRef.map((r) => `- ${r}`), ...onlyOther.map((o) => `+ ${o}`)]
}

export function agreement(items: readonly LabelPair[]): Agreement {
  const cats = [...new Set(items.flatMap((i) => [...i.ref, ...i.other]))].sort()
  const perCategory = cats.map((category): CategoryAgreement => {
    const refCount = items.filter((i) => i.ref.includes(category)).length
    const otherCount = items.filter((i) => i.other.includes(category)).length
    const both = items.filter((i) => i.ref.includes(category) && i.other.includes(category)).length
    return { category, refCount, otherCount, both, precision: otherCount ? both / otherCount : 1, recall: refCount ? both / refCount : 1 }
  })
  const byPattern = new Map<string, string[]>()
  for (const i of items) {
    for (const p of disagreementPatterns(i.ref, i.other)) byPattern.set(p, [...(byPattern.get(p) ?? []), i.key])
  }
  const pairs = [...byPattern].map(([pattern, keys]) => ({ pattern, keys })).sort((a, b) => b.keys.length - a.keys.length || (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0))
  return { entries: items.length, exact: items.filter((i) => sameSet(i.ref, i.other)).length, perCategory, pairs }
}

export const pct1 = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '—')

/** Printable lines: the exact-match figure, the per-category table, the top `top` patterns. */
export function agreementLines(label: string, a: Agreement, top = 15): string[] {
  const lines = [`${label}: exact set match ${a.exact}/${a.entries} = ${pct1(a.exact, a.entries)}`]
  lines.push('  category                  ref  other  both  precision  recall')
  for (const c of a.perCategory) {
    lines.push(`  ${c.category.padEnd(24)} ${String(c.refCount).padStart(4)} ${String(c.otherCount).padStart(6)} ${String(c.both).padStart(5)}  ${(100 * c.precision).toFixed(1).padStart(8)}%  ${(100 * c.recall).toFixed(1).padStart(5)}%`)
  }
  lines.push('  disagreements by pattern (ref → other; + added by other; - left out by other):')
  for (const p of a.pairs.slice(0, top)) lines.push(`    ${String(p.keys.length).padStart(3)}  ${p.pattern}`)
  return lines
}
