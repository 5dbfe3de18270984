// The one rule for which reports make one series (one body over the years), used by the checks, the
// views, the exports and the library alike, so that no view merges what the checks keep apart:
// a user's override first; a report whose body was not recognised is a series of its own; bodies of
// one name under different parent places apart (parent-places.ts); else bodyKey.
import { bodyKey } from './body'
import { parentPlaces, seriesKeysByParent } from './parent-places'

/** What the series rule needs to know of one report. */
export interface SeriesFacts {
  id: string
  agency: string | null
  fileName?: string
}

const UNRECOGNISED = '（未识别机关）'

const NO_BODY = bodyKey(null)

/** No body was read (or what was read names none): such a report is a series of its own. */
const unrecognised = (agency: string | null): boolean => agency === null || agency.trim() === '' || bodyKey(agency) === NO_BODY

/**
 * Series key of every item, same order. `override` (a user's merge or split by hand) wins where it
 * gives a key; the others are keyed among themselves.
 */
export function seriesKeysOf<T>(items: readonly T[], factsOf: (item: T) => SeriesFacts, override?: (item: T) => string | undefined): string[] {
  const facts = items.map(factsOf)
  const byParent = seriesKeysByParent(facts.map((f) => f.agency))
  return items.map((item, i) => {
    const own = override?.(item)
    if (own !== undefined) return own
    const f = facts[i]!
    return unrecognised(f.agency) ? `${UNRECOGNISED}#${f.id}` : byParent[i]!
  })
}

/**
 * A display name per series key: the name the series' first report prints; where two series print
 * the same name, the parent place (or, for a report whose body was not recognised, the file name)
 * is added, so that no two groups read alike.
 */
export function seriesNames<T>(items: readonly T[], keys: readonly string[], factsOf: (item: T) => SeriesFacts): Map<string, string> {
  const first = new Map<string, SeriesFacts>()
  items.forEach((item, i) => {
    if (!first.has(keys[i]!)) first.set(keys[i]!, factsOf(item))
  })
  const plain = new Map([...first].map(([k, f]) => [k, unrecognised(f.agency) ? UNRECOGNISED : f.agency!.trim()]))
  const count = new Map<string, number>()
  for (const n of plain.values()) count.set(n, (count.get(n) ?? 0) + 1)
  const out = new Map<string, string>()
  const used = new Set<string>()
  for (const [k, name] of plain) {
    let shown = name
    if (count.get(name)! > 1) {
      const f = first.get(k)!
      const parent = parentPlaces(f.agency).at(-1) ?? (k.includes('@') ? k.slice(k.lastIndexOf('@') + 1) : undefined)
      shown = `${name}（${parent ?? f.fileName ?? f.id}）`
    }
    // Still alike (two files of one name): number them.
    let n = 2
    const base = shown
    while (used.has(shown)) shown = `${base}（${n++}）`
    used.add(shown)
    out.set(k, shown)
  }
  return out
}
