// Review rv19 (issue 10): a wrong year or body puts every number in the wrong series. Each shape with
// invented bodies: the title is the report's only where it agrees with the text; quotes of other
// reports, gazette heads, <title>s of other pages and compilers are not the report's year or body.
import { describe, expect, it } from 'vitest'
import { extractHeader } from '../../shared/extract/header'
import { latinOAsNumeralZero } from '../../shared/extract/numeral-o'

const body = (opening: string): string[] => ['一、总体情况', opening, '六、其他需要报告的事项', '本年度未收取信息处理费。']

describe('a sidebar of other reports above the title (#1)', () => {
  it('takes the title that agrees with the 落款 and the opening year', () => {
    const lines = ['相关链接', '甲山县人民政府2019年度政府信息公开工作年度报告', '甲山县林业局2024年度政府信息公开工作年度报告', ...body('2024年，本局持续深化政务公开。'), '甲山县林业局', '2025年1月12日']
    expect(extractHeader(lines)).toMatchObject({ agency: '甲山县林业局', year: 2024, publishedOn: '2025-01-12' })
  })
  it('a title alone is read as before', () => {
    const lines = ['甲山县林业局2024年度政府信息公开工作年度报告', ...body('2024年，本局持续深化政务公开。'), '甲山县林业局', '2025年1月12日']
    expect(extractHeader(lines)).toMatchObject({ agency: '甲山县林业局', year: 2024 })
  })
  it('several titles and nothing to tell them apart: the body and year come from the text', () => {
    const lines = ['乙水县商务局2024年度政府信息公开工作年度报告', '乙水县统计局2024年度政府信息公开工作年度报告', '本报告由乙水县统计局编制。', ...body('2024年，本局持续深化政务公开。')]
    expect(extractHeader(lines)).toMatchObject({ agency: '乙水县统计局', year: 2024 })
  })
})

describe('two titles of one body and two years (review rv19d y1)', () => {
  const titles = ['丁河县水务局2023年度政府信息公开工作年度报告', '丁河县水务局2024年度政府信息公开工作年度报告']
  it('the 落款 date, the year after, tells which is the report\'s own', () => {
    const lines = [...titles, ...body('本年度，本局持续深化政务公开。'), '丁河县水务局', '2025年1月15日']
    expect(extractHeader(lines)).toMatchObject({ agency: '丁河县水务局', year: 2024 })
  })
  it('nothing tells them apart: no year, with a note (not the first title\'s)', () => {
    const got = extractHeader([...titles, ...body('本年度，本局持续深化政务公开。'), '丁河县水务局', '2024年9月15日'])
    expect(got.year).toBeNull()
    expect(got.yearNote).toContain('不同年度')
  })
})

describe('a title naming the body without its county (review rv19d y2)', () => {
  it('takes the fuller name of the 落款', () => {
    const lines = ['城关街道办事处2024年度政府信息公开工作年度报告', ...body('2024年，本街道持续深化政务公开。'), '戊山县城关街道办事处', '2025年1月15日']
    expect(extractHeader(lines)).toMatchObject({ agency: '戊山县城关街道办事处', year: 2024 })
  })
})

describe('the compiler in the preamble is not the body (#2)', () => {
  it('the 落款 names the body', () => {
    for (const pre of ['本报告由县大数据中心汇总编制。', '本报告由县政府办公室根据《条例》要求编制。']) {
      const lines = ['政府信息公开工作年度报告（2024年度）', pre, ...body('2024年，全县持续深化政务公开。'), '乙水县人民政府', '2025年3月20日']
      expect(extractHeader(lines), pre).toMatchObject({ agency: '乙水县人民政府', year: 2024 })
    }
  })
  it('without a 落款 body the preamble still names it', () => {
    const lines = ['政府信息公开工作年度报告（2024年度）', '本报告由乙水县统计局编制。', ...body('2024年，本局持续深化政务公开。'), '2025年1月20日']
    expect(extractHeader(lines).agency).toBe('乙水县统计局')
  })
})

