// Section 二's small tables read by their header's words (review rv19b W1/W2): every order of the
// known headings places each number under its own field; a column no template has, or a heading
// left out, never moves a number into another field's place — the row is read by the known headings
// only where they alone place every number, else left unread with a note.
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const permutations = <T>(xs: T[]): T[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])))

interface Table { caption: string; rows: [string, string, number[]][]; headings: [string, string][] }

// Values chosen so that no two cells of a row are equal: a misplaced number always shows.
const T2019: Table[] = [
  { caption: '第二十条第（一）项', headings: [['newlyMade', '本年新制作数量'], ['newlyPublished', '本年新公开数量'], ['publishedTotal', '对外公开总数量']], rows: [['rules', '规章', [1, 2, 3]], ['normativeDocs', '规范性文件', [4, 3, 46]]] },
  { caption: '第二十条第（五）项', headings: [['lastYearItems', '上一年项目数量'], ['change', '本年增/减'], ['decisions', '处理决定数量']], rows: [['licensing', '行政许可', [120, -7, 1103]], ['otherServices', '其他对外管理服务事项', [10, 2, 55]]] },
  { caption: '第二十条第（六）项', headings: [['lastYearItems', '上一年项目数量'], ['change', '本年增/减'], ['decisions', '处理决定数量']], rows: [['penalties', '行政处罚', [80, -5, 27]], ['enforcement', '行政强制', [6, 1, 9]]] },
  { caption: '第二十条第（八）项', headings: [['lastYearItems', '上一年项目数量'], ['change', '本年增/减']], rows: [['fees', '行政事业性收费', [4, -1]]] },
  { caption: '第二十条第（九）项', headings: [['projects', '采购项目数量'], ['amountWanYuan', '采购总金额（万元）']], rows: [['procurement', '政府集中采购', [12, 3056.8]]] },
]
const T2021: Table[] = [
  { caption: '第二十条第（一）项', headings: [['issued', '本年制发件数'], ['repealed', '本年废止件数'], ['inForce', '现行有效件数']], rows: [['rules', '规章', [1, 2, 3]], ['normativeDocs', '行政规范性文件', [5, 2, 46]]] },
]

/** The section printed with each table's columns in the order `order(table)` gives (indexes into its headings). */
function section(tables: Table[], order: (t: Table) => number[], sep = ' '): string {
  const out = ['二、主动公开政府信息情况']
  for (const t of tables) {
    const o = order(t)
    out.push(t.caption, ['信息内容', ...o.map((i) => t.headings[i]![1])].join(sep))
    for (const [, label, values] of t.rows) out.push([label, ...o.map((i) => values[i]!)].join(sep))
  }
  return out.join('\n')
}

