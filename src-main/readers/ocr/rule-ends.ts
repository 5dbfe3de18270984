// Rules worn short inside a cell. A printed table's rule ends at a rule across it (or at the
// table's edge, where the rule across is its border): never inside a cell. On a worn, faded page
// the end of a rule may fade below the ruling threshold, and the rule is found ending inside the
// last column it crosses (worn 150 dpi, table 三's row rules found from 178 to 558 pt, the 总计
// column's rule at 578): the cells either side of the lost piece run together, two rows' totals
// are read as one cell ("无3"), and both rows were lost. Such a rule is drawn on to the next rule
// across when the rule itself crosses at least two (a table's rule, not a stroke of print lying
// flat), that rule crosses its line, and the picture shows a faint line along the gap (its middle
// darker than the paper either side: a rule found running a little past a crossing, into a merged
// cell, has only paper beyond it).
import type { GrayImage } from './gray-image'
import type { PixelRuling } from './image-rulings'

/** Pixels a rule may end short of (or run past) a rule across and still end there. */
const SLACK = 6
/** Rules across a rule must cross, for it to be a table's rule. */
const CROSSED = 2
/** Pixels off the line where the paper beside it is looked at. */
const OFF = 4
/** How much darker (mean grey) the line along the gap must be than the paper beside it. */
const FAINT_LINE = 12

/** Mean grey along a line (h: row `at`, columns a..b; v: column `at`, rows a..b), the darkest of
 *  the three pixel lines around `at` at each step. */
function lineGrey(img: GrayImage, dir: 'h' | 'v', at: number, a: number, b: number, off: number): number {
  const px = (i: number, j: number): number => (dir === 'h' ? img.data[i * img.width + j]! : img.data[j * img.width + i]!)
  const lines = dir === 'h' ? img.height : img.width, len = dir === 'h' ? img.width : img.height
  let sum = 0, n = 0
  for (let j = Math.max(0, Math.ceil(a)); j <= Math.min(len - 1, Math.floor(b)); j++) {
    let v = 255
    for (const d of off === 0 ? [-1, 0, 1] : [-1, 0, 1].map((k) => k + off)) {
      const i = Math.round(at) + d
      if (i >= 0 && i < lines) v = Math.min(v, px(i, j))
    }
    sum += v
    n++
  }
  return n ? sum / n : 255
}

/** A faint line along the gap from a to b: its middle darker than the paper on both sides. */
function faintLineAlong(img: GrayImage, dir: 'h' | 'v', at: number, a: number, b: number): boolean {
  const line = lineGrey(img, dir, at, a, b, 0)
  return line + FAINT_LINE <= lineGrey(img, dir, at, a, b, -OFF) && line + FAINT_LINE <= lineGrey(img, dir, at, a, b, OFF)
}

function drawnOn(img: GrayImage, r: PixelRuling, across: PixelRuling[]): PixelRuling {
  const crossing = across.filter((a) => a.from - SLACK <= r.at && a.to + SLACK >= r.at).map((a) => a.at).sort((a, b) => a - b)
  const inside = crossing.filter((x) => x >= r.from - SLACK && x <= r.to + SLACK)
  if (inside.length < CROSSED) return r
  let { from, to } = r
  // The end is inside a cell when it is past the last rule across it reached by more than SLACK.
  const last = inside[inside.length - 1]!, next = crossing.find((x) => x > r.to + SLACK)
  if (r.to - last > SLACK && next !== undefined && faintLineAlong(img, r.dir, r.at, r.to, next - SLACK)) to = next
  const first = inside[0]!, before = [...crossing].reverse().find((x) => x < r.from - SLACK)
  if (first - r.from > SLACK && before !== undefined && faintLineAlong(img, r.dir, r.at, before + SLACK, r.from)) from = before
  return from === r.from && to === r.to ? r : { ...r, from, to }
}

/** The rulings with each rule that ends inside a cell drawn on to the next rule across (see above). */
export function withRulesToCrossings(img: GrayImage, rulings: PixelRuling[]): PixelRuling[] {
  const hs = rulings.filter((r) => r.dir === 'h'), vs = rulings.filter((r) => r.dir === 'v')
  return rulings.map((r) => drawnOn(img, r, r.dir === 'h' ? vs : hs))
}
