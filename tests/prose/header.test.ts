// extractHeader on invented reports: every title shape of the brief, and the 落款 date.
import { describe, expect, it } from 'vitest'
import { extractHeader } from '../../shared/extract/header'

const BODY = [
  '一、总体情况',
  // No year in the period: the titles below print many years (a 统计期限 that contradicts the title's year nulls it).
  '2022 年，我市认真贯彻落实《条例》，本报告所列数据统计期限为本年度 1 月 1 日至 12 月 31 日。',
  '六、其他需要报告的事项',
  '本年度无其他需要报告的事项。',
]

describe('extractHeader: the body and the year, from the title', () => {
  it('reads "XX市人民政府 2020 年度政府信息公开工作年度报告"', () => {
    const h = extractHeader(['青岚市人民政府 2020 年度政府信息公开工作年度报告', ...BODY])
    expect(h).toMatchObject({ agency: '青岚市人民政府', year: 2020, agencyLine: 0, yearLine: 0 })
  })

  it('reads a title broken over two lines, either way', () => {
    expect(extractHeader(['青岚市人民政府', '2022 年政府信息公开工作年度报告', ...BODY])).toMatchObject({ agency: '青岚市人民政府', year: 2022 })
    expect(extractHeader(['青岚市人民政府 2021 年度政府信息公开工作', '年度报告', ...BODY])).toMatchObject({ agency: '青岚市人民政府', year: 2021 })
    expect(extractHeader(['2025 年青岚市人民政府办公厅政府信息公开', '工作年度报告', ...BODY])).toMatchObject({ agency: '青岚市人民政府办公厅', year: 2025 })
  })

  it('reads the year first, the body after it', () => {
    expect(extractHeader(['2023年青岚市交通运输局政府信息公开工作年度报告', ...BODY])).toMatchObject({ agency: '青岚市交通运输局', year: 2023 })
  })

  it('reads "XX局关于2022年度政府信息公开情况的报告"', () => {
    expect(extractHeader(['青岚市民政局关于2022年度政府信息公开情况的报告', ...BODY])).toMatchObject({ agency: '青岚市民政局', year: 2022 })
    expect(extractHeader(['关于青岚市民政局2022年度政府信息公开工作情况的报告', ...BODY])).toMatchObject({ agency: '青岚市民政局', year: 2022 })
    expect(extractHeader(['青岚县政务公开工作年度报告（2022年度）', ...BODY])).toMatchObject({ agency: '青岚县', year: 2022 })
  })

  it('reads a year in Chinese digits', () => {
    expect(extractHeader(['青岚县人民政府二〇二〇年政府信息公开工作年度报告', ...BODY])).toMatchObject({ agency: '青岚县人民政府', year: 2020 })
  })

  it('looks past crawled-page chrome and markdown marks', () => {
    const crawled = [
      '标题: 青岚县人民政府2021年度政府信息公开工作年度报告',
      '发布时间: 2022-01-20 10:00',
      '当前位置：首页 > 政务公开 > 政府信息公开年报',
      ...BODY,
    ]
    expect(extractHeader(crawled)).toMatchObject({ agency: '青岚县人民政府', year: 2021 })
    const breadcrumb = ['当前位置： 首页政务公开政府信息公开政府信息公开年报 青岚县人民政府2021年度政府信息公开工作年度报告', ...BODY]
    expect(extractHeader(breadcrumb)).toMatchObject({ agency: '青岚县人民政府', year: 2021 })
    const meta = ['索引号 001/2022-1', '组配分类 信息公开年报 发布机构 青岚县司法局', '• 主动公开', '青岚县司法局2021年度政府信息公开工作年度报告', ...BODY]
    expect(extractHeader(meta)).toMatchObject({ agency: '青岚县司法局', year: 2021, agencyLine: 3 })
    expect(extractHeader(['(图文)青岚县人民政府2023年度政府信息公开工作年度报告', ...BODY]).agency).toBe('青岚县人民政府')
    expect(extractHeader(['# 青岚市科技局2024年政府信息公开工作年度报告', ...BODY]).agency).toBe('青岚市科技局')
    expect(extractHeader(['**青岚市科技局2024年政府信息公开工作年度报告**', ...BODY]).agency).toBe('青岚市科技局')
  })

  it('accepts bodies of many kinds, with a bracketed second name', () => {
    expect(extractHeader(['青岚海关2022年政府信息公开工作年度报告', ...BODY]).agency).toBe('青岚海关')
    expect(extractHeader(['青岚县人民政府办公室（县外事办公室）2022年度政府信息公开工作年度报告', ...BODY]).agency).toBe('青岚县人民政府办公室（县外事办公室）')
    expect(extractHeader(['青岚县云岭街道办事处2022年政府信息公开工作年度报告', ...BODY]).agency).toBe('青岚县云岭街道办事处')
  })

  it('keeps a title in traditional characters as written', () => {
    expect(extractHeader(['2023年青嵐縣政府信息公開工作年度報告', ...BODY])).toMatchObject({ agency: '青嵐縣', year: 2023 })
  })

  it('without a title, falls back on the preamble and the statistical period', () => {
    const h = extractHeader(['本报告由青岚市统计局结合有关统计数据编制。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。', '一、总体情况'])
    expect(h).toMatchObject({ agency: '青岚市统计局', year: 2021 })
    const named = extractHeader(['根据《条例》规定，按照国办公开办函〔2021〕30号要求，编制青岚区人民政府办公室2024年政府信息公开工作年度报告。', '一、总体情况'])
    expect(named).toMatchObject({ agency: '青岚区人民政府办公室', year: 2024 })
    const bare = extractHeader(['一、总体情况', '本年度，我局坚持“以公开为常态、不公开为例外”原则。'])
    expect(bare).toMatchObject({ agency: null, year: null, publishedOn: null })
  })

  it('uses the page title only when the report has none', () => {
    const h = extractHeader(['一、总体情况', '本年度，我局坚持公开原则。'], { title: '青岚市审计局2022年政府信息公开工作年度报告_青岚市人民政府' })
    expect(h).toMatchObject({ agency: '青岚市审计局', year: 2022 })
  })
})

