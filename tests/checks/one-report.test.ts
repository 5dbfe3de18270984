// Each one-report check: a consistent report stays quiet; breaking one thing fires exactly that check.
import { describe, expect, it } from 'vitest'
import { checkReport } from '../../shared/checks/index'
import { DEFAULT_CHECK_SETTINGS } from '../../shared/checks/settings'
import type { Extraction } from '../../shared/model/extraction'
import type { Flag } from '../../shared/model/flag'
import { clone, makeReport, sectionText } from './make-report'

const run = (e: Extraction, settings = DEFAULT_CHECK_SETTINGS): Flag[] => checkReport({ id: 'r', extraction: e }, settings)
const ids = (e: Extraction) => run(e).map((f) => f.id)
const only = (e: Extraction, id: string): Flag => {
  const flags = run(e)
  expect(flags.map((f) => f.id)).toEqual([id])
  return flags[0]!
}

describe('the consistent report', () => {
  it('raises nothing (2021 template, department)', () => expect(run(makeReport())).toEqual([]))
  it('raises nothing (2019 template)', () => expect(run(makeReport({ template: '2019' }))).toEqual([]))
  it('raises nothing (county government)', () =>
    expect(run(makeReport({ agency: '云溪市人民政府', publishedOn: '2023-03-20' }))).toEqual([]))
})

describe('table 三 arithmetic', () => {
  it('REQUESTS_HANDLED_TOTAL names the columns with both sums', () => {
    const e = makeReport()
    e.report.requests.rows.handledTotal = [8, 2, 0, 0, 0, 0, 11]
    e.report.requests.rows.carriedForward = [3, 0, 0, 0, 0, 0, 2] // keep 一+二 = 七+四 in 自然人
    const flags = run(e)
    const f = flags.find((x) => x.id === 'REQUESTS_HANDLED_TOTAL')!
    expect(f.severity).toBe('error')
    expect(f.message).toContain('自然人列 各项合计 9，总计栏 8')
    const ev = f.evidence[0]!
    expect(ev).toMatchObject({ kind: 'cell', table: 'requests', row: 'handledTotal', columns: [0], values: [8] })
  })

  it('REQUESTS_IDENTITY fires when 一+二 ≠ 七+四', () => {
    const e = makeReport()
    e.report.requests.rows.carriedOver = [2, 0, 0, 0, 0, 0, 2]
    const f = only(e, 'REQUESTS_IDENTITY')
    expect(f.message).toContain('自然人列 一+二 = 10+2 = 12，三（七）+四 = 9+2 = 11')
    expect(f.message).toContain('总计列')
    expect(f.evidence.map((x) => (x.kind === 'cell' && x.table === 'requests' ? x.row : ''))).toEqual(['received', 'carriedOver', 'handledTotal', 'carriedForward'])
  })

  it('REQUESTS_ROW_TOTAL fires on a row whose 总计 is not the sum of the six columns', () => {
    const e = makeReport()
    e.report.requests.rows['withheld.stateSecret'] = [1, 0, 0, 0, 0, 0, 0]
    const flags = run(e)
    const f = flags.find((x) => x.id === 'REQUESTS_ROW_TOTAL')!
    expect(f.message).toContain('（三）1.属于国家秘密 六类申请人合计 1，总计栏 0')
    // the applicant-column sum of outcomes now breaks too
    expect(flags.map((x) => x.id)).toContain('REQUESTS_HANDLED_TOTAL')
  })

  it('uses the single 2019 （六） row, or the three 2021 rows', () => {
    const e2019 = makeReport({ template: '2019' })
    e2019.report.requests.rows.otherHandling = [1, 0, 0, 0, 0, 0, 1]
    expect(ids(e2019)).toContain('REQUESTS_HANDLED_TOTAL')
    const e2021 = makeReport()
    e2021.report.requests.rows['otherHandling.feeUnpaid'] = [1, 0, 0, 0, 0, 0, 1]
    expect(ids(e2021)).toContain('REQUESTS_HANDLED_TOTAL')
  })

  it('NOT_HELD_SHARE fires above the threshold (info) and follows the setting', () => {
    const e = makeReport()
    const r = e.report.requests.rows
    r['unavailable.notHeld'] = [4, 1, 0, 0, 0, 0, 5]
    r.granted = [2, 1, 0, 0, 0, 0, 3]
    const f = only(e, 'NOT_HELD_SHARE')
    expect(f.severity).toBe('info')
    expect(f.message).toContain('5 件，占办理结果总计 11 件的 45.5%')
    expect(run(e, { ...DEFAULT_CHECK_SETTINGS, notHeldShare: 0.5 })).toEqual([])
  })
})

