// Section 二 labels printed together before their numbers (pdftotext prints a label column as one
// block): the numbers may be row by row or column by column, and section 二 has no sums to tell.
// A cell both orders give the same number is read (disclosure-order-agreement.ts); the others stay
// unread with a note naming them. Every read cell is checked against both orders.
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'

const HEAD = ['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '行政规范性文件']
const TAIL = ['第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '3456']
const FIELDS = ['issued', 'repealed', 'inForce'] as const

/** The two rows as the numbers read row by row and column by column. */
function orders(nums: number[]): { byRow: number[][]; byColumn: number[][] } {
  return { byRow: [nums.slice(0, 3), nums.slice(3)], byColumn: [[nums[0]!, nums[2]!, nums[4]!], [nums[1]!, nums[3]!, nums[5]!]] }
}

function read(nums: (number | string)[], between: string[] = []): ReturnType<typeof parseActiveDisclosure> {
  return parseActiveDisclosure([...HEAD, ...nums.slice(0, 3).map(String), ...between, ...nums.slice(3).map(String), ...TAIL].join('\n'))
}

describe('section 二 labels grouped before their numbers', () => {
  for (const nums of [
    [1, 0, 11, 8, 26, 66],
    [0, 0, 0, 6, 2, 43],
    [0, 0, 0, 0, 5, 5],
    [22, 22, 235, 34, 55, 189],
  ]) {
    it(`${nums.join(' ')}: the cells both orders agree on are read, no other`, () => {
      const got = read(nums)
      const { byRow, byColumn } = orders(nums)
      let readCells = 0
      ;(['rules', 'normativeDocs'] as const).forEach((key, r) => {
        const row = got.table[key] as Record<string, number | null>
        FIELDS.forEach((f, c) => {
          const agree = byRow[r]![c] === byColumn[r]![c]
          if (agree) {
            expect(row[f]).toBe(byRow[r]![c])
            readCells++
          } else expect(row[f] ?? null).toBeNull()
        })
        if (FIELDS.some((f, c) => byRow[r]![c] !== byColumn[r]![c])) expect(got.notes.some((n) => n.field === `activeDisclosure.${key}` && n.message.includes('栏未读取'))).toBe(true)
      })
      // The first row's first cell and the last row's last cell are the same in both orders.
      expect(readCells).toBeGreaterThanOrEqual(2)
      expect(got.table.licensing).toEqual({ decisions: 3456 })
    })
  }

  it('a page break inside the run (a page number may stand among the numbers): no cell is read', () => {
    const got = read([1, 0, 11, 8, 26, 66], ['\f'])
    for (const key of ['rules', 'normativeDocs'] as const) {
      const row = got.table[key] as Record<string, number | null>
      for (const f of FIELDS) expect(row[f] ?? null).toBeNull()
    }
  })

  it('a run every cell of which both orders agree on is read whole, as before', () => {
    const got = read([0, 0, 0, 0, 0, 0])
    expect(got.table.rules).toEqual({ issued: 0, repealed: 0, inForce: 0 })
    expect(got.table.normativeDocs).toEqual({ issued: 0, repealed: 0, inForce: 0 })
  })
})

describe('section 二 (2019) labels grouped, a 增/减 sign off its column in both orders', () => {
  it('reads no cell: the numbers are in neither order', () => {
    const head = ['本年新制作数量', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', '其他对外管理服务事项']
    // 减1 is the first row's first cell by either order; neither puts it in the 本年增/减 column.
    const got = parseActiveDisclosure([...head, '减1', '14', '1130', '19', '0', '3558'].join('\n'))
    expect(got.table.licensing).toEqual({ lastYearItems: null, change: null, decisions: null })
    expect(got.table.otherServices).toEqual({ lastYearItems: null, change: null, decisions: null })
  })
})