describe('extractHeader: the 落款 date', () => {
  it('reads the date after the body name at the end, as ISO', () => {
    const h = extractHeader(['青岚市人民政府 2020 年度政府信息公开工作年度报告', ...BODY, '青岚市人民政府', '2021 年 2 月 1 日'])
    expect(h.publishedOn).toBe('2021-02-01')
    expect(h.dateLine).toBe(BODY.length + 2)
  })

  it('reads "2022年1月20日", a date on the body line, and Chinese numerals', () => {
    const title = '青岚县人民政府2021年度政府信息公开工作年度报告'
    expect(extractHeader([title, ...BODY, '2022年1月20日']).publishedOn).toBe('2022-01-20')
    expect(extractHeader([title, ...BODY, '青岚县人民政府 2022年3月1日']).publishedOn).toBe('2022-03-01')
    expect(extractHeader([title, ...BODY, '青岚县人民政府', '二〇二二年一月二十日']).publishedOn).toBe('2022-01-20')
    expect(extractHeader([title, ...BODY, '2022年1月20日', '— 5 —']).publishedOn).toBe('2022-01-20')
  })

  it('finds the signature before an attached table', () => {
    const table = Array.from({ length: 30 }, (_, i) => `${i + 1} | 0 | 0 | 0`)
    const h = extractHeader(['青岚县人民政府2021年度政府信息公开工作年度报告', ...BODY, '青岚县人民政府', '2022年1月20日', '附件：统计表', ...table])
    expect(h.publishedOn).toBe('2022-01-20')
  })

  it('never takes a date from the prose or the statistical period', () => {
    const title = '青岚县人民政府2021年度政府信息公开工作年度报告'
    expect(extractHeader([title, ...BODY]).publishedOn).toBeNull()
    expect(extractHeader([title, '一、总体情况', '统计期限自2021年1月1日至2021年12月31日', '六、其他需要报告的事项', '无。']).publishedOn).toBeNull()
    expect(extractHeader([title, ...BODY, '本单位于2022年1月10日召开专题会议。']).publishedOn).toBeNull()
    // A date before the year reported on cannot be the signature.
    expect(extractHeader([title, ...BODY, '2020年12月1日']).publishedOn).toBeNull()
    expect(extractHeader([title, ...BODY, '2022年2月30日']).publishedOn).toBeNull()
  })
})

