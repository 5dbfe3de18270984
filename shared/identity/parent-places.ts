// Two bodies of one name under different parent places (two counties' 城关镇人民政府, two cities'
// 东城区教育局) share bodyKey, which keeps only the narrowest place (so that 「某市某县财政局」 and
// 「某县财政局」 stay one series). Across a set of reports: where the names that carry a parent place
// name parents that cannot be the same place, each parent gets a series of its own; a name without a
// parent keeps the plain key (it cannot be told which it belongs to).
import { bodyKey, parseAgency } from './body'

/** The places above the narrowest one, widest first (empty when the name carries none). */
export function parentPlaces(agency: string | null): string[] {
  return parseAgency(agency)?.places.slice(0, -1) ?? []
}

/** Two parent chains name the same place when one ends the other (浙江省温州市 / 温州市). */
function sameParent(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.every((p, i) => long[long.length - short.length + i] === p)
}

/** True when both names carry parent places and these cannot be the same place. */
export function parentsDiffer(a: string | null, b: string | null): boolean {
  const pa = parentPlaces(a)
  const pb = parentPlaces(b)
  return pa.length > 0 && pb.length > 0 && !sameParent(pa, pb)
}

/**
 * Series keys for a set of agencies: bodyKey, with the immediate parent place added where bodies of
 * that key stand under parents that differ. Same order as `agencies`.
 */
export function seriesKeysByParent(agencies: readonly (string | null)[]): string[] {
  const keys = agencies.map((a) => bodyKey(a))
  const byKey = new Map<string, number[]>()
  keys.forEach((k, i) => byKey.set(k, [...(byKey.get(k) ?? []), i]))
  for (const members of byKey.values()) {
    const withParent = members.filter((i) => parentPlaces(agencies[i] ?? null).length > 0)
    const split = withParent.some((i) => withParent.some((j) => parentsDiffer(agencies[i] ?? null, agencies[j] ?? null)))
    if (!split) continue
    for (const i of withParent) keys[i] = `${keys[i]}@${parentPlaces(agencies[i] ?? null).at(-1)}`
  }
  return keys
}
