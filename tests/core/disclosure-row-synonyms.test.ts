// Section 二 in the words real reports use (issue 10): a synonym of a template row or heading is read
// as it (行政审批, 收费, 政府采购, 地方政府规章; 决定数量, 本年制发), a look-alike never (部门规章,
// 其他规范性文件, 非行政许可审批, 行政确认; 累计制发, 累计决定), and traditional 減 keeps its sign.
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'
import { toSimplifiedForMatching } from '../../shared/extract/prose-text'

const lines = (...xs: string[]): string => xs.join('\n')
const A = (rules: string[] = ['规章 0 0 0', '行政规范性文件 5 1 40'], head = '本年制发件数 本年废止件数 现行有效件数'): string[] => ['第二十条第（一）项', `信息内容 ${head}`, ...rules]
const L = (rows: string[] = ['行政许可 550'], head = '本年处理决定数量'): string[] => ['第二十条第（五）项', `信息内容 ${head}`, ...rows]
const P = (rows: string[] = ['行政处罚 120', '行政强制 8'], head = '本年处理决定数量'): string[] => ['第二十条第（六）项', `信息内容 ${head}`, ...rows]
const F = (rows: string[] = ['行政事业性收费 35.6']): string[] => ['第二十条第（八）项', '信息内容 本年收费金额（单位：万元）', ...rows]
const y2021 = (a = A(), l = L(), p = P(), f = F()): string => lines(...a, ...l, ...p, ...f)
const y2019 = (procurement: string, fees = '行政事业性收费 9 减1', licensing = '行政许可 63 减7 1250'): string =>
  lines('第二十条第（一）项', '信息内容 本年新制作数量 本年新公开数量 对外公开总数量', '规章 0 0 0', '规范性文件 12 12 85', '第二十条第（五）项', '信息内容 上一年项目数量 本年增/减 处理决定数量', licensing, '其他对外管理服务事项 20 增3 410',
    '第二十条第（六）项', '信息内容 上一年项目数量 本年增/减 处理决定数量', '行政处罚 45 增2 230', '行政强制 6 0 15', '第二十条第（八）项', '信息内容 上一年项目数量 本年增/减', fees, '第二十条第（九）项', '信息内容 采购项目数量 采购总金额（万元）', procurement)
const messages = (got: { notes: { message: string }[] }): string[] => got.notes.map((n) => n.message)

describe('section 二 rows named by a synonym of the template row', () => {
  it('行政审批 is the 行政许可 row (2021), and no more a cell of 行政规范性文件', () => {
    const got = parseActiveDisclosure(y2021(A(), L(['行政审批 550'])))
    expect(got.table.licensing).toEqual({ decisions: 550 })
    expect(got.table.normativeDocs).toEqual({ issued: 5, repealed: 1, inForce: 40 })
    expect(messages(got)).toContain('表二「行政审批」行按模板的「行政许可」行读取（同一事项的另一种写法）。')
  })
  it('行政审批 is the 行政许可 row (2019, three cells)', () => {
    expect(parseActiveDisclosure(y2019('政府集中采购 36 1520.5', undefined, '行政审批 63 减7 1250')).table.licensing).toEqual({ lastYearItems: 63, change: -7, decisions: 1250 })
  })
  for (const label of ['收费', '行政收费', '收费项目']) {
    it(`${label} is the 行政事业性收费 row; the header's 本年收费金额 is no row`, () => {
      const got = parseActiveDisclosure(y2021(A(), L(), P(), F([`${label} 35.6`])))
      expect(got.table.fees).toEqual({ amountWanYuan: 35.6 })
      expect(got.table.enforcement).toEqual({ decisions: 8 })
    })
  }
  for (const label of ['集中采购', '政府采购']) {
    it(`${label} is the 政府集中采购 row`, () => {
      expect(parseActiveDisclosure(y2019(`${label} 36 1520.5`)).table.procurement).toEqual({ projects: 36, amountWanYuan: 1520.5 })
    })
  }
  it('地方政府规章 is the 规章 row', () => {
    expect(parseActiveDisclosure(y2021(A(['地方政府规章 2 0 14', '行政规范性文件 5 1 40']))).table.rules).toEqual({ issued: 2, repealed: 0, inForce: 14 })
  })
  it('a label with spaces inside (行 政 许 可)', () => {
    const got = parseActiveDisclosure(y2021(A(), L(['行 政 许 可 550']), P(['行 政 处 罚 120', '行 政 强 制 8'])))
    expect([got.table.licensing, got.table.penalties, got.table.enforcement]).toEqual([{ decisions: 550 }, { decisions: 120 }, { decisions: 8 }])
  })
})

