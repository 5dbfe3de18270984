// Which column orders a wrapped header allows. A header row's cells may wrap over several lines, and
// text of a page (pdftotext, converters) prints them line by line: on each line the pieces of the
// cells that reach it, left to right. So on any one line the cells' words stand in the printed order
// of the columns (words of cells that did not reach the line are missing), while the order of the
// lines says nothing about the order of the columns — except where each line holds the words of one
// cell only (a cell per line: crawled pages, pdftotext without -layout), where the lines are read one
// cell after the other.
//
// A line is given as the template columns of its words, in reading order. A printed order fits the
// header when every line is a subsequence of that order repeated once per group of columns (a header
// of three groups of the same five results prints the five three times), with the columns a table
// may print beside them (`around`: a 合计 column before or after the groups).

/** Consecutive equal items merged (one cell's pieces, or a merged cell repeated across its columns). */
export function mergeRuns(seq: readonly number[]): number[] {
  return seq.filter((c, i) => i === 0 || seq[i - 1] !== c)
}

/** True when `seq` is a subsequence of `of`. */
export function isSubsequence(seq: readonly number[], of: readonly number[]): boolean {
  let j = 0
  for (const c of seq) {
    while (j < of.length && of[j] !== c) j++
    if (j === of.length) return false
    j++
  }
  return true
}

/** Every line holds the words of one cell at most: the lines are the cells, one after the other. */
export const oneCellPerLine = (lines: readonly number[][]): boolean => lines.every((l) => mergeRuns(l).length <= 1)

/** The lines (template columns of their words) fit `order` (printed → template column) repeated `repeat` times. */
export function linesFit(lines: readonly number[][], order: readonly number[], repeat: number, around: readonly number[] = []): boolean {
  const full = [...around, ...Array.from({ length: repeat }, () => order).flat(), ...around]
  const merged = lines.map(mergeRuns).filter((l) => l.length)
  if (oneCellPerLine(merged)) return isSubsequence(mergeRuns(merged.flat()), full)
  return merged.every((l) => isSubsequence(l, full))
}

/** How many pieces, each a subsequence of `full`, `seq` needs (greedy: a piece ends where `full` runs out). */
export function segments(seq: readonly number[], full: readonly number[]): number {
  let pieces = seq.length ? 1 : 0
  let j = 0
  for (const c of seq) {
    while (j < full.length && full[j] !== c) j++
    if (j === full.length) {
      pieces++
      j = full.indexOf(c)
      if (j < 0) return Infinity
    }
    j++
  }
  return pieces
}

/**
 * The orders of `n` columns the lines fit best. PDF text may join two visual lines of a header into
 * one line (a paragraph of the page), so a line that no order fits whole is allowed as few pieces as
 * any order needs; an order fits where no line needs more pieces under it than under the best order.
 * Where every line fits some order whole, this is `linesFit` for every order.
 */
export function bestFittingOrders(lines: readonly number[][], n: number, repeat: number, around: readonly number[] = []): number[][] {
  const merged = lines.map(mergeRuns).filter((l) => l.length)
  const rows = oneCellPerLine(merged) ? [mergeRuns(merged.flat())] : merged
  const perms = permutations(n)
  const cost = rows.map((l) => perms.map((p) => segments(l, [...around, ...Array.from({ length: repeat }, () => p).flat(), ...around])))
  const best = cost.map((c) => Math.min(...c))
  return perms.filter((_, k) => cost.every((c, i) => c[k]! <= best[i]! && c[k]! < Infinity))
}

/** All orders of the columns 0…n−1. */
export function permutations(n: number): number[][] {
  if (n === 0) return [[]]
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]))
}

/** The orders of the columns 0…n−1 that `fits` accepts. */
export const ordersFitting = (n: number, fits: (order: number[]) => boolean): number[][] => permutations(n).filter(fits)

/**
 * What the header's lines (as `fits` judges them) say about the order of `n` columns: the template's
 * where it fits (the header then says nothing against it); else the one other order that fits; else
 * 'unclear' (more than one order fits: the words cannot tell them apart) or 'none' (no order fits).
 */
export function orderFromLines(n: number, fits: (order: number[]) => boolean): number[] | 'unclear' | 'none' {
  const template = Array.from({ length: n }, (_, i) => i)
  if (fits(template)) return template
  const found = ordersFitting(n, fits)
  return found.length === 1 ? found[0]! : found.length ? 'unclear' : 'none'
}
