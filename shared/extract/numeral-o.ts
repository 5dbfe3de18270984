// 「二O二二」「二Ｏ二二」: a Latin or full-width letter O typed for 〇 in a year or a date written in
// Chinese numerals (review rv19 #13). Read as 〇 only between Chinese numerals, so a word with an O
// (O2O, OA系统) is left alone. One character for one, so positions in the text hold.

const NUMERAL = '〇零○一二三四五六七八九十'
const O_BETWEEN = new RegExp(`(?<=[${NUMERAL}OＯ])[OＯ](?=[${NUMERAL}OＯ])`, 'g')

/** 二O二二 → 二〇二二; an O not between Chinese numerals stays. */
export function latinOAsNumeralZero(text: string): string {
  if (!/[OＯ]/.test(text)) return text
  // A run of O's alone (「OOO」) has no numeral on either side: only O's touching a numeral chain count.
  return text.replace(O_BETWEEN, (o, offset: number, all: string) => (numeralChainAround(all, offset) ? '〇' : o))
}

/** True when the O at `at` belongs to a run of numerals and O's that holds at least one numeral on each side. */
function numeralChainAround(all: string, at: number): boolean {
  let i = at - 1
  while (i >= 0 && /[OＯ]/.test(all[i]!)) i--
  let j = at + 1
  while (j < all.length && /[OＯ]/.test(all[j]!)) j++
  return i >= 0 && NUMERAL.includes(all[i]!) && j < all.length && NUMERAL.includes(all[j]!)
}
