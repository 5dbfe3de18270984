// Arithmetic that keeps "not stated" apart from zero: any null in, null out.

/** Sum of the values; null if the list is empty or any value is null/undefined. */
export function sumOrNull(values: readonly (number | null | undefined)[]): number | null {
  if (values.length === 0) return null
  let sum = 0
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) return null
    sum += v
  }
  return roundTidy(sum)
}

/** b − a, null when either is null. */
export function diffOrNull(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null
  return roundTidy(b - a)
}

/** Percent change from a to b; null when either is null or the base is 0 (a change from 0 is not measured). */
export function percentChange(from: number | null, to: number | null): number | null {
  if (from === null || to === null || from === 0) return null
  return Math.round(((to - from) / Math.abs(from)) * 10000) / 100
}


/** Removes float noise from sums of decimals (56.3 + 0.1 → 56.4, not 56.39999). */
function roundTidy(n: number): number {
  return Math.round(n * 1e6) / 1e6
}
