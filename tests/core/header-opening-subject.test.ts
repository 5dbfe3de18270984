// A crawled page cut short: no title, no 落款, only the preamble and the opening of section 一. The body is
// read from the preamble's own title (现公布X2024年…年度报告) or the opening sentence's subject
// (「2023年，X区人民政府办公室以…」); a bare county or city is not a body (its 办公室's report opens the
// same way), nor is 我县/本局. Invented bodies.
import { describe, expect, it } from 'vitest'
import { extractHeader } from '../../shared/extract/header'

const preamble = '根据《中华人民共和国政府信息公开条例》规定编制本报告。本报告所列数据的统计期限为2023年1月1日至12月31日。'
const page = (opening: string): string[] => [preamble, '一、总体情况', opening, '（一）主动公开', '全年主动公开信息120条。']

describe('the body of a page with neither title nor 落款', () => {
  it('the opening sentence names it with its place', () => {
    expect(extractHeader(page('2023年，青溪区人民政府办公室以习近平新时代中国特色社会主义思想为指导，推进政务公开。'))).toMatchObject({ agency: '青溪区人民政府办公室', year: 2023 })
    expect(extractHeader(page('2023年，青溪区水利局紧紧围绕中心工作，推进政务公开。'))).toMatchObject({ agency: '青溪区水利局', year: 2023 })
    // Taken from running text, not a title: the user is told to check it.
    expect(extractHeader(page('2023年，青溪区水利局紧紧围绕中心工作，推进政务公开。')).agencyNote).toContain('取自正文首句')
  })
  it('a government named by its short name is its 人民政府', () => {
    expect(extractHeader(page('2023年，白岭县政府聚焦经济发展加大主动公开力度。'))).toMatchObject({ agency: '白岭县人民政府' })
  })
  it('a bare 镇 is its government; a bare county, 我县 or another year names none', () => {
    expect(extractHeader(page('2023年，石门镇坚持以人民为中心推进政务公开。'))).toMatchObject({ agency: '石门镇' })
    expect(extractHeader(page('2023年，白岭县严格按照省市部署推进政务公开。')).agency).toBeNull()
    expect(extractHeader(page('2023年，我县坚持以人民为中心推进政务公开。')).agency).toBeNull()
    expect(extractHeader(page('2022年，青溪区水利局紧紧围绕中心工作，推进政务公开。')).agency).toBeNull()
  })
  it('the preamble that publishes the report names it', () => {
    const lines = ['按照有关要求，现公布白岭县人民政府办公室2023年政府信息公开工作年度报告。本报告所列数据的统计期限为2023年1月1日至12月31日。', '一、总体情况', '2023年，白岭县严格按照省市部署推进政务公开。']
    expect(extractHeader(lines)).toMatchObject({ agency: '白岭县人民政府办公室', year: 2023 })
  })
  it('a title, where there is one, still names the body', () => {
    const lines = ['青溪区水利局2023年度政府信息公开工作年度报告', ...page('2023年，青溪区人民政府办公室以新思想为指导推进政务公开。')]
    expect(extractHeader(lines)).toMatchObject({ agency: '青溪区水利局' })
    expect(extractHeader(lines).agencyNote).toBeUndefined()
  })
})
