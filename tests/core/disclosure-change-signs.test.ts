// The sign of a 本年增/减 cell (review rv19b W6): an arrow or sign word belongs to the number it
// touches — 「7↓」 is −7 and leaves the next cell (处理决定数量) unsigned; 「减：7」 is −7.
import { describe, expect, it } from 'vitest'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'
import { readCells } from '../../shared/extract/cells'

const row = (cell: string): string => ['第二十条第（五）项', '信息内容 上一年项目数量 本年增/减 处理决定数量', `行政许可 120 ${cell} 1103`].join('\n')

describe('section 二 change signs', () => {
  const cases: [string, number][] = [
    ['7↓', -7], ['7↑', 7], ['7▼', -7], ['7▲', 7], ['↓7', -7], ['↑7', 7], ['↓ 7', -7],
    ['减：7', -7], ['减:7', -7], ['增：7', 7], ['减少：7', -7], ['减7', -7], ['增7', 7], ['-7', -7], ['－7', -7],
  ]
  for (const [cell, change] of cases) {
    it(`「${cell}」 is ${change}, the other cells unsigned`, () => {
      expect(parseActiveDisclosure(row(cell)).table.licensing).toEqual({ lastYearItems: 120, change, decisions: 1103 })
    })
  }
  for (const n of [3, 45, 1103, 20000]) {
    it(`an arrow after a number does not sign the next one (${n})`, () => {
      expect(readCells(`12↓ ${n}`).map((t) => t.value)).toEqual([-12, n])
      expect(readCells(`12↑\t${n}`).map((t) => t.value)).toEqual([12, n])
    })
  }
})