describe('extractHeader: titles that hide or lack the body (review s7 §11)', () => {
  it('names the body a forwarded report is about, not the office that forwards it', () => {
    const h = extractHeader(['青岚县人民政府办公室转发青岚县自然资源局2022年政府信息公开工作年度报告', ...BODY])
    expect(h).toMatchObject({ agency: '青岚县自然资源局', year: 2022 })
  })

  it('reads the body from a title without a year, behind page chrome', () => {
    const h = extractHeader(['发布时间：2023-01-20', '青岚县自然资源局政府信息公开工作年度报告', ...BODY])
    expect(h).toMatchObject({ agency: '青岚县自然资源局', year: 2022, agencyLine: 1 })
  })

  it('does not take a breadcrumb\'s portal owner for the body', () => {
    const h = extractHeader(['青岚县人民政府 > 政务公开 > 政府信息公开年报', ...BODY])
    expect(h.agency).toBeNull()
  })

  it('takes the body from the 落款 when the title names none', () => {
    const lines = ['2022年政府信息公开工作年度报告', ...BODY, '青岚县自然资源局', '2023年1月20日']
    expect(extractHeader(lines)).toMatchObject({ agency: '青岚县自然资源局', year: 2022, publishedOn: '2023-01-20', agencyLine: lines.length - 2 })
    const oneLine = ['2022年政府信息公开工作年度报告', ...BODY, '青岚县自然资源局 2023年1月20日']
    expect(extractHeader(oneLine)).toMatchObject({ agency: '青岚县自然资源局', publishedOn: '2023-01-20' })
  })

  it('takes the body from the 落款 above a date whose digits a PDF text layer spaces out, with or without a title (review 9 F15)', () => {
    const spaced = ['2022年政府信息公开工作年度报告', ...BODY, '青岚县自然资源局', '2023 年 1 月 20 日']
    expect(extractHeader(spaced)).toMatchObject({ agency: '青岚县自然资源局', publishedOn: '2023-01-20', agencyLine: spaced.length - 2 })
    // LibreOffice's web-page export dropped the title altogether: the 落款 is all there is.
    const untitled = [...BODY, '青岚县自然资源局', '2023 年 1 月 20 日']
    expect(extractHeader(untitled)).toMatchObject({ agency: '青岚县自然资源局', publishedOn: '2023-01-20' })
    const oneLine = [...BODY, '青岚县自然资源局 2023 年 1 月 20 日']
    expect(extractHeader(oneLine)).toMatchObject({ agency: '青岚县自然资源局', publishedOn: '2023-01-20' })
  })

  it('reads a title with a year range: the body, and the later year', () => {
    const h = extractHeader(['青岚县自然资源局2021—2022年度政府信息公开工作年度报告', ...BODY])
    expect(h).toMatchObject({ agency: '青岚县自然资源局', year: 2022 })
  })
})

describe('extractHeader: a compilation of reports (review s8 §9)', () => {
  it('names the first report\'s body, not the place on the compilation\'s cover', () => {
    const h = extractHeader(['青岚县2022年度政府信息公开工作年度报告汇编', '青岚县自然资源局2022年政府信息公开工作年度报告', ...BODY])
    expect(h).toMatchObject({ agency: '青岚县自然资源局', year: 2022, agencyLine: 1 })
  })

  it('does not take the cover\'s place when the report\'s own title names no body it can read', () => {
    const h = extractHeader(['青岚县2022年度政府信息公开工作年报合集', '一、总体情况'], { title: '青岚县2022年度政府信息公开工作年度报告汇编' })
    expect(h.agency).not.toBe('青岚县')
  })
})
