// Table ruling lines of a (levelled) page picture: long runs of dark pixels along a row (horizontal
// rules) or a column (vertical rules), runs on neighbouring rows/columns merged into one line. Short
// breaks (a faint scan, a JPEG speck) are bridged. Results are in picture pixels; the caller maps
// them to page space for the shared PDF layout code.

import type { GrayImage } from './gray-image'

export interface PixelRuling {
  dir: 'h' | 'v'
  /** Row (h) or column (v) of the line's centre. */
  at: number
  from: number
  to: number
}

const DARK = 150
/** Gaps up to this many pixels inside a run are bridged. */
const GAP = 3

interface Run {
  at: number
  from: number
  to: number
}

function runsAlong(img: GrayImage, dir: 'h' | 'v', minLen: number): Run[] {
  const lines = dir === 'h' ? img.height : img.width
  const len = dir === 'h' ? img.width : img.height
  const px = (i: number, j: number): number => (dir === 'h' ? img.data[i * img.width + j]! : img.data[j * img.width + i]!)
  const out: Run[] = []
  for (let i = 0; i < lines; i++) {
    let start = -1, lastDark = -1
    for (let j = 0; j <= len; j++) {
      const dark = j < len && px(i, j) < DARK
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

/** Runs on adjacent lines that overlap along their length become one ruling (a rule 1–5 px thick). */
function mergeRuns(runs: Run[], dir: 'h' | 'v'): PixelRuling[] {
  const open: { first: number; last: number; from: number; to: number; sum: number; n: number }[] = []
  const done: PixelRuling[] = []
  for (const r of runs) {
    const g = open.find((o) => r.at - o.last <= 1 && r.from <= o.to && r.to >= o.from)
    if (g) {
      g.last = r.at
      g.from = Math.min(g.from, r.from)
      g.to = Math.max(g.to, r.to)
      g.sum += r.at
      g.n++
    } else open.push({ first: r.at, last: r.at, from: r.from, to: r.to, sum: r.at, n: 1 })
    // Lines no longer continued are finished.
    for (let k = open.length - 1; k >= 0; k--) {
      if (r.at - open[k]!.last > 1) done.push(finish(open.splice(k, 1)[0]!, dir))
    }
  }
  for (const o of open) done.push(finish(o, dir))
  // A thick blot (a stamp, a photo) is no rule.
  return done.filter((d) => d.to - d.from > 0)
  function finish(o: { first: number; last: number; from: number; to: number; sum: number; n: number }, d: 'h' | 'v'): PixelRuling {
    const thick = o.last - o.first + 1
    return thick <= 8 ? { dir: d, at: o.sum / o.n, from: o.from, to: o.to } : { dir: d, at: 0, from: 0, to: 0 }
  }
}

export function imageRulings(img: GrayImage): PixelRuling[] {
  const minH = Math.max(60, Math.round(img.width * 0.04))
  const minV = Math.max(30, Math.round(img.height * 0.012))
  return [...mergeRuns(runsAlong(img, 'h', minH), 'h'), ...mergeRuns(runsAlong(img, 'v', minV), 'v')]
}
