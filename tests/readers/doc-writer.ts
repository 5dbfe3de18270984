// A minimal Word 97 WordDocument + 1Table pair for the tests: UTF-16 text in one piece, one CHPX
// page (a run per piece of text with its sprms), one PAPX page (a paragraph per entry with its
// style), and a style sheet (STSH) written from a list of styles, or any bytes given.

/** One style: its kind (1 paragraph, 2 character, 3 table), the style it is based on, its size (half-points). */
export interface TestStyle {
  stk: 1 | 2 | 3
  base?: number
  hps?: number
  /** Superscript (1) or subscript (2), as Word's 脚注引用 style sets it (sprmCIss). */
  iss?: 1 | 2
}

export interface TestParagraph {
  runs: { text: string; hps?: number; charStyle?: number }[]
  /** The paragraph's style (istd); 0 (Normal) where not given. */
  istd?: number
  /** Ends in a cell mark (\x07) instead of a paragraph mark (and is in a table: sprmPFInTable). */
  cell?: boolean
}

const le16 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff]
const le32 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff]
const HPS = (hps: number): number[] => [0x43, 0x4a, ...le16(hps)]
const ISTD = (istd: number): number[] => [0x30, 0x4a, ...le16(istd)]
const ISS = (iss: number): number[] => [0x48, 0x2a, iss]

/** The STSH bytes of `styles` (index = istd; null: an empty slot). */
export function styleSheetBytes(styles: (TestStyle | null)[]): Uint8Array {
  const stshi = [...le16(styles.length), ...le16(10), 1, 0, ...le16(0x5b), ...le16(15), ...le16(0), 0, 0, 0, 0, 0, 0]
  const out = [...le16(stshi.length), ...stshi]
  for (const s of styles) {
    if (!s) {
      out.push(...le16(0))
      continue
    }
    const chpx = [...(s.hps !== undefined ? HPS(s.hps) : []), ...(s.iss !== undefined ? ISS(s.iss) : [])]
    const upx = (b: number[]): number[] => [...le16(b.length), ...b, ...(b.length & 1 ? [0] : [])]
    // The UPXs in the order of the style's kind: paragraph PAPX, CHPX; character CHPX; table TAPX, PAPX, CHPX.
    const upxs = s.stk === 1 ? [...upx(le16(0)), ...upx(chpx)] : s.stk === 3 ? [...upx([]), ...upx(le16(0)), ...upx(chpx)] : upx(chpx)
    const std = [...le16(0), ...le16(s.stk | ((s.base ?? 0xfff) << 4)), ...le16(s.stk === 1 ? 2 : s.stk === 3 ? 3 : 1), ...le16(0), ...le16(0), ...le16(1), 0x53, 0, 0, 0, ...upxs]
    out.push(...le16(std.length), ...std)
  }
  return new Uint8Array(out)
}

/** The WordDocument and 1Table streams of the paragraphs, with `stsh` as the style sheet. */
export function docStreams(paragraphs: TestParagraph[], stsh: Uint8Array): { wordDocument: Uint8Array; table0: null; table1: Uint8Array; data: null } {
  const TEXT = 0x800
  const wd = new Uint8Array(0xe00)
  const v = new DataView(wd.buffer)
  // FIB: 14 shorts, 22 longs, 93 fc/lcb pairs (Word 97).
  v.setUint16(0, 0xa5ec, true)
  v.setUint16(2, 0xc1, true)
  v.setUint16(0x0a, 0x0200, true)
  v.setUint16(0x20, 14, true)
  v.setUint16(0x3e, 22, true)
  v.setUint16(0x98, 93, true)
  const pair = (i: number, fc: number, lcb: number): void => {
    v.setUint32(0x9a + i * 8, fc, true)
    v.setUint32(0x9a + i * 8 + 4, lcb, true)
  }
  // Text, CHPX runs and PAPX runs, by file offset.
  let text = ''
  const chpx: { fc: number; grpprl: number[] }[] = []
  const papx: { fc: number; istd: number; inTable: boolean }[] = []
  for (const p of paragraphs) {
    papx.push({ fc: TEXT + text.length * 2, istd: p.istd ?? 0, inTable: p.cell === true })
    for (const r of p.runs) {
      // The style first, as Word writes it (a style applied resets the sizes before it).
      chpx.push({ fc: TEXT + text.length * 2, grpprl: [...(r.charStyle !== undefined ? ISTD(r.charStyle) : []), ...(r.hps !== undefined ? HPS(r.hps) : [])] })
      text += r.text
    }
    chpx.push({ fc: TEXT + text.length * 2, grpprl: [] })
    text += p.cell ? '\x07' : '\r'
  }
  const end = TEXT + text.length * 2
  v.setUint32(0x40 + 3 * 4, text.length, true)
  for (let i = 0; i < text.length; i++) v.setUint16(TEXT + i * 2, text.charCodeAt(i), true)
  // CHPX page 5: rgfc, one offset byte per run, the CHPXs from the page's end down.
  const chp = 0xa00
  let top = 511
  chpx.forEach((r, k) => {
    v.setUint32(chp + k * 4, r.fc, true)
    if (!r.grpprl.length) return
    top = (top - r.grpprl.length - 1) & ~1
    wd.set([r.grpprl.length, ...r.grpprl], chp + top)
    wd[chp + (chpx.length + 1) * 4 + k] = top / 2
  })
  v.setUint32(chp + chpx.length * 4, end, true)
  wd[chp + 511] = chpx.length
  // PAPX page 6: rgfc, 13-byte BX entries, PapxInFkp (cb 0, cb', istd, sprmPFInTable in a cell).
  const pap = 0xc00
  const marks = papx.map((p, k) => (papx[k + 1]?.fc ?? end))
  top = 511
  papx.forEach((p, k) => {
    v.setUint32(pap + k * 4, p.fc, true)
    const bytes = [...le16(p.istd), ...(p.inTable ? [0x16, 0x24, 1, 0] : [])]
    top = (top - bytes.length - 2) & ~1
    wd.set([0, bytes.length / 2, ...bytes], pap + top)
    wd[pap + (papx.length + 1) * 4 + k * 13] = top / 2
  })
  v.setUint32(pap + papx.length * 4, marks[marks.length - 1]!, true)
  wd[pap + 511] = papx.length
  // Table stream: CLX (one uncompressed piece), the two bin tables, the style sheet.
  const table = [0x02, ...le32(4 + 4 + 8), ...le32(0), ...le32(text.length), 0, 0, ...le32(TEXT), 0, 0]
  const clx = [0, table.length]
  const bte = (pn: number): number[] => [...le32(TEXT), ...le32(end), ...le32(pn)]
  const chpxBte = [table.length, 12]
  table.push(...bte(5))
  const papxBte = [table.length, 12]
  table.push(...bte(6))
  pair(1, table.length, stsh.length)
  table.push(...stsh)
  pair(12, chpxBte[0]!, chpxBte[1]!)
  pair(13, papxBte[0]!, papxBte[1]!)
  pair(33, clx[0]!, clx[1]!)
  return { wordDocument: wd, table0: null, table1: new Uint8Array(table), data: null }
}
