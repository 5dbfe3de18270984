// An estimate marked after a count's unit (hostile review hr38 F3): 「50000条左右」「440件上下」「5000条以上」.
// The words before the number (约, 近, 逾: metrics-sentences.ts APPROX_WORDS) are one way to say a figure is
// not exact; these after the unit are the other. No exact number is stated: the count is not read, for
// every prose count and for the check that compares the prose with the tables. Pure: compact text.

/** Right after the unit: 左右, 上下, 以上, 以下, 许. */
const APPROX_AFTER = /^(?:左右|上下|以上|以下|许)/

/** The estimate's word right after the count ending at `end` (its unit included), or null. */
export function approxWordAfter(s: string, end: number): string | null {
  return APPROX_AFTER.exec(s.slice(end, end + 2))?.[0] ?? null
}
