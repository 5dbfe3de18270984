// A PDF whose font map is partly wrong (a Ghostscript re-print: 「Þ理」 for 办理, 、→1, 。→2): its
// sentences lose their ends, the label | value rows were read as two columns, and the 2741 of the
// line above was taken for 收到申请 (57). Such a layer is told by letters no Chinese report prints and by
// headings written 「一1总体情况」; its sentence figures are not read, a body's name with such a letter
// is not shown, and the import says why. A normal PDF is not touched.
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { misMappedLetters } from '../../shared/text/mis-mapped-letters'
import { extractHeader } from '../../shared/extract/header'
import { extractReport } from '../../shared/extract/index'
import { readFile } from '../../src-main/readers/index'

const FIX = resolve('tests/fixtures/readers')

describe('letters no Chinese report prints', () => {
  it('tell a mis-mapped layer; a report’s own symbols do not', () => {
    expect(misMappedLetters('由ß溪市人民政府Þ公室综合ß溪市41个市直部门，全面ò强受理，政ó服ó热线，比P年Þ结').layer).toBe(true)
    expect(misMappedLetters('一1总体情况本年度…二1主动公开政府信息情况').layer).toBe(true)
    // One heading so written is not enough; nor are m², 8×8, °C, µg, ·, © and a name's é.
    expect(misMappedLetters('一1总体情况 二、主动公开政府信息情况').layer).toBe(false)
    expect(misMappedLetters('办公面积120m²，8×8米展板，气温25°C，PM2.5为30µg，阿卜杜拉·买买提，© 2024，Café').layer).toBe(false)
    // Letters among Latin letters (names, pinyin) and Word's Wingdings bullets before a space (hostile review hr28).
    expect(misMappedLetters('邀请Hélène Dupré、José Martínez参加，吕（Lǚ）先生，Café Crème').layer).toBe(false)
    expect(misMappedLetters('Ø 第一项\nØ 第二项\nØ 第三项\nØ 第四项\nØ 第五项\nØ 第六项\nü 已完成\n§ 附件').layer).toBe(false)
  })

  it('a body’s name with such a letter is not the body', () => {
    const h = extractHeader(['ß溪市人民政府Þ公室2023年政府信息公开工作年度报告', '一、总体情况'])
    expect(h.agency).toBeNull()
    expect(h.agencyNote).toContain('不是汉字的字符')
    expect(extractHeader(['云溪市人民政府办公室2023年政府信息公开工作年度报告', '一、总体情况']).agency).toBe('云溪市人民政府办公室')
  })

  it('a name garbled at its first character alone is not the body either', () => {
    const h = extractHeader(['ß溪市人民政府办公室2023年政府信息公开工作年度报告', '一、总体情况'])
    expect(h.agency).toBeNull()
    expect(h.agencyNote).toContain('不是汉字的字符')
    // At its last character the title names no body at all (a name ends in 室, 局, 府…).
    expect(extractHeader(['云溪市人民政府办公Þ2023年政府信息公开工作年度报告', '一、总体情况']).agency).toBeNull()
  })
})

describe('a re-printed PDF whose font map is partly wrong', () => {
  it('reads no sentence figure, and says why', async () => {
    const r = await readFile(join(FIX, 'mis-mapped-layer.pdf'), { ocr: false })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.document.notes?.join('')).toContain('字符映射部分有误')
    const { report, notes } = extractReport(r.document)
    expect(report.metrics.requestsReceived).toBeNull()
    expect(report.metrics.activeDisclosureItems).toBeNull()
    expect(notes.some((n) => n.field === 'metrics' && n.message.includes('字符映射部分有误'))).toBe(true)
  })

  it('the same page printed straight is read as before', async () => {
    const r = await readFile(join(FIX, 'label-value-rows.pdf'), { ocr: false })
    expect(r.ok && r.document.misMappedLetters).toBeFalsy()
    if (!r.ok) return
    const { report } = extractReport(r.document)
    expect(report.metrics.requestsReceived).toBe(57)
  })
})
