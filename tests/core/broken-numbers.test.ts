// Table-三 numbers wrapped in narrow cells (broken-numbers.ts): stitched only where the columns pair
// and the row then holds its total; a row whose pieces cannot be proven is left empty with a note;
// text that is not such a row (a cell per line) is left as it was.
import { describe, expect, it } from 'vitest'
import { stitchBrokenNumbers, stitchedRowHolds } from '../../shared/extract/broken-numbers'
import { parseRequestsTable } from '../../shared/extract/requests-table'

const at = (n: number, s: string): string => ' '.repeat(n) + s

describe('numbers broken over lines in narrow cells', () => {
  const above = at(30, '２１,０') + at(28, '８２ ２１,８')
  const row = '一、本年新收政府信息公开申请数量' + at(21, '３７１ ０   ０     ４２７   ２８')
  const below = at(30, '０７') + at(30, '６  ３３')

  it('stitches a row between its heads and rests, text length kept', () => {
    const text = ['表头', above, row, below, '二、上年结转'].join('\n')
    const out = stitchBrokenNumbers(text)
    expect(out.unproven).toEqual([])
    expect(out.text.length).toBe(text.length)
    expect(out.text).toMatch(/21007 +３７１ ０ +０ +４２７ +２８ +826 21833/)
  })

  it('leaves a row whose stitched cells fail its total unproven', () => {
    const wrongRest = below.replace('０７', '０８')
    const out = stitchBrokenNumbers(['表头', above, row, wrongRest, ''].join('\n'))
    expect(out.unproven).toHaveLength(1)
    expect(out.text).not.toContain('21008')
  })

  it('stitches zeros whose unit alone wraps (「0<br>件」 cells: the count above the label, 件 below)', () => {
    // Review rv24 Y_V05 (html → docx → pdf → pdftotext -layout; numbers changed): a head 0 over a lone
    // 件 was refused as a count with a leading 0, so the row was emptied and its numbers read by the next label.
    const heads = at(23, '5     0     2     0    3    0    10')
    const units = at(23, '件     件     件     件    件    件    件')
    const out = stitchBrokenNumbers(['表头', heads, '二、上年结转政府信息公开申请数量', units, '三、本年度办理结果'].join('\n'))
    expect(out.unproven).toEqual([])
    expect(out.text).toMatch(/二、上年结转政府信息公开申请数量 +5 +0 +2 +0 +3 +0 +10\n/)
    // A 0 over digits is still no count (「0」 / 「7」 is not 07).
    expect(stitchBrokenNumbers(['表头', at(23, '0'), '二、上年结转政府信息公开申请数量', at(23, '7'), ''].join('\n')).text).not.toMatch(/ 0?7\n/)
  })

  it('stitches dashes over lone units, and units after the label\'s wrapped rest (「息   件 件 …」)', () => {
    // Review rv24 Y_R23 (numbers changed): 「/<br>件」 cells and a label wrapped onto the units' line; the
    // row's numbers stood above its label and were read by the label before them.
    const heads = at(23, '61       3     2    /    4      5    75')
    const units = '         息' + at(13, '件        件     件    件    件      件    件')
    const text = ['表头', heads, '         1.本机关不掌握相关政府信', units, '     （四）               /        /     8    5    /      /    13'].join('\n')
    const out = stitchBrokenNumbers(text)
    expect(out.unproven).toEqual([])
    expect(out.text.length).toBe(text.length)
    expect(out.text).toMatch(/1\.本机关不掌握相关政府信 +61 +3 +2 +\/ +4 +5 +75\n +息 *\n/)
    // Digits below dashes are no lone units: no stitch.
    const digitsBelow = ['表头', at(23, '/  3'), '         1.本机关不掌握相关政府信', at(23, '1  4'), ''].join('\n')
    expect(stitchBrokenNumbers(digitsBelow).text).toBe(digitsBelow)
  })

  it('leaves a cell per line alone', () => {
    const text = ['7', '5.属于三类内部事务信息', '3', '0'].join('\n')
    expect(stitchBrokenNumbers(text)).toEqual({ text, unproven: [] })
  })

  it('knows a row total with and without 小计', () => {
    expect(stitchedRowHolds([1, 2, 0, 0, 0, 0, 3])).toBe(true)
    expect(stitchedRowHolds([21007, 371, 0, 0, 427, 28, 826, 21833])).toBe(true)
    expect(stitchedRowHolds([21007, 371, 0, 0, 427, 28, 826, 21834])).toBe(false)
  })

  it('reads the stitched row in table 三, and empties an unproven one with a note', () => {
    const head = '申请人情况\n自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 小计 总计\n'
    const good = parseRequestsTable(head + [above, row, below].join('\n') + '\n')
    expect(good.rows.received).toEqual([21007, 371, 0, 0, 427, 28, 21833])
    const bad = parseRequestsTable(head + [above, row, below.replace('０７', '０８')].join('\n') + '\n')
    expect(bad.rows.received?.every((x) => x === null) ?? true).toBe(true)
    expect(bad.notes.some((n) => n.field === 'requests' && n.message.includes('折成上下两行'))).toBe(true)
    expect(bad.notes.some((n) => n.field === 'requests.received')).toBe(true)
  })
})

// An OCR'd page (light ink, 200 dpi) gave a line of many numbers ending in something that is not a
// piece; the line test's overlapping forms took exponential time to refuse it and the import hung.
describe('a long line of numbers that is not all pieces', () => {
  it('is refused at once (no backtracking blow-up)', () => {
    const line = `${Array.from({ length: 40 }, (_, i) => String(10 + i)).join(' ')} 页`
    const text = `（七）总计\n${line}\n四、结转下年度继续办理 1 0 0 0 0 0 1\n`
    // On the old pattern this ran for hours (2^40 ways to split the pieces): the test's time limit fails it.
    expect(stitchBrokenNumbers(text).text).toBe(text)
  }, 20_000)
})