describe('section 二 columns by the header words', () => {
  for (const [name, tables] of [['2019', T2019], ['2021', T2021]] as const) {
    for (const t of tables) {
      for (const p of permutations(t.headings.map((_, i) => i))) {
        for (const sep of [' ', '\t']) {
          it(`${name} ${t.caption} in order ${p.join('')} (${sep === ' ' ? 'spaces' : 'tabs'})`, () => {
            const got = parseActiveDisclosure(section(tables, (x) => (x === t ? p : x.headings.map((_, i) => i)), sep))
            for (const [key, , values] of t.rows) {
              expect(got.table[key as 'rules']).toEqual(Object.fromEntries(t.headings.map(([f], i) => [f, values[i]])))
            }
          })
        }
      }
    }
  }

  it('reads a synonym heading in another place (截至年底有效件数, 本年废止数量 for 现行有效件数, 本年废止件数)', () => {
    const text = ['第二十条第（一）项', '信息内容 本年制发件数 截至年底有效件数 本年废止数量', '行政规范性文件 5 46 2'].join('\n')
    expect(parseActiveDisclosure(text).table.normativeDocs).toEqual({ issued: 5, repealed: 2, inForce: 46 })
    const y2019 = ['第二十条第（一）项', '信息内容 本年新制作数量 累计公开总量 本年新公开数量', '规范性文件 4 46 3', '第二十条第（五）项', '信息内容 上一年项目数量 本年增/减 处理决定数量', '行政许可 120 -7 1103'].join('\n')
    expect(parseActiveDisclosure(y2019).table.normativeDocs).toEqual({ newlyMade: 4, newlyPublished: 3, publishedTotal: 46 })
  })

  it('never places a number by a column it does not know: 本年修订件数 in the middle leaves the row unread with a note', () => {
    for (const at of [0, 1, 2]) {
      const heads = ['本年制发件数', '本年废止件数', '现行有效件数']
      heads.splice(at, 0, '本年修订件数')
      // Three numbers under four columns: which column is empty cannot be told.
      const got = parseActiveDisclosure(['第二十条第（一）项', `信息内容 ${heads.join(' ')}`, '行政规范性文件 5 3 46'].join('\n'))
      expect(got.table.normativeDocs).toEqual({ issued: null, repealed: null, inForce: null })
      expect(got.notes.some((n) => n.field === 'activeDisclosure.normativeDocs' && n.message.includes('修订'))).toBe(true)
    }
  })

  it('reads the known columns where each column prints a cell of its own, and an extra column after them all', () => {
    const each = parseActiveDisclosure(['第二十条第（五）项', '信息内容 上一年项目数量 本年增/减 本年项目数量 处理决定数量', '行政许可 120 -7 113 1103'].join('\n'))
    expect(each.table.licensing).toEqual({ lastYearItems: 120, change: -7, decisions: 1103 })
    const remark = parseActiveDisclosure(['第二十条第（一）项', '信息内容 本年制发件数 本年废止件数 现行有效件数 备注', '行政规范性文件 5 2 46'].join('\n'))
    expect(remark.table.normativeDocs).toEqual({ issued: 5, repealed: 2, inForce: 46 })
  })

  it('leaves a field the header has no column for empty with a note, the others read by their headings', () => {
    const got = parseActiveDisclosure(['第二十条第（五）项', '信息内容 处理决定数量 上一年项目数量', '行政许可 1103 120'].join('\n'))
    expect(got.table.licensing).toEqual({ lastYearItems: 120, change: null, decisions: 1103 })
    expect(got.notes.some((n) => n.field === 'activeDisclosure.licensing' && n.message.includes('本年增/减'))).toBe(true)
  })

  it('reads a header printed over two lines column by column', () => {
    const got = parseActiveDisclosure(['第二十条第（五）项', '信息内容 处理决定 上一年 本年', '数量 项目数量 增/减', '行政许可 1103 120 -7'].join('\n'))
    expect(got.table.licensing).toEqual({ lastYearItems: 120, change: -7, decisions: 1103 })
  })
})

describe('section 二 one-cell rows and last year\'s columns', () => {
  const HEAD21 = ['第二十条第（一）项']
  for (const [lastFirst, head, row, want] of [
    [true, '信息内容 上年度数量 本年处理决定数量', '行政许可 998 1103', 1103],
    [false, '信息内容 本年处理决定数量 上年度数量', '行政许可 1103 998', 1103],
  ] as const) {
    it(`a one-cell row with last year's column ${lastFirst ? 'before' : 'after'} it reads this year's`, () => {
      const got = parseActiveDisclosure([...HEAD21, '信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 0 0 0', '第二十条第（五）项', head, row].join('\n'))
      expect(got.table.licensing).toEqual({ decisions: want })
    })
  }
  it('never reads last year\'s 现行有效件数 for this year\'s, whichever comes first', () => {
    const got = parseActiveDisclosure([...HEAD21, '信息内容 本年制发件数 本年废止件数 上年度现行有效件数 现行有效件数', '行政规范性文件 5 2 43 46'].join('\n'))
    expect(got.table.normativeDocs).toEqual({ issued: 5, repealed: 2, inForce: 46 })
  })
  it('a one wide table for every row: each one-cell row read under its own heading', () => {
    const head = '信息内容\t本年制发件数\t本年废止件数\t现行有效件数\t本年处理决定数量\t本年收费金额（万元）'
    const B = '\uE000'
    const got = parseActiveDisclosure([head, `规章\t0\t0\t0\t${B}\t${B}`, `行政规范性文件\t5\t2\t46\t${B}\t${B}`, `行政许可\t${B}\t${B}\t${B}\t1103\t${B}`, `行政处罚\t${B}\t${B}\t${B}\t27\t${B}`, `行政事业性收费\t${B}\t${B}\t${B}\t${B}\t213.97`].join('\n'))
    expect(got.table.licensing).toEqual({ decisions: 1103 })
    expect(got.table.penalties).toEqual({ decisions: 27 })
    expect(got.table.fees).toEqual({ amountWanYuan: 213.97 })
    expect(got.table.normativeDocs).toEqual({ issued: 5, repealed: 2, inForce: 46 })
  })
  it('section 二 written as sentences: the note says so, not that a number is missing after the row name', () => {
    const got = parseActiveDisclosure('本年新制作规章0件，新公开0件；新制作规范性文件4件，新公开3件。行政许可上一年项目120项，本年减少7项，处理决定1103件。')
    const note = got.notes.find((n) => n.field === 'activeDisclosure.licensing')
    expect(note?.message).toContain('文字')
    expect(got.table.licensing).toEqual({ lastYearItems: null, change: null, decisions: null })
  })
})