describe('section 二 rows that look like a template row but are not it', () => {
  it('部门规章 is not read as 规章', () => {
    const got = parseActiveDisclosure(y2021(A(['部门规章 3 1 20', '行政规范性文件 5 1 40'])))
    // No 规章 row at all: the row is absent, with the note that says so.
    expect(got.table.rules).toBeUndefined()
    expect(messages(got)).toContain('表二未找到「规章」行，未读取。')
    expect(got.table.normativeDocs).toEqual({ issued: 5, repealed: 1, inForce: 40 })
    expect(messages(got)).toContain('表二有模板之外的「部门规章」行（3、1、20），不属于任何模板行，未读取。')
    // The row ends the header: 部门规章 is named as no column of the 规范性文件 row.
    expect(messages(got).some((m) => m.includes('栏「部门规章」'))).toBe(false)
  })
  it('部门规章 beside 规章: 规章 keeps its own cells', () => {
    expect(parseActiveDisclosure(y2021(A(['规章 0 0 0', '部门规章 3 1 20', '行政规范性文件 5 1 40']))).table.rules).toEqual({ issued: 0, repealed: 0, inForce: 0 })
  })
  it('其他规范性文件 is not read as 行政规范性文件, alone or beside it', () => {
    expect(parseActiveDisclosure(y2021(A(['规章 0 0 0', '其他规范性文件 7 2 33']))).table.normativeDocs).toBeUndefined()
    expect(parseActiveDisclosure(y2021(A(['规章 0 0 0', '行政规范性文件 5 1 40', '其他规范性文件 7 2 33']))).table.normativeDocs).toEqual({ issued: 5, repealed: 1, inForce: 40 })
  })
  it('非行政许可审批 is not 行政许可, nor is 行政审批 printed beside a 行政许可 row', () => {
    expect(parseActiveDisclosure(y2021(A(), L(['行政许可 550', '非行政许可审批 12']))).table.licensing).toEqual({ decisions: 550 })
    const got = parseActiveDisclosure(y2021(A(), L(['行政审批 12', '行政许可 550'])))
    expect(got.table.licensing).toEqual({ decisions: 550 })
    expect(messages(got)).toContain('表二有模板之外的「行政审批」行（12），不属于任何模板行，未读取。')
  })
  it('行政确认 alone in item （五）: 行政许可 stays unread', () => {
    const got = parseActiveDisclosure(y2021(A(), L(['行政确认 77'])))
    expect(got.table.licensing).toBeUndefined()
    expect(got.table.normativeDocs).toEqual({ issued: 5, repealed: 1, inForce: 40 })
  })
})

describe('section 二 headings in other words', () => {
  it('决定数量 and 处理决定数 are 本年处理决定数量', () => {
    for (const head of ['决定数量', '处理决定数']) expect(parseActiveDisclosure(y2021(A(), L(undefined, head), P(undefined, head))).table.penalties).toEqual({ decisions: 120 })
  })
  it('累计决定数量 is no 本年处理决定数量', () => {
    expect(parseActiveDisclosure(y2021(A(), L(undefined, '累计决定数量'), P(undefined, '累计决定数量'))).table.licensing).toEqual({ decisions: null })
  })
  it('累计制发件数 is no 本年制发件数: the other two columns are still read by their headings', () => {
    expect(parseActiveDisclosure(y2021(A(undefined, '累计制发件数 本年废止件数 现行有效件数'))).table.normativeDocs).toEqual({ issued: null, repealed: 1, inForce: 40 })
  })
  it('新制发数量 / 废止数量 / 现行有效数量', () => {
    expect(parseActiveDisclosure(y2021(A(undefined, '新制发数量 废止数量 现行有效数量'))).table.normativeDocs).toEqual({ issued: 5, repealed: 1, inForce: 40 })
  })
})

describe('traditional characters', () => {
  it('減 of 本年增/減 is simplified to 减, so the change keeps its sign', () => {
    expect(toSimplifiedForMatching('行政許可 63 減7 1250')).toBe('行政许可 63 减7 1250')
    expect(parseActiveDisclosure(toSimplifiedForMatching(y2019('政府集中採購 36 1520.5', '行政事業性收費 9 減1', '行政許可 63 減7 1250'))).table.fees).toEqual({ lastYearItems: 9, change: -1 })
  })
})

describe('crawled text without cell breaks', () => {
  it('a synonym glued to the header before it is still its row (「处理决定数量行政审批550」)', () => {
    const got = parseActiveDisclosure(lines('第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章 0 0 0', '行政规范性文件 5 1 40', '第二十条第（五）项信息内容本年处理决定数量行政审批550', '第二十条第（六）项信息内容本年处理决定数量行政处罚120', '行政强制8'))
    expect(got.table.licensing).toEqual({ decisions: 550 })
    expect(got.table.normativeDocs).toEqual({ issued: 5, repealed: 1, inForce: 40 })
  })
  it('a row beyond the template glued to a template label whose cell was dropped (「行政许可行政确认68」) is no cell of it', () => {
    const got = parseActiveDisclosure(lines(...A(), '第二十条第（五）项信息内容本年处理决定数量行政许可行政确认68', ...P()))
    expect(got.table.licensing?.decisions ?? null).toBeNull()
    expect(messages(got)).toContain('表二有模板之外的「行政确认」行（68），不属于任何模板行，未读取。')
  })
})

describe('crawled text: 地方政府规章 glued to the header', () => {
  it('地方政府 is part of the row label, no column heading (「现行有效件数地方政府规章000」)', () => {
    const got = parseActiveDisclosure(lines('第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数地方政府规章000', '行政规范性文件 5 1 40', ...L(), ...P()))
    expect(got.table.rules).toEqual({ issued: 0, repealed: 0, inForce: 0 })
    expect(got.table.normativeDocs).toEqual({ issued: 5, repealed: 1, inForce: 40 })
    expect(messages(got).some((m) => m.includes('栏「地方政府」'))).toBe(false)
  })
})

describe('a fee relief is not the fees collected (review rv20c)', () => {
  it('「行政事业性收费减免」 alone is no 行政事业性收费 row; the 2019 template\'s 「减1」 still is', () => {
    const got = parseActiveDisclosure(y2021(A(), L(), P(), F(['行政事业性收费减免 12.3'])))
    expect(got.table.fees ?? null).toBeNull()
    expect(got.table.enforcement).toEqual({ decisions: 8 })
    expect(parseActiveDisclosure(y2019('政府集中采购 36 1520.5')).table.fees).toEqual({ lastYearItems: 9, change: -1 })
  })
})
