// Prose figures that state only a part, or another year's (review rv17c): a count of requests of
// part of the year, of one channel or of another body, in every wording the reader knows; a total
// whose parts name the year's 新收; a rank of last year's evaluation. Each is null with a note, or
// the 新收 part; the controls beside them must still read.
import { describe, expect, it } from 'vitest'
import { extractMetrics } from '../../shared/extract/metrics'

const YEAR = 2022
const COUNTY = '某县人民政府'

const requests = (text: string, agency: string | null = COUNTY) => {
  const r = extractMetrics(text, YEAR, agency)
  return { value: r.metrics.requestsReceived, notes: r.notes.filter((n) => n.field === 'metrics.requestsReceived').map((n) => n.message) }
}

/** Every wording of the year's requests, with `part` where the clause before the verb opens. */
const WORDINGS: ((part: string) => string)[] = [
  (p) => `${p}收到政府信息公开申请30件。`,
  (p) => `${p}接收公民、法人和其他组织提出的各类政府信息公开申请共计30件。`,
  (p) => `${p}收到30件政府信息公开申请。`,
  (p) => `${p}受理依申请公开30件。`,
  (p) => `依申请公开方面，${p}共受理30件。`,
  (p) => `${p}受理政府信息公开申请同比增加12件，共30件。`,
  (p) => `${p}办理政府信息公开申请34件，其中新收30件。`,
  (p) => `${p}受理政府信息公开申请34件，其中新收30件，上年结转4件。`,
]

/** A part of the year, a channel, another body: with the word the note must name. */
const PARTS: [string, string][] = [
  ['上半年', '上半年'],
  ['第四季度', '季度'],
  ['截至11月底', '截至'],
  ['通过网络平台', '通过网络平台'],
  ['网上', '网上'],
  ['县自然资源局', '县自然资源局'],
  ['城关镇', '城关镇'],
]