describe('a quoted title is another report (#3)', () => {
  it('《…2023年度…报告》 in the intro gives no year', () => {
    for (const quote of ['对照《丙州市气象局2023年度政府信息公开工作年度报告》指出的问题，逐项整改。', '根据丙州市气象局2023年度政府信息公开工作年度报告所列问题，逐项整改。']) {
      const lines = ['丙州市气象局政府信息公开工作年度报告', quote, ...body('2024年，本局持续深化政务公开。'), '丙州市气象局', '2025年1月15日']
      expect(extractHeader(lines), quote).toMatchObject({ agency: '丙州市气象局', year: 2024 })
    }
  })
})

describe('a gazette head above a title without a year (#4)', () => {
  it('「…公报 2025年第3期」 is no report year', () => {
    const lines = ['乙水县人民政府公报 2025年第3期', '乙水县民政局政府信息公开工作年度报告', ...body('2024年，本局持续深化政务公开。'), '乙水县民政局', '2025年1月15日']
    expect(extractHeader(lines)).toMatchObject({ agency: '乙水县民政局', year: 2024 })
  })
})

describe('a saved page whose article has no title (#5)', () => {
  const article = ['本报告由甲山县林业局编制，统计期限自2024年1月1日至2024年12月31日止。', ...body('2024年，本局持续深化政务公开。'), '甲山县林业局', '2025年1月12日']
  it('the <title> of another year does not beat the period', () => {
    expect(extractHeader(article, { title: '甲山县林业局2023年度政府信息公开工作年度报告' }).year).toBe(2024)
  })
  it('the <title> of another body does not beat the 落款', () => {
    expect(extractHeader(article, { title: '甲山县人民政府2024年度政府信息公开工作年度报告' }).agency).toBe('甲山县林业局')
  })
  it('a <title> that agrees is still used', () => {
    expect(extractHeader(article.slice(1), { title: '甲山县林业局2024年度政府信息公开工作年度报告' })).toMatchObject({ agency: '甲山县林业局', year: 2024 })
  })
})

describe('a body name broken over two title lines (#6)', () => {
  it.each([
    ['丁州市交通', '运输局2024年度政府信息公开工作年度报告'],
    ['丁州市', '交通运输局2024年度政府信息公开工作年度报告'],
    ['丁州市城乡', '规划局2024年度政府信息公开工作年度报告'],
  ])('%s⏎%s', (a, b) => {
    expect(extractHeader([a, b, ...body('2024年，本局持续深化政务公开。')])).toMatchObject({ agency: a + b.slice(0, b.indexOf('2024')), year: 2024 })
  })
  it('chrome above a whole title is still no part of it', () => {
    expect(extractHeader(['丁州市人民政府门户网站', '丁州市审计局2024年度政府信息公开工作年度报告', ...body('2024年，本局持续深化政务公开。')]).agency).toBe('丁州市审计局')
  })
})

describe('a title year the 统计期限 contradicts (#11)', () => {
  it('nulls the year with a note naming both', () => {
    const lines = ['戊县档案馆2023年度政府信息公开工作年度报告', '本报告统计期限自2024年1月1日至2024年12月31日止。', ...body('2024年，本馆持续深化政务公开。'), '戊县档案馆', '2025年1月15日']
    const h = extractHeader(lines)
    expect(h.year).toBeNull()
    expect(h.yearNote).toContain('2023')
    expect(h.yearNote).toContain('2024')
  })
  it('an update date before the period is no period', () => {
    const lines = ['戊县档案馆2024年度政府信息公开工作年度报告', '本报告统计期限（截至2025年1月5日更新）自2024年1月1日至2024年12月31日止。', ...body('本年度持续深化政务公开。')]
    expect(extractHeader(lines).year).toBe(2024)
  })
})

describe('a year on its own line under the title (#12)', () => {
  it.each(['（2024年度）', '2024年度', '(2024年)'])('%s', (line) => {
    const lines = ['戊县档案馆政府信息公开工作年度报告', line, ...body('本年度，本馆持续深化政务公开。'), '戊县档案馆', '2025年1月15日']
    expect(extractHeader(lines)).toMatchObject({ agency: '戊县档案馆', year: 2024 })
  })
})

