// Section 二: a template row printed twice, each label with a bracketed qualifier cut short on its line
// (「行政处罚（本」 … 「行政处罚（累」, the rest 「年）」「计）」 on other lines): a this-year row and a
// cumulative (or last year's) row whose labels were wrapped, as text boxes in a drawing export them
// (LibreOffice Draw). Whole, the other period's label is named and skipped (other-period.ts); cut, it
// is not told from this year's, and the numbers' lines need not be their labels' lines (review rv27 C:
// 「行政处罚（本 5585」 read 5585, the cumulative figure, no note). Neither row is read.
// A qualifier printed whole (「行政处罚（本年）」) is no cut one: its twin, if whole too, is the other period's.

/** The label's bracket opened right after it and not closed on its line before a number or the line's end. */
const CUT_BRACKET = /^[ \t\u3000]*[（(][ \t\u3000]*[^）)\n\d]{0,3}?(?=[ \t\u3000]*(?:\d|\n|$))/

interface TwinHit {
  start: number
  end: number
}

/** The cut qualifier right after `end` (「（本」), or null. */
export function cutQualifierAt(text: string, end: number): string | null {
  const m = CUT_BRACKET.exec(text.slice(end, end + 12))
  return m ? m[0].trim() : null
}

/**
 * For each template row whose label has a cut qualifier and is printed again with one in its small table
 * (between the template rows before and after it), the note naming both labels as printed (「行政处罚（本」「行政处罚（累」). `masked`: the section's text with its
 * cells masked (labels are matched there); `hits`: the template rows' first labels.
 */
export function cutQualifiedTwins<H extends TwinHit>(masked: string, hits: readonly H[]): Map<H, string> {
  const out = new Map<H, string>()
  for (const h of hits) {
    if (!cutQualifierAt(masked, h.end)) continue
    // Within the row's small table: from the template row before it to the one after it.
    const from = Math.max(0, ...hits.filter((x) => x.start < h.start).map((x) => x.end))
    const until = Math.min(masked.length, ...hits.filter((x) => x.start > h.start).map((x) => x.start))
    // The same word again, before or after (a twin that names another period is a row beyond the template, not a hit).
    const word = masked.slice(h.start, h.end)
    for (let at = masked.indexOf(word, from); at >= 0 && at < until; at = masked.indexOf(word, at + word.length)) {
      const q = at === h.start ? null : cutQualifierAt(masked, at + word.length)
      if (!q) continue
      out.set(h, `表二有「${word}${cutQualifierAt(masked, h.end)}」行，又有「${word}${q}」行，两行名的括注都被折断，哪一行是本年度的数字、各数字属于哪一行不能确定，两行均未读取。`)
      break
    }
  }
  return out
}