describe('section 二 a 2019 table with the 2021 template\'s column', () => {
  it('reads the known columns, skips 本年废止数量, and notes the field with no column', () => {
    const got = parseActiveDisclosure(['第二十条第（一）项', '信息内容 本年新制作数量 本年废止数量 对外公开总数量', '规章 0 0 0', '规范性文件 4 1 46', '第二十条第（五）项', '信息内容 上一年项目数量 本年增/减 处理决定数量', '行政许可 120 -7 1103'].join('\n'))
    expect(got.table.normativeDocs).toEqual({ newlyMade: 4, newlyPublished: null, publishedTotal: 46 })
    expect(got.notes.some((n) => n.field === 'activeDisclosure.normativeDocs' && n.message.includes('本年新公开数量'))).toBe(true)
  })
})

describe('section 二 a unit bracket broken over lines is no column', () => {
  it('「采购总金额（万元」 / 「）」 and a number too many: the row stays unread (before: 35 | 135 by a phantom 万元 column)', () => {
    const got = parseActiveDisclosure(['第二十条第（九）项', '信息内容', '采购项目数量', '采购总金额（万元', '）', '政府集中采购', '35', '135', '7539.44'].join('\n'))
    expect(got.table.procurement).toEqual({ projects: null, amountWanYuan: null })
  })
})

// One heading over two columns, told apart only by a year or a unit in brackets (review rv19d m1–m9):
// the first is no likelier this year's than the second.
describe('a heading printed over two columns', () => {
  const cases: [string, string[], 'procurement' | 'penalties' | 'normativeDocs' | 'fees'][] = [
    ['（元）/（万元）', ['第二十条第（九）项', '信息内容 采购项目数量 采购总金额（元） 采购总金额（万元）', '政府集中采购 12 30568000 3056.8'], 'procurement'],
    ['years in brackets', ['第二十条第（六）项', '信息内容 处理决定数量（2021年） 处理决定数量（2022年）', '行政处罚 31 27'], 'penalties'],
    ['years before', ['第二十条第（六）项', '信息内容 2021年处理决定数量 2022年处理决定数量', '行政处罚 31 27'], 'penalties'],
    ['two year ends', ['第二十条第（一）项', '信息内容 本年制发件数 本年废止件数 现行有效件数（2021年底） 现行有效件数（2022年底）', '行政规范性文件 5 2 43 46'], 'normativeDocs'],
    ['fees by year', ['第二十条第（八）项', '信息内容 2021年收费金额（万元） 2022年收费金额（万元）', '行政事业性收费 250.1 213.97'], 'fees'],
  ]
  for (const [name, lines, key] of cases) {
    it(`leaves the row unread with a note (${name})`, () => {
      const got = parseActiveDisclosure(lines.join('\n'))
      const row = got.table[key] as Record<string, number | null> | undefined
      expect(Object.values(row ?? {}).every((v) => v === null)).toBe(true)
      expect(got.notes.some((n) => n.message.includes('两栏都是'))).toBe(true)
    })
  }
})
