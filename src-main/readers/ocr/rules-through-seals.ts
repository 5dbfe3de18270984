// Rules a seal hid. A seal stamped over a table in grey ink (a red seal scanned in grey: ~100–150)
// is darker than the ruling threshold, so where a rule crosses its ring the ring's runs on the
// neighbouring pixel lines join the rule's, the whole is taken for a thick blot (image-rulings.ts
// mergeRuns) and the rule is lost from end to end — every column of table 三 under a seal, so the
// counts of five columns were read as one cell. Found again with only black print as dark, the
// seal's grey is paper and the rules stand alone. Such a rule is added only where no rule of the
// page's ordinary search lies on its line: elsewhere (no seal) the black rules are the same rules
// again, or pieces of them, and the page's rules are unchanged.
import type { PixelRuling } from './image-rulings'

/** Rules this near across (pixels) are one line. */
const SAME_LINE = 3

/** The page's rules with each black-only rule that overlaps none of them on its line. */
export function withRulesThroughSeals(found: PixelRuling[], black: PixelRuling[]): PixelRuling[] {
  const covered = (b: PixelRuling): boolean =>
    found.some((r) => r.dir === b.dir && Math.abs(r.at - b.at) <= SAME_LINE && r.from <= b.to && r.to >= b.from)
  return [...found, ...black.filter((b) => !covered(b))]
}