describe('blank cells', () => {
  it('TABLE_CELL_BLANK names the cells and the arithmetic resting on them is skipped', () => {
    const e = makeReport()
    e.report.requests.rows.carriedForward = [2, 0, 0, 0, 0, 0, null]
    e.report.reviewLitigation.review = [2, 0, 1, 0, null]
    const flags = run(e)
    expect(flags.map((f) => f.id)).toEqual(['TABLE_CELL_BLANK'])
    const f = flags[0]!
    expect(f.severity).toBe('warning')
    expect(f.message).toContain('四、结转下年度继续办理 总计栏')
    expect(f.message).toContain('行政复议 总计栏')
    expect(f.evidence[0]).toMatchObject({ row: 'carriedForward', columns: [6], values: [null] })
  })

  it('a cell the extractor left unread (its row has a 未读取 note) is not called blank by the report', () => {
    const e = makeReport()
    e.report.requests.rows.carriedForward = [2, 0, 0, 0, 0, 0, null]
    e.notes.push({ field: 'requests.carriedForward', message: '表三「四、结转下年度继续办理」行总计栏疑为脚注标记粘连，未读取。' })
    expect(ids(e)).toEqual(['TABLE_UNREADABLE'])
    const e2 = makeReport()
    e2.report.requests.rows.carriedForward = [2, 0, 0, 0, 0, 0, null]
    e2.notes.push({ field: 'requests.carriedForward', message: '表三「四、结转下年度继续办理」行未见行名，按其位置读取。' })
    expect(ids(e2)).toContain('TABLE_CELL_BLANK')
  })

  it('a blank cell is never read as 0: a wrong neighbour in another column still fires', () => {
    const e = makeReport()
    e.report.requests.rows.carriedForward = [3, 0, 0, 0, 0, 0, null]
    const flags = run(e)
    expect(flags.map((f) => f.id).sort()).toEqual(['REQUESTS_IDENTITY', 'TABLE_CELL_BLANK'])
    expect(flags.find((f) => f.id === 'REQUESTS_IDENTITY')!.message).not.toContain('总计列')
  })

  it('TABLE_UNREADABLE comes from the extractor notes on table rows (info)', () => {
    const e = makeReport()
    e.notes.push({ field: 'requests.granted', message: '“予以公开”一行数字粘连，无法唯一拆分' })
    const f = only(e, 'TABLE_UNREADABLE')
    expect(f.severity).toBe('info')
    expect(f.message).toContain('无法唯一拆分')
    const e2 = makeReport()
    e2.notes.push({ field: 'publishedOn', message: '未找到落款日期' })
    e2.notes.push({ field: 'requests.granted', message: '表三「granted」行未见行名，按其位置读取。' })
    expect(run(e2)).toEqual([])
  })
})