describe('a Latin or full-width O typed for 〇 (#13)', () => {
  it.each(['O', 'Ｏ'])('二%s二四 in the title and the 落款', (o) => {
    const lines = [`戊县水利局二${o}二四年度政府信息公开工作年度报告`, ...body('本年度，本局持续深化政务公开。'), '戊县水利局', `二${o}二五年二月十五日`]
    expect(extractHeader(lines)).toMatchObject({ agency: '戊县水利局', year: 2024, publishedOn: '2025-02-15' })
  })
  it('an O outside numerals stays a letter', () => {
    expect(latinOAsNumeralZero('O2O平台 OA系统 二O二四')).toBe('O2O平台 OA系统 二〇二四')
    expect(latinOAsNumeralZero('一OO')).toBe('一OO')
  })
})

describe('the title repeated in the preamble', () => {
  it('words in front of the body in a sentence do not make a second title', () => {
    const lines = ['己市统计局2024年度政府信息公开工作年度报告', '现将己市统计局2024年度政府信息公开工作年度报告公布如下', ...body('2024年，本局持续深化政务公开。')]
    expect(extractHeader(lines)).toMatchObject({ agency: '己市统计局', year: 2024 })
  })
})

describe('a title without a year above a preamble naming the compiling office (review hr38 F1)', () => {
  const preamble = '本报告根据《中华人民共和国政府信息公开条例》要求，由青石县人民政府办公室综合各部门情况编制而成。'
  const open = (title: string, signer: string): string[] => [title, preamble, ...body('2024年，我县持续深化政务公开。'), signer, '2025年3月10日']
  it('the title names the body, not the office that compiled it', () => {
    expect(extractHeader(open('青石县人民政府政府信息公开工作年度报告', '青石县人民政府'))).toMatchObject({ agency: '青石县人民政府', year: 2024 })
    expect(extractHeader(open('青石县教育局政府信息公开工作年度报告', '青石县教育局'))).toMatchObject({ agency: '青石县教育局' })
  })
  it('a title naming only the place: the 落款 body of that place', () => {
    expect(extractHeader(open('青石县政府信息公开工作年度报告', '青石县人民政府'))).toMatchObject({ agency: '青石县人民政府' })
  })
  it('no title: the 落款 body whose office compiled the report, not the office', () => {
    expect(extractHeader(open('', '青石县人民政府'))).toMatchObject({ agency: '青石县人民政府' })
  })
  it('a portal’s heading without a year above the body’s own title: the title the 落款 agrees with (hr38b F4)', () => {
    const lines = ['青石县人民政府政府信息公开工作年度报告', '青石县教育局政府信息公开工作年度报告', '本报告由青石县教育局编制。', ...body('2024年，本局持续深化政务公开。'), '青石县教育局', '2025年1月10日']
    expect(extractHeader(lines)).toMatchObject({ agency: '青石县教育局' })
    expect(extractHeader(['青石县人民政府政府信息公开工作年度报告', '本报告由青石县教育局编制。', ...body('2024年，本局持续深化政务公开。'), '青石县教育局', '2025年1月10日'])).toMatchObject({ agency: '青石县教育局' })
  })
  it('a title naming the place with its county: the 落款 body, not the place (hr38b F5)', () => {
    expect(extractHeader(['青石县白沙镇政府信息公开工作年度报告', ...body('2024年，本镇持续深化政务公开。'), '白沙镇人民政府', '2025年1月10日'])).toMatchObject({ agency: '白沙镇人民政府' })
  })
  it('a place title and a short 落款 「市教育局」: the compiler’s full name (hr38b F5)', () => {
    expect(extractHeader(['青石县政府信息公开工作年度报告', '本报告由青石县教育局编制。', ...body('2024年，本局持续深化政务公开。'), '县教育局', '2025年1月10日'])).toMatchObject({ agency: '青石县教育局' })
  })
  it('the office’s own report (its 落款) stays the office', () => {
    expect(extractHeader(open('', '青石县人民政府办公室'))).toMatchObject({ agency: '青石县人民政府办公室' })
  })
})
