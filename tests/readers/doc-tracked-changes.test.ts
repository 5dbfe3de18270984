// Word 97 .doc with tracked changes and hidden text (fixture made by LibreOffice from a DOCX, see
// make-tracked-doc.mjs): deleted revisions and hidden runs are not printed, so they are not read
// (rv18x w-d03: 12 deleted + 14 inserted read 1214, 30123 + 3126 read 30123126), and the note
// lists what was left out.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TableBlock } from '../../shared/model/document'
import { readDoc } from '../../src-main/readers/doc'
import { charMarkOf } from '../../src-main/readers/doc-char-props'

const FIX = resolve(__dirname, '../fixtures/readers')

describe('.doc: tracked deletions and hidden text are left out', () => {
  const bytes = new Uint8Array(readFileSync(join(FIX, 'tracked-changes.doc')))

  it.each(['doc', 'wps'] as const)('as .%s: prose and cells read as printed, with a note naming what was dropped', (format) => {
    const r = readDoc(bytes, `/x/t.${format}`, `t.${format}`, format)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const paras = r.document.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
    expect(paras).toContain('本年度主动公开政府信息3126条。')
    expect(paras).toContain('全年共收到政府信息公开申请50件，办结率100%。')
    const table = r.document.blocks.find((b): b is TableBlock => b.kind === 'table')!
    expect(table.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['项目', '自然人', '总计'],
      ['（一）予以公开', '14', '14'],
      ['（二）部分公开', '3', '3'],
    ])
    const notes = r.document.notes ?? []
    expect(notes.some((n) => n.includes('修订中删除的文字 4 处') && n.includes('“30123”'))).toBe(true)
    expect(notes.some((n) => n.includes('隐藏文字 2 处') && n.includes('其中结转99件'))).toBe(true)
  })

  it('reads the toggle operands: on (1, 0x81), off (0, 0x80), a later sprm overriding an earlier', () => {
    const s = (op: number, v: number) => ({ op, arg: new Uint8Array([v]) })
    expect(charMarkOf([s(0x0800, 1)])).toBe('deleted')
    expect(charMarkOf([s(0x083c, 0x81)])).toBe('hidden')
    expect(charMarkOf([s(0x0800, 0), s(0x083c, 0x80)])).toBe(null)
    expect(charMarkOf([s(0x0800, 1), s(0x083c, 1)])).toBe('deleted')
    expect(charMarkOf([s(0x0801, 1)])).toBe(null) // an insertion is printed
    expect(charMarkOf([s(0x0800, 1), s(0x0800, 0)])).toBe(null)
  })
})
