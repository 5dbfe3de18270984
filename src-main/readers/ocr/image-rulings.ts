// Table ruling lines of a (levelled) page picture: long runs of dark pixels along a row (horizontal
// rules) or a column (vertical rules), runs on neighbouring rows/columns merged into one line. Short
// breaks (a faint scan, a JPEG speck) are bridged. Results are in picture pixels; the caller maps
// them to page space for the shared PDF layout code.

import type { GrayImage } from './gray-image'
import { withLightTableRules } from './light-table-rules'
import { withRulesThroughSeals } from './rules-through-seals'

export interface PixelRuling {
  dir: 'h' | 'v'
  /** Row (h) or column (v) of the line's centre. */
  at: number
  from: number
  to: number
}

const DARK = 150
/** Black print: darker than a grey seal's ink (a red seal scanned in grey is ~100, printed grey seals lighter). */
const BLACK = 75
/** A soft scan (blurred by the lens or a copy of a copy, 150 dpi) spreads a thin rule over three
 *  pixels, none of them as dark as DARK. Such a pixel still counts as a rule's when it is darker
 *  than SOFT and darker by CONTRAST than the paper ACROSS pixels to either side of the line. */
const SOFT = 215
const CONTRAST = 35
const ACROSS = 3
/** The contrast asked of a faint rule three pixel lines wide, its mean against the paper's. */
const FAINT = 28
/** A page is taken for a soft scan when its soft rules number at least this many times its sharp ones, and two more. */
const SOFT_PAGE = 1.4
/** Pieces of one rule on one line this far apart (pixels) are joined (see joinPieces). */
const CROSSING = 12
/** Gaps up to this many pixels inside a run are bridged. */
const GAP = 3

interface Run {
  at: number
  from: number
  to: number
}

function runsAlong(img: GrayImage, dir: 'h' | 'v', minLen: number, soft: boolean, darkBelow: number): Run[] {
  const lines = dir === 'h' ? img.height : img.width
  const len = dir === 'h' ? img.width : img.height
  const px = (i: number, j: number): number => (dir === 'h' ? img.data[i * img.width + j]! : img.data[j * img.width + i]!)
  // The soft rule's middle: darkest across the line, the paper ACROSS pixels off on both sides.
  const softRule = (i: number, j: number, v: number): boolean =>
    v < SOFT && i >= ACROSS && i + ACROSS < lines && v <= px(i - 1, j) && v <= px(i + 1, j) &&
    v + CONTRAST <= px(i - ACROSS, j) && v + CONTRAST <= px(i + ACROSS, j)
  // A thin rule falling on two pixel lines: both are its middle, each darker than the line beyond
  // it, the paper ACROSS - 1 pixels beyond the pair lighter by CONTRAST than the lighter of the two
  // (a worn 150 dpi copy: each line alone is the darker of the two only half the time).
  const pairRule = (i: number, j: number, v: number, k: number): boolean => {
    const o = k > i ? i - 1 : i + 1, lo = Math.min(i, k), hi = Math.max(i, k)
    if (lo < ACROSS || hi + ACROSS >= lines) return false
    const w = px(k, j), far = Math.max(v, w) + CONTRAST
    return w < SOFT && v <= px(o, j) && w <= px(k + (k - i), j) && far <= px(lo - ACROSS + 1, j) && far <= px(hi + ACROSS - 1, j)
  }
  // A faint rule spread over three pixel lines (~200 on paper ~245): their mean darkest across, the
  // paper ACROSS and ACROSS + 1 pixels off lighter by FAINT (a single line of it is too noisy to judge).
  const mean3 = (i: number, j: number): number => (px(i - 1, j) + px(i, j) + px(i + 1, j)) / 3
  const tripleRule = (i: number, j: number): boolean => {
    if (i < ACROSS + 2 || i + ACROSS + 2 >= lines) return false
    const m = mean3(i, j)
    const paper = (a: number): number => (px(a, j) + px(a + Math.sign(a - i), j)) / 2
    return m < SOFT && m <= mean3(i - 1, j) && m <= mean3(i + 1, j) && m + FAINT <= paper(i - ACROSS) && m + FAINT <= paper(i + ACROSS)
  }
  // Paper lighter than this is no pixel of a pair (its paper must be CONTRAST lighter still, at most
  // 255); a triple's mean is darker than SOFT. Checked first: most of a page is paper (exact, only faster).
  const softDark = (i: number, j: number, v: number): boolean => {
    if (v < SOFT && softRule(i, j, v)) return true
    if (v <= 255 - CONTRAST && (pairRule(i, j, v, i - 1) || pairRule(i, j, v, i + 1))) return true
    return v + px(i - 1, j) + px(i + 1, j) < 3 * SOFT && tripleRule(i, j)
  }
  const out: Run[] = []
  for (let i = 0; i < lines; i++) {
    let start = -1, lastDark = -1
    for (let j = 0; j <= len; j++) {
      const v = j < len ? px(i, j) : 255
      const dark = j < len && (v < darkBelow || (soft && softDark(i, j, v)))
      if (dark) {
        if (start < 0) start = j
        lastDark = j
      } else if (start >= 0 && j - lastDark > GAP) {
        if (lastDark - start + 1 >= minLen) out.push({ at: i, from: start, to: lastDark })
        start = -1
      }
    }
  }
  return out
}

/** Thickest rule (pixel lines across); a thicker group of runs is a blot (a stamp, a photo). */
const THICK = 8

interface Group { first: number; last: number; from: number; to: number; sum: number; n: number; runs: Run[] }