describe('table 四', () => {
  it('REVIEW_TOTAL fires when a 总计 is not the sum of its four columns', () => {
    const e = makeReport()
    e.report.reviewLitigation.litigationAfterReview = [1, 0, 0, 0, 0]
    const f = only(e, 'REVIEW_TOTAL')
    expect(f.message).toContain('行政诉讼（复议后起诉） 维持 1+纠正 0+其他 0+尚未审结 0 = 1，总计栏 0')
    expect(f.evidence[0]).toMatchObject({ table: 'reviewLitigation', row: 'litigationAfterReview', columns: [0, 1, 2, 3, 4] })
  })

  it('CORRECTED_CASES fires on 结果纠正 > 0', () => {
    const e = makeReport()
    e.report.reviewLitigation.review = [1, 1, 1, 0, 3]
    const f = only(e, 'CORRECTED_CASES')
    expect(f.severity).toBe('warning')
    expect(f.message).toContain('行政复议 结果纠正 1 件')
  })

  it('CORRECTED_CASES fires on a prose mention of a lost case, not on a negated one or a plan', () => {
    const mention = makeReport()
    mention.sectionText.overview = sectionText('一、总体情况\n对因政府信息公开引起的行政诉讼败诉案件启动责任追究程序。工作考核、社会评议照常开展。')
    expect(ids(mention)).toContain('CORRECTED_CASES')
    const negated = makeReport()
    negated.sectionText.overview = sectionText(
      '一、总体情况\n全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。该行政复议件未被复议审查机关纠错。有效降低行政复议纠错率。' +
        '对于依申请败诉的单位，按照考核细则扣分。落实工作考核、社会评议和责任追究。',
    )
    expect(ids(negated)).not.toContain('CORRECTED_CASES')
    const zero = makeReport()
    zero.sectionText.overview = sectionText('一、总体情况\n行政复议被纠错 0 件，行政诉讼败诉数为零。落实工作考核、社会评议和责任追究。')
    expect(ids(zero)).not.toContain('CORRECTED_CASES')
    const ten = makeReport()
    ten.sectionText.overview = sectionText('一、总体情况\n行政诉讼败诉 10 件。落实工作考核、社会评议和责任追究。')
    expect(ids(ten)).toContain('CORRECTED_CASES')
  })
})

describe('NARRATIVE_TABLE_MISMATCH', () => {
  it('fires when the stated requests received differ from 一、本年新收 总计', () => {
    const e = makeReport()
    e.report.metrics.requestsReceived = 15
    const f = only(e, 'NARRATIVE_TABLE_MISMATCH')
    expect(f.message).toContain('正文 15，表格 12')
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'cell', row: 'received', columns: [6], values: [12] }))
  })

  it('reads other quantities from the prose: normative documents, handled, carried forward', () => {
    const e = makeReport()
    e.sectionText.overview = sectionText(
      '一、总体情况\n本年度共收到政府信息公开申请12件，办结10件，结转下年度继续办理2件。全年制发行政规范性文件7件。落实工作考核、社会评议和责任追究。',
    )
    const f = only(e, 'NARRATIVE_TABLE_MISMATCH')
    expect(f.message).toContain('办结申请数（三（七）总计） 正文 10，表格 11')
    expect(f.message).toContain('行政规范性文件制发数（表二） 正文 7，表格 5')
    expect(f.message).not.toContain('结转下年度数')
  })

  it('does not read an outcome or a carried-forward count as the number handled', () => {
    const e = makeReport()
    e.sectionText.requests = sectionText(
      '三、收到和处理政府信息公开申请情况\n所有办结的信息公开\n申请中同意公开答复 6 件，部分公开答复 2 件，转下一\n年度办理答复的有 2 件。',
    )
    expect(run(e)).toEqual([])
    e.sectionText.requests = sectionText('三、收到和处理政府信息公开申请情况\n转下一年度办理答复的有 3 件。')
    expect(only(e, 'NARRATIVE_TABLE_MISMATCH').message).toContain('结转下年度数（四、结转下年度继续办理 总计） 正文 3，表格 2')
  })

  it('does not compare a sentence about part of the body or another year', () => {
    const e = makeReport()
    e.report.metrics.requestsReceived = null
    e.sectionText.overview = sectionText(
      '一、总体情况\n全市共受理政府信息公开申请12件，其中市政府共受理申请5件；市政府被提起行政复议1件。2021年共收到申请30件。落实工作考核、社会评议和责任追究。',
    )
    expect(run(e)).toEqual([])
  })

  it('skips a blank table cell', () => {
    const e = makeReport()
    e.report.metrics.requestsReceived = 15
    e.report.requests.rows.received = [10, 2, 0, 0, 0, 0, null]
    expect(ids(e)).not.toContain('NARRATIVE_TABLE_MISMATCH')
  })
})

