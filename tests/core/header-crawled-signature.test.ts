// A crawled page runs the report's whole body into one line, the signature (body and date) at its
// end (review 9 F11: publishedOn was never found in crawled text, so the late-report check had no date).
import { describe, expect, it } from 'vitest'
import { extractHeader } from '../../shared/extract/header'

describe('the signature at the end of a one-line body', () => {
  it('gives the date (and no date is taken from a sentence inside the body)', () => {
    const body = '梅山县卫生健康委员会2022年政府信息公开工作年度报告 一、总体情况 2022年，本委于2022年3月1日召开专题会议。 六、其他需要报告的事项 本年度未收取信息处理费。 梅山县卫生健康委员会 2023年1月15日'
    expect(extractHeader([body]).publishedOn).toBe('2023-01-15')
    const unsigned = '梅山县卫生健康委员会2022年政府信息公开工作年度报告 一、总体情况 本委于2023年1月15日召开专题会议，部署公开工作。'
    expect(extractHeader([unsigned]).publishedOn).toBeNull()
  })
})