describe('requests: a part count in any wording is not the year\'s', () => {
  for (const [i, wording] of WORDINGS.entries()) {
    it(`wording ${i + 1}: every wording reads the whole year's count`, () => {
      expect(requests(wording('全年')).value).toBe(30)
    })
    for (const [part, named] of PARTS) {
      it(`wording ${i + 1} with ${part}: null, with a note naming it`, () => {
        const got = requests(wording(part))
        expect(got.value).toBeNull()
        expect(got.notes.some((n) => n.includes(named) && n.includes('未读取'))).toBe(true)
      })
    }
    it(`wording ${i + 1} with another year: null`, () => {
      expect(requests(wording('2021年')).value).toBeNull()
    })
  }

  it('the notes say why (a part of the year, a channel, another body)', () => {
    expect(requests('上半年收到政府信息公开申请30件。').notes).toEqual([
      '正文所述政府信息公开申请数“收到政府信息公开申请30件”只是“上半年”这一时段的申请数，不是全年新收申请数，未读取。（原句：上半年收到政府信息公开申请30件。）',
    ])
    expect(requests('通过网络平台收到政府信息公开申请30件。').notes[0]).toContain('只是“通过网络平台”这一渠道的申请数')
    expect(requests('县自然资源局受理政府信息公开申请20件。').notes[0]).toContain('只是“县自然资源局”（不是本报告的机关“某县人民政府”）的申请数')
  })

  it("a department's own report names itself, or 本局: read", () => {
    expect(requests('县自然资源局受理政府信息公开申请20件。', '某县自然资源局').value).toBe(20)
    expect(requests('本局受理政府信息公开申请20件。', '某县自然资源局').value).toBe(20)
    expect(requests('2022年，我委共收到政府信息公开申请20件。', '某区卫生健康委员会').value).toBe(20)
  })

  it('a body named where the report\'s body is unknown: not judged (it may be the report\'s own)', () => {
    expect(requests('2022年区统计局收到政府信息公开申请0件。', null).value).toBe(0)
  })

  it("the government's office acting for it, the whole area, a whole-year span: read", () => {
    expect(requests('2022年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。', '某区人民政府').value).toBe(17)
    expect(requests('全县各级行政机关共受理政府信息公开申请21件。').value).toBe(21)
    expect(requests('2022年1月至12月共受理政府信息公开申请50件。').value).toBe(50)
    expect(requests('2022年1-12月共受理政府信息公开申请50件。').value).toBe(50)
  })

  it('all channels together, a whole-year span with its year repeated: the whole year, read (review rv18b)', () => {
    expect(requests('通过各种渠道共受理政府信息公开申请50件。')).toEqual({ value: 50, notes: [] })
    expect(requests('线上线下共受理政府信息公开申请50件。')).toEqual({ value: 50, notes: [] })
    expect(requests('2022年1月1日至2022年12月31日共受理政府信息公开申请50件。')).toEqual({ value: 50, notes: [] })
    // A list of channels may be one part of several; a count up to a day may run over years; 11月至12月
    // is no whole year (review rv18c b07, c01, c05).
    expect(requests('通过网上、信函等方式受理政府信息公开申请30件，当面受理20件。').value).toBeNull()
    expect(requests('截至12月31日累计受理政府信息公开申请500件。').value).toBeNull()
    expect(requests('11月至12月受理政府信息公开申请8件。').value).toBeNull()
    expect(requests('线上受理政府信息公开申请30件，线下受理20件。').value).toBeNull()
    // A time phrase in its own clause; a running total since a date or with no year named (review rv18c b05, c03, d09).
    expect(requests('2022年11月1日至12月31日，共受理政府信息公开申请8件。').value).toBeNull()
    expect(requests('累计受理政府信息公开申请500件。').value).toBeNull()
    expect(requests('截至12月31日，自条例施行以来累计受理政府信息公开申请500件。').value).toBeNull()
    // Controls: the year named with the running total; a whole-year span in its own clause.
    expect(requests('全年累计受理政府信息公开申请50件。').value).toBe(50)
    expect(requests('2022年1月1日至12月31日，共受理政府信息公开申请50件。').value).toBe(50)
    // Controls: one channel, a span of another year or over two years, a date before the year's end.
    expect(requests('通过网上共受理政府信息公开申请50件。').value).toBeNull()
    expect(requests('2021年1月1日至2021年12月31日共受理政府信息公开申请50件。').value).toBeNull()
    expect(requests('2022年1月1日至2023年12月31日共受理政府信息公开申请50件。').value).toBeNull()
    expect(requests('截至11月30日共受理政府信息公开申请50件。').value).toBeNull()
  })

  it("a part beside the whole year's count: the whole year's is read", () => {
    expect(requests('县政府办公室收到政府信息公开申请同比增加2件，共20件；全县共收到政府信息公开申请50件。').value).toBe(50)
    expect(requests('上半年收到政府信息公开申请30件。全年共收到政府信息公开申请50件。')).toEqual({ value: 50, notes: [] })
  })
})

