// Word 97 .doc with floating text boxes (fixture made by LibreOffice from a DOCX, see
// make-textbox-doc.mjs): a box's text lives in the text-box story, not the main text, so a table 三
// set in a text box was lost whole (rv28 doc-txbx3: 511 cells unread over 3 files; the same DOCX
// read right). Read as the DOCX reader does: the box follows its anchor paragraph, and a box
// anchored in a table cell follows the table, never in the cell.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../shared/model/document'
import { readDoc } from '../../src-main/readers/doc'
import { textBoxStories } from '../../src-main/readers/doc-text-boxes'

const FIX = resolve(__dirname, '../fixtures/readers')

const shown = (b: Block): unknown => (b.kind === 'table' ? b.rows.map((row) => row.map((c) => c.text)) : b.text)

describe('.doc: text boxes are read where they are anchored', () => {
  const bytes = new Uint8Array(readFileSync(join(FIX, 'text-boxes.doc')))

  it('reads the table in a box after its anchor paragraph, and a cell-anchored box after its table', () => {
    const r = readDoc(bytes, '/x/t.doc', 't.doc', 'doc')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.document.blocks.map(shown)).toEqual([
      '三、收到和处理政府信息公开申请情况',
      '表3 收到和处理政府信息公开申请情况',
      [
        ['项目', '自然人', '总计'],
        ['（一）予以公开', '14', '14'],
        ['（二）部分公开', '3', '3'],
      ],
      '四、政府信息公开行政复议、行政诉讼情况',
      [
        ['复议', '维持', '纠正'],
        ['件数', '2', '1'],
      ],
      '框内说明文字',
      '五、存在的主要问题及改进情况',
    ])
    expect(r.document.blocks.map((b) => b.loc.block)).toEqual([0, 1, 2, 3, 4, 5, 6])
  })

  it('leaves out a box whose shape has no anchor, a reusable slot, and tables out of the stream', () => {
    // PlcSpaMom: anchors at 5 (shape 7) and 9 (shape 8); PlcftxbxTxt: boxes of shapes 7, 99 (no
    // anchor), 8 (reusable), then the placeholder.
    const table = new Uint8Array(300)
    const v = new DataView(table.buffer)
    ;[5, 9, 20].forEach((cp, i) => v.setUint32(i * 4, cp, true))
    v.setUint32(12, 7, true)
    v.setUint32(12 + 26, 8, true)
    const tx = 100
    ;[0, 4, 6, 9, 10].forEach((cp, i) => v.setUint32(tx + i * 4, cp, true))
    const entry = (i: number): number => tx + 5 * 4 + i * 22
    v.setUint32(entry(0) + 14, 7, true)
    v.setUint32(entry(1) + 14, 99, true)
    v.setUint16(entry(2) + 8, 1, true)
    v.setUint32(entry(2) + 14, 8, true)
    const fib = { ccpText: 20, ccpFtn: 3, ccpHdd: 0, ccpMcr: 0, ccpAtn: 0, ccpEdn: 2, ccpTxbx: 10, fcPlcSpaMom: 0, lcbPlcSpaMom: 4 + 2 * 30, fcPlcftxbxTxt: tx, lcbPlcftxbxTxt: 4 + 4 * 26 }
    expect(textBoxStories(table, fib)).toEqual([{ anchorCp: 5, cpStart: 25, cpEnd: 29 }])
    expect(textBoxStories(table, { ...fib, lcbPlcftxbxTxt: 300 })).toEqual([])
    expect(textBoxStories(table, { ...fib, ccpTxbx: 0 })).toEqual([])
  })
})
