// Word 97 character properties (MS-DOC PlcBteChpx → ChpxFkp pages): which runs of the main text
// are a tracked deletion (sprmCFRMarkDel) or hidden (sprmCFVanish). Such text is not printed: read
// as printed it glued a deleted old number to the new one (12 deleted, 14 inserted → 1214; rv18x
// w-d03). Bad offsets leave a page out rather than read outside the stream.

/** One run of characters (file offsets, end exclusive) with its raw character sprms. */
export interface ChpxRun {
  fcStart: number
  fcEnd: number
  grpprl: Uint8Array
}

const PAGE = 512

function u32At(b: Uint8Array, at: number): number | null {
  if (at < 0 || at + 4 > b.length) return null
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0
}

/** The character runs of the FKP pages the bin table (at fc, lcb bytes in the table stream) names. */
export function readChpxRuns(wd: Uint8Array, table: Uint8Array, fc: number, lcb: number): ChpxRun[] {
  if (lcb < 8 || fc + lcb > table.length) return []
  const n = Math.floor((lcb - 4) / 8)
  const runs: ChpxRun[] = []
  const pages = new Set<number>()
  for (let i = 0; i < n; i++) {
    const pnRaw = u32At(table, fc + (n + 1) * 4 + i * 4)
    if (pnRaw === null) break
    const pn = pnRaw & 0x3fffff
    if (pages.has(pn)) continue
    pages.add(pn)
    const page = pn * PAGE
    if (page + PAGE > wd.length) continue
    const crun = wd[page + PAGE - 1]!
    // rgfc (crun + 1 offsets), then one byte per run: the word offset of its Chpx in the page.
    if ((crun + 1) * 4 + crun > PAGE - 1) continue
    for (let k = 0; k < crun; k++) {
      const fcStart = u32At(wd, page + k * 4)!
      const fcEnd = u32At(wd, page + (k + 1) * 4)!
      const b = wd[page + (crun + 1) * 4 + k]! * 2
      let grpprl: Uint8Array = new Uint8Array(0)
      if (b > 0 && b < PAGE - 1) {
        const cb = wd[page + b]!
        if (page + b + 1 + cb <= page + PAGE) grpprl = wd.subarray(page + b + 1, page + b + 1 + cb)
      }
      if (fcEnd > fcStart) runs.push({ fcStart, fcEnd, grpprl })
    }
  }
  return runs.sort((a, b) => a.fcStart - b.fcStart)
}

/** The run holding file offset `fc`, or null: of character properties, or of paragraph properties (doc-binary.ts), whose runs have the same shape. */
export function runAtOffset<R extends ChpxRun>(runs: readonly R[], fc: number): R | null {
  let lo = 0
  let hi = runs.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const r = runs[mid]!
    if (fc < r.fcStart) hi = mid - 1
    else if (fc >= r.fcEnd) lo = mid + 1
    else return r
  }
  return null
}

const SPRM_C_F_RMARK_DEL = 0x0800
const SPRM_C_F_VANISH = 0x083c

/** A toggle operand is on as 1, or as 0x81 (the opposite of the style's, which is off). */
const on = (arg: Uint8Array): boolean => arg[0] === 1 || arg[0] === 0x81

export type CharMark = 'deleted' | 'hidden' | null

/** Whether a run's sprms make its text a tracked deletion or hidden (deletion first). */
export function charMarkOf(sprms: readonly { op: number; arg: Uint8Array }[]): CharMark {
  let deleted = false
  let hidden = false
  for (const s of sprms) {
    if (s.op === SPRM_C_F_RMARK_DEL) deleted = on(s.arg)
    else if (s.op === SPRM_C_F_VANISH) hidden = on(s.arg)
  }
  return deleted ? 'deleted' : hidden ? 'hidden' : null
}

/** Notes naming the text left out (a few samples each), for the import log. */
export function droppedTextNotes(dropped: { deleted: string[]; hidden: string[] }): string[] {
  const sample = (xs: string[]): string =>
    xs
      .slice(0, 3)
      .map((x) => `“${x.length > 20 ? x.slice(0, 20) + '…' : x}”`)
      .join('、')
  const notes: string[] = []
  if (dropped.deleted.length) notes.push(`文件含修订中删除的文字 ${dropped.deleted.length} 处（如${sample(dropped.deleted)}），已按删除处理、未读取；请对照原文核实`)
  if (dropped.hidden.length) notes.push(`文件含隐藏文字 ${dropped.hidden.length} 处（如${sample(dropped.hidden)}），不是印出的内容，未读取`)
  return notes
}