describe('requests: a total whose parts name 新收', () => {
  it('reads the 新收 part, not the total with last year\'s carried over', () => {
    expect(requests('共受理政府信息公开申请54件，其中新收50件，上年结转4件。').value).toBe(50)
    expect(requests('共收到政府信息公开申请54件（其中本年新收50件、上年结转4件）。').value).toBe(50)
  })

  it("reads the report year's 新收 where the parts name years, in either order", () => {
    expect(requests('共受理政府信息公开申请54件，其中2022年新收50件，2021年新收4件。').value).toBe(50)
    expect(requests('共受理政府信息公开申请54件，其中2021年新收4件，2022年新收50件。').value).toBe(50)
  })

  it('with no total, or the total after the parts, in any order', () => {
    expect(requests('共受理政府信息公开申请，其中上年结转4件，新收50件，共54件。').value).toBe(50)
    expect(requests('共办理政府信息公开申请54件，其中2021年新收4件，2022年新收50件。').value).toBe(50)
    expect(requests('第四季度受理政府信息公开申请，其中新收12件，上年结转4件，共16件。').value).toBeNull()
  })

  it('null with a note where no 新收 part is the report year\'s', () => {
    const got = requests('共受理政府信息公开申请54件，其中2021年新收4件，2020年新收50件。')
    expect(got.value).toBeNull()
    expect(got.notes[0]).toContain('不是本年新收申请数')
  })

  it('controls: the year\'s count as printed', () => {
    expect(requests('全年共收到政府信息公开申请50件。').value).toBe(50)
    expect(requests('本年度新收政府信息公开申请50件，上年结转4件。').value).toBe(50)
    // Parts naming no 新收: the total as the prose states it (the narrative check compares it with the table).
    expect(requests('受理政府信息公开申请54件，其中上年结转4件。').value).toBe(54)
    expect(requests('受理政府信息公开申请166件（含上年结转5件）。').value).toBe(166)
    expect(requests('全年共办理政府信息公开申请928件，其中本年新收903件、上年结转25件。').value).toBe(903)
  })
})

describe('requests: the parts of a total end where another subject opens (review rv18b)', () => {
  it("a 新收 of another kind, body, year or channel later in the sentence is not the total's part: the total as printed", () => {
    for (const other of [
      '受理行政复议申请10件，其中新收8件',
      '下属单位共受理政府信息公开申请30件，其中新收28件',
      '2021年受理政府信息公开申请40件，其中新收36件',
      '12345热线转办，其中新收20件',
      '因政府信息公开引发行政复议，其中新收2件',
      '另受理政务咨询，其中新收120件',
    ]) {
      expect(requests(`共受理政府信息公开申请54件，其中上年结转4件，${other}。`), other).toEqual({ value: 54, notes: [] })
    }
  })

  it('with no total (parts-only wording), another subject\'s 新收 reads nothing', () => {
    expect(requests('共受理政府信息公开申请，其中上年结转4件，各乡镇共受理政府信息公开申请30件，其中新收28件。').value).toBeNull()
    expect(requests('共受理政府信息公开申请，其中上年结转4件，2021年同期受理40件，其中新收36件。').value).toBeNull()
  })

  it('a bracket ends a part; a colon after 其中 is allowed', () => {
    expect(requests('共受理政府信息公开申请54件，其中新收50件（其中网上新收30件）。')).toEqual({ value: 50, notes: [] })
    expect(requests('共受理政府信息公开申请54件，其中：新收50件，上年结转4件。')).toEqual({ value: 50, notes: [] })
  })

  it('controls: the 新收 part right after 其中 is still read', () => {
    expect(requests('共受理政府信息公开申请54件，其中新收50件，上年结转4件。').value).toBe(50)
    expect(requests('共受理政府信息公开申请54件，其中2022年新收50件，2021年新收4件。').value).toBe(50)
    expect(requests('共受理政府信息公开申请54件，其中上年结转4件，新收50件，另受理政务咨询12件。').value).toBe(50)
    // A channel's own count, or 新收 with its verb, is still a part of the total (review rv18c d03, d02, a09).
    expect(requests('共受理政府信息公开申请54件，其中网上受理30件，新收50件。').value).toBe(50)
    expect(requests('共受理政府信息公开申请54件，其中依申请公开平台接收30件，新收50件，上年结转4件。').value).toBe(50)
    expect(requests('共受理政府信息公开申请54件，其中新收受理50件，上年结转4件。').value).toBe(50)
    // A 新收 clause that is not a clean part and opens no other subject: still refused, with a note.
    const unclear = requests('共受理政府信息公开申请54件，其中上年结转4件，新收信访件50件。')
    expect(unclear.value).toBeNull()
    expect(unclear.notes[0]).toContain('没有本年度的确切数字')
  })
})

