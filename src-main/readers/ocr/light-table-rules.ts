// Light rules of a sharp page's table. A page whose rules are mostly sharp takes only its sharp
// ones (image-rulings.ts: a soft pixel beside a rule or under print could only add a wrong line).
// But a thin printed rule resampled (a page scanned small and enlarged, a copy made at another
// size) falls on two pixel lines, each half dark: some rules of one table stay darker than the
// ruling threshold, others come out grey (150–180) along their whole length and are lost, and
// the rows either side of each lost rule are read as one (a real report at 70 %: 8 of table 三's
// 26 row rules lost, its rows' numbers run together). Such a soft rule is taken only as a table's
// rule: on no line of the sharp rules, clear of them, running from one sharp crossing rule to
// another at both ends and crossing another between — print and specks beside a rule never do.
import type { PixelRuling } from './image-rulings'

/** Pixels across within which a soft rule is the blur beside a sharp one, not a rule of its own. */
const BESIDE = 4
/** Shortest soft rule taken, as a share of the page's width (h) or height (v): a table's rule runs
 *  across columns or rows; grey strokes of print lying in line between strokes of a page of prose
 *  make short ones (70–120 px at 200 dpi). */
const ACROSS_PAGE = 0.1
const DOWN_PAGE = 0.05
/** Pixels a soft rule's end may fall short of (or run past) the crossing rule it meets. */
const REACH = 12

function crosses(across: PixelRuling, r: PixelRuling, at: number): boolean {
  return Math.abs(across.at - at) <= REACH && across.from - REACH <= r.at && across.to + REACH >= r.at
}

/** The sharp rules with each soft rule that runs across sharp crossing rules (see the head comment)
 *  on no sharp rule's line. Vertical soft rules may cross horizontal soft rules taken first. */
export function withLightTableRules(sharp: PixelRuling[], soft: PixelRuling[], page: { width: number; height: number }): PixelRuling[] {
  const long = (s: PixelRuling): boolean => s.to - s.from >= (s.dir === 'h' ? ACROSS_PAGE * page.width : DOWN_PAGE * page.height)
  const clear = (s: PixelRuling, rs: PixelRuling[]): boolean =>
    !rs.some((r) => r.dir === s.dir && Math.abs(r.at - s.at) <= BESIDE && r.from <= s.to + REACH && r.to >= s.from - REACH)
  // Ends on crossing rules, and one more crossing it between: a rule across a table's columns
  // (or rows). A short grey line between two strokes of print has none inside.
  const between = (s: PixelRuling, rs: PixelRuling[]): boolean => {
    const across = rs.filter((r) => r.dir !== s.dir && r.from - REACH <= s.at && r.to + REACH >= s.at)
    const inside = across.some((c) => c.at > s.from + REACH && c.at < s.to - REACH)
    return inside && across.some((c) => crosses(c, s, s.from)) && across.some((c) => crosses(c, s, s.to))
  }
  const hs = soft.filter((s) => s.dir === 'h' && long(s) && clear(s, sharp) && between(s, sharp))
  const withH = [...sharp, ...hs]
  const vs = soft.filter((s) => s.dir === 'v' && long(s) && clear(s, sharp) && between(s, withH))
  return [...withH, ...vs]
}
