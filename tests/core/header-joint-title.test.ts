// A title naming two bodies 「A、B…年度报告」 (review 12 R12-4: A's report, then B's, under one joint title).
// Before, the agency was the merged name 「A、B」, which is no body, while the figures were A's.
import { describe, expect, it } from 'vitest'
import { extractHeader } from '../../shared/extract/header'

const body = ['一、总体情况', '本年度依法做好政务公开工作。', '六、其他需要报告的事项', '本年度未收取信息处理费。']

describe('a joint title 「A、B…年度报告」', () => {
  it('takes the body the 落款 names alone, when it is one of the title\'s', () => {
    const h = extractHeader(['青禾街道办事处、东川市市场监督管理局2022年政府信息公开工作年度报告', ...body, '青禾街道办事处', '2023年1月25日'])
    expect(h.agency).toBe('青禾街道办事处')
    expect(h.year).toBe(2022)
    expect(h.agencyNote).toBeUndefined()
  })
  it('leaves the agency empty with a note when the 落款 names none of them alone', () => {
    const h = extractHeader(['青禾街道办事处、东川市市场监督管理局2022年政府信息公开工作年度报告', ...body, '2023年1月25日'])
    expect(h.agency).toBeNull()
    expect(h.agencyNote).toContain('「青禾街道办事处、东川市市场监督管理局」')
  })
  it('a single body is read as before', () => {
    expect(extractHeader(['东川市市场监督管理局2022年政府信息公开工作年度报告', ...body, '2023年1月25日']).agency).toBe('东川市市场监督管理局')
  })
})
