// A 2019 section 二 row run together (crawled text: 「行政许可1031减96167794」): the 增/减 sign starts the
// change cell, so where the change column is printed second, the digits between the label and the sign
// are the first column's cell, whole. The change and the column after it are glued (「96167794」: 96 |
// 167794 or 9 | 6167794 …) and stay unread; section 二 has no sums to tell them apart.
import type { CellToken } from './cells'

const SIGN_FIRST = /^(?:增加|减少|[增减+＋\-－−↑↓▲▼])/

/** The first printed column's value where only a sign bounds it from the glued rest; null otherwise. */
export function signBoundedFirst(text: string, labelEnd: number, own: readonly CellToken[], fields: readonly string[]): { field: string; value: number } | null {
  if (fields.length !== 3 || fields[1] !== 'change' || own.length !== 2) return null
  const [a, b] = own as [CellToken, CellToken]
  // A whole number in digits right after the label, the signed cell right after it.
  if (a.value === null || !a.splittable || a.glued || a.numeral || b.value === null || b.numeral) return null
  if (!/^[ \u3000]*$/.test(text.slice(labelEnd, a.start)) || text.slice(a.end, b.start) !== '' || !SIGN_FIRST.test(text.slice(b.start, b.end))) return null
  return { field: fields[0]!, value: a.value }
}
