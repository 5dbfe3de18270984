// A table-四 header whose headings' characters are mixed on a line: glyphs placed one by one (OFD),
// each heading wider than its column, sorted by position into one line of several headings at once
// (「结果维其纠尚结总审结」 for 结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计). The order of the
// characters then is not the columns' order, and an order read from it (纠正 after 其他) proves
// nothing. Pure helper of review-columns.ts.

/** Two characters of one result heading that stand together wherever it is printed on one line. */
const PAIRS: [string, string, RegExp][] = [
  ['维', '持', /^$/],
  ['纠', '正', /^$/],
  ['其', '他', /^$/],
  ['尚', '审', /^未$/],
  ['总', '计', /^$/],
]
/** A character of some result heading (another heading's, where it stands between a pair). */
const RESULT_CHARS = /[维持纠正其他尚审总计]/

/** Whether a line holds a heading's pair with another heading's character between them (「尚结总审」). */
export function headingsInterleaved(line: string): boolean {
  // 其中 (「其中：…」) holds 其 without being 其他.
  const text = line.replace(/[\s\u3000]/g, '').replace(/其中/g, '')
  for (const [a, b, between] of PAIRS) {
    for (let i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1)) {
      const j = text.indexOf(b, i + 1)
      if (j < 0) break
      const gap = text.slice(i + 1, j)
      // The next heading of the same kind begins first: the pair is split over lines, not mixed.
      if (gap.includes(a)) continue
      if (!between.test(gap) && RESULT_CHARS.test(gap)) return true
    }
  }
  return false
}
