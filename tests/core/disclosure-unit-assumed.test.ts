// Section 二 amounts with no unit printed anywhere (review rv19b W8): the 2019 template's 采购总金额 and
// some 2021 fee headers print none. 万元 is assumed only with a note saying so; a whole number of seven
// digits or more (a million 万元 = 100 亿元) is no plausible total in 万元 — most likely 元 — and is left
// empty with a note (before: 30568000 was stored as 30568000 万元).
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const proc = (head: string, cell: string): string => ['第二十条第（九）项', `信息内容 采购项目数量 ${head}`, `政府集中采购 12 ${cell}`].join('\n')
const fee = (head: string, cell: string): string => ['第二十条第（一）项', '信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 0 0 0', '第二十条第（八）项', `信息内容 ${head}`, `行政事业性收费 ${cell}`].join('\n')

describe('section 二 amounts with no unit', () => {
  for (const big of ['1000000', '30568000', '2137900', '123456789']) {
    it(`leaves ${big} with no unit empty, with a note (2019 procurement and 2021 fee)`, () => {
      const p = parseActiveDisclosure(proc('采购总金额', big))
      expect(p.table.procurement).toEqual({ projects: 12, amountWanYuan: null })
      expect(p.notes.some((n) => n.field === 'activeDisclosure.procurement' && n.message.includes('单位'))).toBe(true)
      const f = parseActiveDisclosure(fee('本年收费金额', big))
      expect(f.table.fees).toEqual({ amountWanYuan: null })
      expect(f.notes.some((n) => n.field === 'activeDisclosure.fees' && n.message.includes('单位'))).toBe(true)
    })
  }
  for (const small of ['3056.8', '999999', '213.97', '0']) {
    it(`reads ${small} with no unit as 万元 and says it was assumed`, () => {
      const p = parseActiveDisclosure(proc('采购总金额', small))
      expect(p.table.procurement).toEqual({ projects: 12, amountWanYuan: Number(small) })
      expect(p.notes.some((n) => n.field === 'activeDisclosure.procurement' && n.message.includes('万元'))).toBe(true)
    })
  }
  it('a printed unit needs no note and is converted as before', () => {
    const p = parseActiveDisclosure(proc('采购总金额（万元）', '30568000'))
    expect(p.table.procurement).toEqual({ projects: 12, amountWanYuan: 30568000 })
    expect(p.notes.some((n) => n.field === 'activeDisclosure.procurement')).toBe(false)
    expect(parseActiveDisclosure(proc('采购总金额（元）', '30568000')).table.procurement).toEqual({ projects: 12, amountWanYuan: 3056.8 })
  })
})