describe('structure', () => {
  it('STRUCTURE_SECTION_MISSING names the missing section', () => {
    const e = makeReport()
    e.report.sections = e.report.sections.filter((s) => s !== 'reviewLitigation')
    const f = only(e, 'STRUCTURE_SECTION_MISSING')
    expect(f.message).toContain('四、政府信息公开行政复议、行政诉讼情况')
  })

  it('STRUCTURE_TEMPLATE_MISMATCH: 2019 template on a 2022 report, 2021 template on 2020, single （六） row in 2023', () => {
    const old = makeReport({ template: '2019', year: 2022 })
    expect(ids(old)).toContain('STRUCTURE_TEMPLATE_MISMATCH')
    const newer = makeReport({ template: '2021', year: 2020 })
    expect(ids(newer)).toContain('STRUCTURE_TEMPLATE_MISMATCH')
    const hybrid = makeReport({ year: 2023 })
    const rows = hybrid.report.requests.rows
    delete rows['otherHandling.noCorrection']
    delete rows['otherHandling.feeUnpaid']
    delete rows['otherHandling.other']
    rows.otherHandling = [0, 0, 0, 0, 0, 0, 0]
    const f = only(hybrid, 'STRUCTURE_TEMPLATE_MISMATCH')
    expect(f.message).toContain('只有一行')
  })

  it('STRUCTURE_GOV_ITEMS_MISSING: a 人民政府 must mention 工作考核, 社会评议 and 责任追究; a department need not', () => {
    const gov = makeReport({ agency: '白鹭镇人民政府' })
    gov.sectionText.overview = sectionText('一、总体情况\n本年度共收到政府信息公开申请12件。严格落实工作考核制度。')
    const f = only(gov, 'STRUCTURE_GOV_ITEMS_MISSING')
    expect(f.message).toContain('社会评议、责任追究')
    const dept = clone(gov)
    dept.report.agency = '云溪市教育局'
    expect(run(dept)).toEqual([])
    const office = clone(gov)
    office.report.agency = '上海市人民政府办公厅'
    office.report.publishedOn = '2023-01-20'
    expect(run(office)).toEqual([])
  })

  it('FEE_NOT_REPORTED for 2021+ when section 六 is silent on fees; not for 2020', () => {
    const e = makeReport()
    e.sectionText.other = sectionText('六、其他需要报告的事项\n本单位无其他需要报告的事项。')
    const f = only(e, 'FEE_NOT_REPORTED')
    expect(f.evidence[0]).toMatchObject({ kind: 'text', section: 'other' })
    const e2020 = makeReport({ template: '2019' })
    e2020.sectionText.other = sectionText('六、其他需要报告的事项\n无。')
    expect(run(e2020)).toEqual([])
  })

  it('PROBLEMS_EMPTY for boilerplate or 无; not for concrete problems', () => {
    const e = makeReport()
    e.sectionText.problems = sectionText(
      '五、存在的主要问题及改进情况\n2022年，我局政府信息公开工作运行平稳，暂未发现需要报告的突出问题。下一步，我局将继续认真贯彻落实《条例》要求，不断提升政府信息公开工作水平。',
    )
    expect(only(e, 'PROBLEMS_EMPTY').message).toContain('套话')
    const none = makeReport()
    none.sectionText.problems = sectionText('五、存在的主要问题及改进情况\n无。')
    expect(only(none, 'PROBLEMS_EMPTY').message).toContain('只写“无。”')
  })

  it('PROBLEMS_EMPTY does not take a problem stated with 无/没有 in it for "no problem"', () => {
    const e = makeReport()
    e.sectionText.problems = sectionText(
      '五、存在的主要问题及改进情况\n一是部分栏目没有及时更新的问题。二是依申请公开平台无法满足群众查询需求的问题。',
    )
    expect(ids(e)).not.toContain('PROBLEMS_EMPTY')
    const clean = makeReport()
    clean.sectionText.problems = sectionText('五、存在的主要问题及改进情况\n本年度不存在明显不足。')
    expect(ids(clean)).toContain('PROBLEMS_EMPTY')
  })
})

