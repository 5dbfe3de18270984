// A template row's label with 合计 / 小计 in brackets after it (「行政许可（合计）」), and the bare label printed
// again as a row of the same small table (review hr27 F3): two rows of one item. Which one is the
// template's row cannot be told (the total of several kinds, or the plain row?), so neither is read;
// before, the 合计 row's number was read as the item's and the note gave the plain row's number to 合计.
import type { ForeignRow } from './disclosure-foreign-rows'

interface LabelHit {
  start: number
  end: number
  spec: { labels: { pattern: RegExp }[] }
}

const TOTAL_WORD = /^(?:合计|小计)$/

/**
 * For each hit so labelled, the 合计 row read out of its brackets. `masked`: the section's text with its
 * cells masked (labels are matched there); `hits`: the template rows' first labels.
 */
export function totalRowsTwice<H extends LabelHit>(masked: string, hits: readonly H[], foreign: readonly ForeignRow[]): Map<H, ForeignRow> {
  const out = new Map<H, ForeignRow>()
  for (const h of hits) {
    const f = foreign.find((x) => TOTAL_WORD.test(x.name) && /^[\s\u3000]*[（(][\s\u3000]*$/.test(masked.slice(h.end, x.start)))
    if (!f) continue
    // The same label again before the next template row's (within the small table).
    const until = Math.min(masked.length, ...hits.filter((x) => x.start > h.start).map((x) => x.start))
    const again = h.spec.labels.some(({ pattern }) => {
      const re = new RegExp(pattern.source, 'g')
      re.lastIndex = f.end
      const m = re.exec(masked)
      return m !== null && m.index < until
    })
    if (again) out.set(h, f)
  }
  return out
}
