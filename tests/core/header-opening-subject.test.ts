// A crawled page cut short: no title, no 落款, only the preamble and the opening of section 一. The body is
// read from the preamble's own title (现公布X2024年…年度报告). It is not taken from the opening sentence's
// subject: a department's report often names its government, a lead group or a 中心 first (「2023年，
// 云溪市人民政府高度重视…，云溪市教育局坚持…」, review rv20c 2), and a wrong body is worse than none.
// Invented bodies.
import { describe, expect, it } from 'vitest'
import { extractHeader } from '../../shared/extract/header'

const preamble = '根据《中华人民共和国政府信息公开条例》规定编制本报告。本报告所列数据的统计期限为2023年1月1日至12月31日。'
const page = (opening: string): string[] => [preamble, '一、总体情况', opening, '（一）主动公开', '全年主动公开信息120条。']

describe('the body of a page with neither title nor 落款', () => {
  it('the preamble that publishes the report names it', () => {
    const lines = ['按照有关要求，现公布白岭县人民政府办公室2023年政府信息公开工作年度报告。本报告所列数据的统计期限为2023年1月1日至12月31日。', '一、总体情况', '2023年，白岭县严格按照省市部署推进政务公开。']
    expect(extractHeader(lines)).toMatchObject({ agency: '白岭县人民政府办公室', year: 2023 })
  })
  it('the opening sentence\'s subject is not taken (it may be another body than the report\'s)', () => {
    for (const opening of [
      '2023年，云溪市人民政府高度重视政务公开工作，云溪市教育局坚持以公开促落实。',
      '2023年，云溪市政务公开领导小组办公室认真部署，本局扎实推进政务公开。',
      '2023年，云溪市委市政府高度重视政务公开工作。',
      '2023年，青溪区水利局紧紧围绕中心工作，推进政务公开。',
    ]) {
      const h = extractHeader(page(opening))
      expect([opening, h.agency]).toEqual([opening, null])
      expect(h.year).toBe(2023)
    }
  })
  it('a title, where there is one, names the body', () => {
    const lines = ['青溪区水利局2023年度政府信息公开工作年度报告', ...page('2023年，青溪区人民政府办公室以新思想为指导推进政务公开。')]
    expect(extractHeader(lines)).toMatchObject({ agency: '青溪区水利局' })
  })
})