describe('PUBLISHED_LATE', () => {
  it('departments and 乡镇 by 31 January, a county government by 31 March', () => {
    expect(ids(makeReport({ publishedOn: '2023-02-01' }))).toEqual(['PUBLISHED_LATE'])
    expect(ids(makeReport({ agency: '白鹭镇人民政府', publishedOn: '2023-02-24' }))).toContain('PUBLISHED_LATE')
    expect(ids(makeReport({ agency: '云溪市人民政府', publishedOn: '2023-03-31' }))).toEqual([])
    const late = run(makeReport({ agency: '云溪市人民政府', publishedOn: '2023-04-06' }))
    expect(late.map((f) => f.id)).toEqual(['PUBLISHED_LATE'])
    expect(late[0]!.message).toContain('2023年4月6日')
    expect(late[0]!.message).toContain('逾期 6 天')
  })
  it('no date, no flag; the deadline is a setting', () => {
    expect(ids(makeReport({ publishedOn: null }))).toEqual([])
    const e = makeReport({ publishedOn: '2023-02-10' })
    expect(run(e, { ...DEFAULT_CHECK_SETTINGS, deadlineDepartment: '02-15' })).toEqual([])
  })
})

describe('PUBLISHED_BEFORE_YEAR_END (review hr34 O2)', () => {
  it('a report signed before its own year is over: its year or its date is wrong', () => {
    const early = run(makeReport({ year: 2023, publishedOn: '2023-01-20' }))
    expect(early.map((f) => f.id)).toEqual(['PUBLISHED_BEFORE_YEAR_END'])
    expect(early[0]!.message).toContain('报告年度为 2023 年，落款日期 2023年1月20日')
    expect(ids(makeReport({ year: 2023, publishedOn: '2022-12-30' }))).toEqual(['PUBLISHED_BEFORE_YEAR_END'])
  })
  it('signed after the year (or on its last day), no date, or no year: no flag', () => {
    expect(ids(makeReport({ year: 2023, publishedOn: '2024-01-20' }))).toEqual([])
    expect(ids(makeReport({ year: 2023, publishedOn: '2023-12-31' }))).toEqual([])
    expect(ids(makeReport({ year: 2023, publishedOn: null }))).toEqual([])
    const yearless = makeReport({ year: 2023, publishedOn: '2023-01-20' })
    yearless.report.year = null
    expect(ids(yearless)).not.toContain('PUBLISHED_BEFORE_YEAR_END')
  })
})

describe('legacy reports', () => {
  it('get no template, section or table checks', () => {
    const e = makeReport({ template: 'legacy', year: 2017, publishedOn: '2018-03-01' })
    e.report.sections = ['overview']
    e.report.requests.rows.handledTotal = [1, 2, 3, 4, 5, 6, 7]
    expect(run(e)).toEqual([])
    e.report.publishedOn = '2018-04-02'
    expect(ids(e)).toEqual(['PUBLISHED_LATE'])
    // The old 条例's deadline is the government setting too: the message names the date used, once.
    const later = run(e, { ...DEFAULT_CHECK_SETTINGS, deadlineGovernment: '03-15' })[0]!
    expect(later.message).toBe('报告落款日期 2018年4月2日 晚于原条例规定的发布期限 2018年3月15日，逾期 18 天。')
  })
})

describe('INDEX_RANK_DROP (from the prose alone)', () => {
  it('fires on a negative stated change', () => {
    const e = makeReport()
    Object.assign(e.report.metrics, { indexRank: 25, indexRankOf: 85, indexRankChange: -3 })
    expect(only(e, 'INDEX_RANK_DROP').message).toContain('下降 3 个名次')
    Object.assign(e.report.metrics, { indexRankChange: 4 })
    expect(run(e)).toEqual([])
  })
})
