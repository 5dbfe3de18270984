// Two misreadings that cancel (issue 12): 3 read as 8 in one row and 8 as 3 in another of the same
// column keep that column's sum holding; where the two rows' totals were unread, each row gives its
// total from its misread cell and the two totals cancel in column 总计 as well, so every sum holds and
// the four numbers would be "proven". Such a pair is found by trying it: the two cells of one side of
// a holding sum moved by +1 and −1 (where counts stay ≥ 0), is there a value for the cells the sums
// filled that keeps every holding sum holding? Then the sums cannot tell the pair from the print, and
// neither cell — nor any filled cell that would move with them — is vouched for.
/** sum(left) = sum(right), over cells `key:column` of table 三. */
export interface PairIdentity {
  left: string[]
  right: string[]
}

const EPS = 1e-9

/**
 * The cells the holding identities cannot vouch for because a pair of misreadings (see above) would
 * leave them all holding. `values`: every cell's value, read or filled; `read`: the cells read (the
 * rest were filled from the sums). Only identities with every cell valued and holding count.
 */
export function cancellingPairCells(all: readonly PairIdentity[], values: ReadonlyMap<string, number | null>, read: ReadonlySet<string>): Set<string> {
  const get = (x: string): number | null => values.get(x) ?? null
  const holding = all.filter((eq) => {
    const l = eq.left.map(get), r = eq.right.map(get)
    if (l.some((v) => v === null) || r.some((v) => v === null)) return false
    return l.reduce<number>((a, b) => a + b!, 0) === r.reduce<number>((a, b) => a + b!, 0)
  })
  const out = new Set<string>()
  if (holding.length === 0) return out
  // How a cell enters each holding identity: +1 on its left, −1 on its right.
  const coef = (x: string): number[] => holding.map((eq) => (eq.left.includes(x) ? 1 : eq.right.includes(x) ? -1 : 0))
  const filled = [...new Set(holding.flatMap((eq) => [...eq.left, ...eq.right]))].filter((x) => !read.has(x))
  const solve = solver(filled.map(coef), holding.length)
  // Only cells that lost a check to an unread cell (a sum of theirs with a cell the recogniser did not
  // read) are tried: a cell whose every sum was read whole has two sums of its own to break.
  const unread = new Set([...values.keys()].filter((x) => !read.has(x)))
  const doubtful = new Set(all.filter((eq) => [...eq.left, ...eq.right].some((x) => unread.has(x))).flatMap((eq) => [...eq.left, ...eq.right]))
  for (const eq of holding) {
    for (const side of [eq.left, eq.right]) {
      const cells = side.filter((x) => read.has(x) && doubtful.has(x))
      for (let i = 0; i < cells.length; i++) {
        for (let j = i + 1; j < cells.length; j++) {
          const [x, y] = [cells[i]!, cells[j]!]
          // One up, the other down by as much: possible only where one of them was read above 0.
          if (!(get(x)! > 0 || get(y)! > 0)) continue
          const cx = coef(x), cy = coef(y)
          const moves = solve(cx.map((v, k) => v - cy[k]!))
          if (!moves) continue
          out.add(x)
          out.add(y)
          moves.forEach((m, u) => {
            if (Math.abs(m) > EPS) out.add(filled[u]!)
          })
        }
      }
    }
  }
  return out
}

/**
 * For columns `cols` (one per unknown, each of length `m`): a function that, given a vector e, returns
 * coefficients a with Σ a_u·cols[u] = e, or null when e is not in their span. Where the columns are
 * dependent, every unknown of a dependent set is reported as moving (1), to be safe.
 */
function solver(cols: number[][], m: number): (e: number[]) => number[] | null {
  const n = cols.length
  // Rows of the augmented system [A | I]: reduced to echelon form once.
  const rows = Array.from({ length: m }, (_, i) => [...cols.map((c) => c[i]!), ...Array.from({ length: m }, (_, k) => (k === i ? 1 : 0))])
  const pivots: number[] = []
  let r = 0
  for (let c = 0; c < n && r < m; c++) {
    let p = -1
    for (let i = r; i < m; i++) if (Math.abs(rows[i]![c]!) > EPS) { p = i; break }
    if (p < 0) continue
    ;[rows[r], rows[p]] = [rows[p]!, rows[r]!]
    const pv = rows[r]![c]!
    rows[r] = rows[r]!.map((v) => v / pv)
    for (let i = 0; i < m; i++) {
      if (i === r || Math.abs(rows[i]![c]!) < EPS) continue
      const f = rows[i]![c]!
      rows[i] = rows[i]!.map((v, k) => v - f * rows[r]![k]!)
    }
    pivots.push(c)
    r++
  }
  const free = new Set(Array.from({ length: n }, (_, c) => c).filter((c) => !pivots.includes(c)))
  return (e) => {
    // The transform applied to e: the right-hand half of each reduced row.
    const t = rows.map((row) => row.slice(n).reduce((a, v, k) => a + v * e[k]!, 0))
    for (let i = r; i < m; i++) if (Math.abs(t[i]!) > EPS) return null
    const a = Array(n).fill(0) as number[]
    pivots.forEach((c, i) => {
      a[c] = t[i]!
      // A pivot tied to a free unknown is not fixed by the sums: count it as moving.
      if ([...free].some((f) => Math.abs(rows[i]![f]!) > EPS)) a[c] = a[c] || 1
    })
    return a
  }
}