describe("index rank: last year's evaluation", () => {
  const rank = (text: string) => {
    const r = extractMetrics(text, YEAR, COUNTY)
    const { indexRank, indexRankOf, indexRankChange } = r.metrics
    return { indexRank, indexRankOf, indexRankChange, notes: r.notes.filter((n) => n.field.startsWith('metrics.indexRank')).map((n) => n.message) }
  }

  it('上年度… in the sentence before the rank: nothing read, with a note', () => {
    const got = rank('上年度全省政务公开评估中，在89个县（市、区）中排名第10位。')
    expect([got.indexRank, got.indexRankOf]).toEqual([null, null])
    expect(got.notes[0]).toContain('是上年度的排名，不是本年度的，未读取')
  })

  it("this year's sentence after last year's wins, last year's count not taken", () => {
    const got = rank('上年度全省政务公开评估中，在89个县（市、区）中排名第10位。本年度全省政务公开指数评估中排名第6位。')
    expect([got.indexRank, got.indexRankOf, got.indexRankChange]).toEqual([6, null, null])
  })

  it('a year before the report\'s as the time of the sentence (「2021年，」): last year\'s', () => {
    const got = rank('2021年，在全省89个县（市、区）政务公开指数评估中排名第10位。')
    expect([got.indexRank, got.indexRankOf]).toEqual([null, null])
    expect(got.notes[0]).toContain('是2021年的排名')
  })

  it('controls: the evaluated year named with the evaluation, this year\'s sentence, a comparison clause', () => {
    const evaluated = rank('在2021年度全省政务公开指数评估中排名第10位。')
    expect(evaluated.indexRank).toBe(10)
    expect(evaluated.notes[0]).toContain('2021 年度评估的名次')
    expect(rank('2022年，本局在全省政务公开指数评估中位列第15名（共90个单位），较上年下降3个名次。')).toMatchObject({ indexRank: 15, indexRankOf: 90, indexRankChange: -3 })
    expect(rank('较上年，政务公开指数排名提升3位，位列第15位。')).toMatchObject({ indexRank: 15, indexRankChange: 3 })
    expect(rank('2021年，本县政务公开工作稳步推进；本年度全省政务公开指数评估中排名第6位。').indexRank).toBe(6)
  })

  it("a year other than the report's in brackets after the rank, or this year's result not out: not this year's (review rv18b)", () => {
    const bracket = rank('在全省政务公开评估中，我县排名第10位（2021年度），本年度评估结果尚未公布。')
    expect(bracket.indexRank).toBeNull()
    expect(bracket.notes[0]).toContain('是2021年的排名，不是本年度的，未读取')
    expect(rank('我县在全省政务公开评估中排名第10位（2021年）。').indexRank).toBeNull()
    const notOut = rank('在全省政务公开评估中，我县排名第10位，本年度评估结果尚未公布。')
    expect(notOut.indexRank).toBeNull()
    expect(notOut.notes[0]).toContain('不是本年度的，未读取')
  })

  it("controls: the report's own year in brackets, another year's result not out: read", () => {
    expect(rank('我县在全省政务公开评估中排名第10位（2022年度）。').indexRank).toBe(10)
    expect(rank('我县在全省政务公开评估中排名第6位，2023年度评估结果尚未公布。').indexRank).toBe(6)
    expect(rank('我县在全省政务公开评估中排名第6位，本年度详细得分尚未公布。').indexRank).toBe(6)
    expect(rank('我县在全省政务公开评估中排名第6位（较2021年度上升4位）。').indexRank).toBe(6)
  })

  it('other bracketed or dashed years after the rank, and 上年度/去年: not this year\'s (review rv18c)', () => {
    for (const after of ['（2021年度评估）', '（2021年度考核）', '（为2021年度结果）', '——2021年度', '（上年度）', '（去年）'])
      expect(rank(`我县在全省政务公开评估中排名第10位${after}。`).indexRank).toBeNull()
  })
})