/** The most runs of a group lying over one position along it: a rule's thickness where it is
 *  measured across, however far the rule drifts along its length. */
function depth(runs: Run[]): number {
  const ev = runs.flatMap((r) => [[r.from, 1], [r.to + 1, -1]] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let d = 0, most = 0
  for (const [, k] of ev) most = Math.max(most, (d += k))
  return most
}

/** A slanted soft rule cut into pieces THICK lines across at most, each on its own line. The pair
 *  and triple soft rules find a blurred rule's every pixel line, so the runs of a page turned by
 *  half a degree chain into one group drifting 10–15 lines over a table's width: no blot (it is
 *  thin wherever it is measured across), but too slanted to be one line. Its pieces are what the
 *  sharper tests found of it (joinPieces joins those near in line). */
function slantedPieces(runs: Run[], dir: 'h' | 'v'): PixelRuling[] {
  const out: PixelRuling[] = []
  let cur: Run[] = [], lo = Infinity, hi = -Infinity
  const flush = (): void => {
    if (cur.length === 0) return
    out.push({ dir, at: cur.reduce((s, r) => s + r.at, 0) / cur.length, from: Math.min(...cur.map((r) => r.from)), to: Math.max(...cur.map((r) => r.to)) })
    cur = []; lo = Infinity; hi = -Infinity
  }
  for (const r of [...runs].sort((a, b) => a.from - b.from || a.at - b.at)) {
    if (Math.max(hi, r.at) - Math.min(lo, r.at) + 1 > THICK) flush()
    cur.push(r); lo = Math.min(lo, r.at); hi = Math.max(hi, r.at)
  }
  flush()
  return out
}

/** Runs on adjacent lines that overlap along their length become one ruling (a rule 1–8 px thick).
 *  Of soft runs, a group thicker than that but thin across everywhere is a slanted rule, taken in
 *  pieces (slantedPieces). */
function mergeRuns(runs: Run[], dir: 'h' | 'v', soft = false): PixelRuling[] {
  const open: Group[] = []
  const done: PixelRuling[] = []
  for (const r of runs) {
    const g = open.find((o) => r.at - o.last <= 1 && r.from <= o.to && r.to >= o.from)
    if (g) {
      g.last = r.at
      g.from = Math.min(g.from, r.from)
      g.to = Math.max(g.to, r.to)
      g.sum += r.at
      g.n++
      g.runs.push(r)
    } else open.push({ first: r.at, last: r.at, from: r.from, to: r.to, sum: r.at, n: 1, runs: [r] })
    // Lines no longer continued are finished.
    for (let k = open.length - 1; k >= 0; k--) {
      if (r.at - open[k]!.last > 1) done.push(...finish(open.splice(k, 1)[0]!))
    }
  }
  for (const o of open) done.push(...finish(o))
  // A thick blot (a stamp, a photo) is no rule.
  return done.filter((d) => d.to - d.from > 0)
  function finish(o: Group): PixelRuling[] {
    if (o.last - o.first + 1 <= THICK) return [{ dir, at: o.sum / o.n, from: o.from, to: o.to }]
    return soft && depth(o.runs) <= THICK ? slantedPieces(o.runs, dir) : []
  }
}

/** Pieces of one soft rule: where a crossing rule's blur takes the paper away from beside it, or
 *  the rule wanders a row up or down, the rule is found in pieces on (nearly) one line. Pieces this
 *  near in line and this near end to end are one rule. */
function joinPieces(rs: PixelRuling[]): PixelRuling[] {
  const sorted = [...rs].sort((a, b) => a.from - b.from)
  const out: PixelRuling[] = []
  for (const r of sorted) {
    const k = out.findIndex((o) => Math.abs(o.at - r.at) <= 2 && r.from - o.to <= CROSSING && r.to >= o.from)
    if (k < 0) { out.push({ ...r }); continue }
    const o = out[k]!
    const a = o.to - o.from, b = r.to - r.from
    out[k] = { dir: o.dir, at: (o.at * a + r.at * b) / Math.max(1, a + b), from: Math.min(o.from, r.from), to: Math.max(o.to, r.to) }
  }
  return out
}

function rulings(img: GrayImage, soft: boolean, darkBelow = DARK): PixelRuling[] {
  const minH = Math.max(60, Math.round(img.width * 0.04))
  const minV = Math.max(30, Math.round(img.height * 0.012))
  const real = (r: PixelRuling): boolean => r.to > r.from
  const found = [...mergeRuns(runsAlong(img, 'h', minH, soft, darkBelow), 'h', soft), ...mergeRuns(runsAlong(img, 'v', minV, soft, darkBelow), 'v', soft)].filter(real)
  return soft ? [...joinPieces(found.filter((r) => r.dir === 'h')), ...joinPieces(found.filter((r) => r.dir === 'v'))] : found
}

/** The page's rules. A page whose soft rules outnumber its sharp ones by far is a soft scan (its
 *  rules blurred lighter than DARK): its soft rules are taken. Elsewhere the sharp rules, as
 *  before (there a soft pixel beside a rule or under print could only add a wrong line), with the
 *  rules a seal's grey ink hid (rules-through-seals.ts) and the table's rules resampling left grey
 *  (light-table-rules.ts). */
export function imageRulings(img: GrayImage): PixelRuling[] {
  const sharp = rulings(img, false)
  const soft = rulings(img, true)
  if (soft.length >= SOFT_PAGE * sharp.length + 2) return soft
  return withLightTableRules(withRulesThroughSeals(sharp, rulings(img, false, BLACK)), soft, img)
}
