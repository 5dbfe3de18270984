// Table 三's header in pdftotext -layout text of a LibreOffice PDF with the five organisation columns
// first (review rv13): 自然人 and 总计, tall merged cells, come out on a line above the organisation
// headings, so the lines' order looks like the template's; their indents show 自然人 right of 商业企业.
// Before requests-header-sides.ts the rows were read in the template's order, every applicant
// column moved (the table's sums hold under any order of the six).
import { describe, expect, it } from 'vitest'
import { requestColumnMap } from '../../shared/extract/requests-columns'

const header = (natural: string, orgs: string): string =>
  [
    '                                        申请人情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项 法人或其他组织',
    '之和）',
    natural,
    orgs,
    '                                                          其他',
    '                                        业   构   组织   机构',
  ].join('\n')

describe('table 三 header, indents against the lines\' order', () => {
  it('refuses where 自然人 stands right of 商业企业 but is read first', () => {
    const got = requestColumnMap(header('                                                                 自然人 总计', '                                        商业企 科研机 社会公益 法律服务'))
    expect(got.kind).toBe('refused')
  })

  it('keeps the template where 自然人 stands left of 商业企业', () => {
    const got = requestColumnMap(header('                          自然人                                 总计', '                                        商业企 科研机 社会公益 法律服务'))
    expect(got.kind).toBe('template')
  })
})
