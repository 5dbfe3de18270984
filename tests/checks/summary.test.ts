import { describe, expect, it } from 'vitest'
import { checkAll, type CheckInput } from '../../shared/checks/index'
import { summarizeByBody } from '../../shared/checks/summary'
import { makeReport } from './make-report'

describe('summarizeByBody', () => {
  it('lists each body with its years in order, their flags, recurring problems and carry-over breaks', () => {
    const a = makeReport({ year: 2021 })
    const b = makeReport({ year: 2022 }) // 上年结转 1 ≠ 2021's 结转下年度 2
    const gov = makeReport({ agency: '云溪市人民政府', year: 2022, publishedOn: '2023-04-06' })
    const inputs: CheckInput[] = [
      { id: 'b', fileName: 'jyj-2022.pdf', extraction: b },
      { id: 'a', fileName: 'jyj-2021.pdf', extraction: a },
      { id: 'g', fileName: 'gov-2022.pdf', extraction: gov },
    ]
    const text = summarizeByBody(inputs, checkAll(inputs))
    expect(text).toContain('━━ 云溪市测试局（2021–2022 年，2 份报告）')
    expect(text.indexOf('2021 年度')).toBeLessThan(text.indexOf('2022 年度'))
    expect(text).toContain('结转数前后年不衔接')
    expect(text).toContain('结转衔接中断：2021→2022')
    expect(text).toContain('栏目更新不及时：2021、2022 年')
    expect(text).toContain('━━ 云溪市人民政府（2022 年，1 份报告）')
    expect(text).toContain('发布逾期')
  })
})

describe('summarizeByBody with copies', () => {
  it('counts each year once and names the copies', () => {
    const a = makeReport({ year: 2021 })
    const b = makeReport({ year: 2022 })
    const inputs: CheckInput[] = [
      { id: 'a', fileName: 'jyj-2021.pdf', extraction: a },
      { id: 'a2', fileName: 'jyj-2021.docx', extraction: structuredClone(a) },
      { id: 'a3', fileName: 'jyj-2021.html', extraction: structuredClone(a) },
      { id: 'b', fileName: 'jyj-2022.pdf', extraction: b },
    ]
    const text = summarizeByBody(inputs, checkAll(inputs))
    expect(text).toContain('━━ 云溪市测试局（2021–2022 年，2 份报告，共 4 个文件）')
    expect(text).toContain('jyj-2021.pdf（同一报告的副本：jyj-2021.docx、jyj-2021.html）')
    expect(text.match(/2021 年度/g)).toHaveLength(1)
  })
})

describe('summarizeByBody: identity (review rv19)', () => {
  it('a report of unknown year reads 「年份不明」, not 「年份不明 年度」', () => {
    const e = makeReport({ year: 2022 })
    e.report.year = null
    const inputs: CheckInput[] = [{ id: 'x', fileName: 'x.pdf', extraction: e }]
    const text = summarizeByBody(inputs, checkAll(inputs))
    expect(text).toContain('年份不明')
    expect(text).not.toContain('年份不明 年度')
  })
  it('two counties\' towns of one name are two bodies', () => {
    const inputs: CheckInput[] = [
      { id: 'a', fileName: 'a.pdf', extraction: makeReport({ agency: '甲山县城关镇人民政府', year: 2022 }) },
      { id: 'b', fileName: 'b.pdf', extraction: makeReport({ agency: '乙水县城关镇人民政府', year: 2022 }) },
    ]
    const text = summarizeByBody(inputs, checkAll(inputs))
    expect(text).toContain('━━ 甲山县城关镇人民政府')
    expect(text).toContain('━━ 乙水县城关镇人民政府')
  })
})

describe('summarizeByBody: carry-over said only of the columns compared (review rv22)', () => {
  const pair = (blank: boolean): string => {
    const a = makeReport({ year: 2021 })
    const b = makeReport({ year: 2022 })
    b.report.requests.rows.carriedOver = [...a.report.requests.rows.carriedForward!]
    if (blank) b.report.requests.rows.carriedOver![2] = null
    const inputs: CheckInput[] = [
      { id: 'a', fileName: 'a.pdf', extraction: a },
      { id: 'b', fileName: 'b.pdf', extraction: b },
    ]
    return summarizeByBody(inputs, checkAll(inputs))
  }
  it('every column read: 「一致」', () => {
    expect(pair(false)).toContain('结转衔接：1 组相邻年度的上年结转与结转下年度一致')
  })
  it('a blank cell: the pair is said to be compared in part', () => {
    const text = pair(true)
    expect(text).not.toContain('1 组相邻年度的上年结转与结转下年度一致')
    expect(text).toContain('结转衔接：1 组有空白或未读取的格，只核对了其余各列，核对到的一致')
  })
})
