// Word 97 text boxes (MS-DOC): their text is not in the main text but in a story of its own after
// it (footnotes, headers, comments and endnotes come first); the main text holds only the shape's
// anchor. PlcftxbxTxt cuts that story into one range per box, each naming its shape (lid); PlcSpaMom
// gives each shape's anchor position in the main text. A LibreOffice .doc of a DOCX whose table 三
// sits in a floating text box lost that whole table (rv28 doc-txbx3) until the boxes were read.
// Bad offsets leave the boxes out rather than read outside the stream.

/** The FIB counts and table-stream places the text boxes need. */
export interface TextBoxFib {
  ccpText: number
  /** Characters of the stories after the main text, in their order: footnotes, headers, macro
   *  (unused), comments, endnotes, then the text boxes of the main text. */
  ccpFtn: number
  ccpHdd: number
  ccpMcr: number
  ccpAtn: number
  ccpEdn: number
  ccpTxbx: number
  /** Where the main text's shape anchors (PlcSpaMom) and its text-box story table (PlcftxbxTxt)
   *  lie in the table stream; 0 lengths when the FIB is too short to name them. */
  fcPlcSpaMom: number
  lcbPlcSpaMom: number
  fcPlcftxbxTxt: number
  lcbPlcftxbxTxt: number
}

/** One text box: where its shape is anchored in the main text, and its text's character positions (end exclusive). */
export interface TextBoxStory {
  anchorCp: number
  cpStart: number
  cpEnd: number
}

const SPA_SIZE = 26
const FTXBXS_SIZE = 22

function u32(b: Uint8Array, at: number): number | null {
  if (at < 0 || at + 4 > b.length) return null
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0
}

/** A PLC (n + 1 positions, then n entries of `size` bytes) at fc, lcb in the table stream; null when out of the stream. */
function plc(table: Uint8Array, fc: number, lcb: number, size: number): { cps: number[]; entry: (i: number) => number } | null {
  if (lcb < 4 + 4 + size || fc + lcb > table.length) return null
  const n = Math.floor((lcb - 4) / (4 + size))
  const cps: number[] = []
  for (let i = 0; i <= n; i++) cps.push(u32(table, fc + i * 4)!)
  return { cps, entry: (i) => fc + (n + 1) * 4 + i * size }
}

/** The main text's text boxes in the order of their stories, each with its anchor; boxes whose
 *  shape has no anchor, reusable (empty) slots and the closing placeholder are left out. */
export function textBoxStories(table: Uint8Array, fib: TextBoxFib): TextBoxStory[] {
  if (fib.ccpTxbx <= 0) return []
  const spa = plc(table, fib.fcPlcSpaMom, fib.lcbPlcSpaMom, SPA_SIZE)
  const txbx = plc(table, fib.fcPlcftxbxTxt, fib.lcbPlcftxbxTxt, FTXBXS_SIZE)
  if (!spa || !txbx) return []
  const anchorOf = new Map<number, number>()
  for (let i = 0; i + 1 < spa.cps.length; i++) {
    const spid = u32(table, spa.entry(i))
    if (spid !== null && spa.cps[i]! < fib.ccpText) anchorOf.set(spid, spa.cps[i]!)
  }
  const base = fib.ccpText + fib.ccpFtn + fib.ccpHdd + fib.ccpMcr + fib.ccpAtn + fib.ccpEdn
  const out: TextBoxStory[] = []
  for (let i = 0; i + 1 < txbx.cps.length; i++) {
    const at = txbx.entry(i)
    const reusable = (table[at + 8]! | (table[at + 9]! << 8)) !== 0
    const lid = u32(table, at + 14)
    const anchorCp = lid === null ? undefined : anchorOf.get(lid)
    const from = txbx.cps[i]!
    const to = txbx.cps[i + 1]!
    if (reusable || anchorCp === undefined || to <= from || to > fib.ccpTxbx) continue
    out.push({ anchorCp, cpStart: base + from, cpEnd: base + to })
  }
  return out
}
