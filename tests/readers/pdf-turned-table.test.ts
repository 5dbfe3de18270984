// A table printed turned 90° on a portrait page (review rv18 c16, d03, d04): its upright rulings cross
// its turned glyphs as a strike would, and the PDF reader said 「第 2 页有划线删除的文字（修订痕迹）」
// though nothing is struck. Turned text is never struck; a page whose turned text holds a table's
// figures is named in a note, its table unread (never read across the turned lines).
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import { readFile } from '../../src-main/readers/index'
import { isTurned, turnedTable } from '../../src-main/readers/pdf-layout/turned-text'

const FIX = resolve(__dirname, '../fixtures/readers')

describe('PDF: a table turned 90° on the page', () => {
  it('is no struck text, and a note says the page is printed turned', async () => {
    const r = await readFile(join(FIX, 'turned-table.pdf'))
    if (!r.ok) throw new Error(r.error.message)
    const notes = r.document.notes ?? []
    expect(notes.some((n) => n.includes('划线删除'))).toBe(false)
    expect(notes.some((n) => n.includes('第 1 页的文字旋转 90° 印刷'))).toBe(true)
    // No figure of the turned table is read as one.
    const rows = extractReport(r.document).report.requests?.rows ?? {}
    expect(Object.values(rows).flat().filter((v) => v !== null)).toEqual([])
  })

  it('says table 三 was not read for the turned page, not that its text holds no row names', async () => {
    const r = await readFile(join(FIX, 'turned-table.pdf'))
    if (!r.ok) throw new Error(r.error.message)
    expect(r.document.turnedTablePages).toEqual([1])
    const notes = extractReport(r.document).notes.filter((n) => n.field === 'requests').map((n) => n.message)
    expect(notes.filter((m) => m.includes('未找到任何行名'))).toEqual([])
    expect(notes.some((m) => m.startsWith('第 1 页的文字旋转 90° 印刷') && m.includes('表三可能印在该页'))).toBe(true)
    // Without a turned page the same text keeps its own note.
    const plain = extractReport({ ...r.document, turnedTablePages: undefined }).notes.filter((n) => n.field === 'requests').map((n) => n.message)
    expect(plain.some((m) => m.includes('表三可能印在该页'))).toBe(false)
  })

  it('tells turned text by its matrix, and a turned table by its figures (a label on its side is none)', () => {
    expect(isTurned([0, 12, -12, 0, 100, 200])).toBe(true)
    expect(isTurned([0, -12, 12, 0, 100, 200])).toBe(true)
    expect(isTurned([12, 0, 0, 12, 100, 200])).toBe(false)
    const at = (str: string) => ({ str, x: 0, y: 0, w: 10, size: 10 })
    expect(turnedTable([at('本年度办理结果'), at('三、')])).toBe(false)
    expect(turnedTable([at('41'), at('7'), at('2'), at('54'), at('22'), at('4'), at('30')])).toBe(true)
  })
})
