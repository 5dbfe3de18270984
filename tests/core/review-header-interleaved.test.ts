// Table 四's header as an OFD reader gives it where the headings are wider than their columns and the
// glyphs are placed one by one (hr32 ov12 char-tight-unruled OFD): 「结果维其纠尚结总审结」 mixes five
// headings' characters on one line. The order read from them (其他 before 纠正) is no order the header
// shows: the cells after it must not be read by it (review[1] read 1 where the report prints 0 —
// 维持 4, 纠正 0, 其他 1, 尚未审结 1, 总计 6). Numbers invented but for that row's shape.
import { describe, expect, it } from 'vitest'
import { parseReviewTable } from '../../shared/extract/review-table'
import { headingsInterleaved } from '../../shared/extract/review-header-interleaved'

const HEADER = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议行政诉讼', '未经复议直接起诉议后起诉', '复', '结果维其纠尚结总审结', '结果持他正未果计', '结果维其纠尚结总审结结果维其纠尚结总审结', '结果持他正未果计结果持他正未果计']
const TRUE = { review: [4, 0, 1, 1, 6], litigationDirect: [7, 0, 1, 0, 8], litigationAfterReview: [1, 0, 0, 0, 1] }

describe('table 四 header with headings mixed character by character', () => {
  it('reads no cell by the order the mixed characters give', () => {
    const got = parseReviewTable([...HEADER, [...TRUE.review, ...TRUE.litigationDirect, ...TRUE.litigationAfterReview].join(' ')].join('\n'))
    for (const [k, row] of Object.entries(got.table ?? {})) {
      ;((row ?? []) as (number | null)[]).forEach((x, c) => {
        if (x !== null) expect(x, `${k}[${c}]`).toBe(TRUE[k as keyof typeof TRUE][c])
      })
    }
    expect(got.notes.some((n) => n.message.includes('穿插'))).toBe(true)
  })
  it('still reads a group whose five cells are equal (every order gives the same)', () => {
    const got = parseReviewTable([...HEADER, '4 0 1 1 6 0 0 0 0 0 1 0 0 0 1'].join('\n'))
    expect(got.table?.litigationDirect).toEqual([0, 0, 0, 0, 0])
    expect(got.table?.review).toEqual([null, null, null, null, null])
  })
  it('tells mixed headings from headings printed whole or wrapped', () => {
    expect(headingsInterleaved('结果维其纠尚结总审结')).toBe(true)
    expect(headingsInterleaved('结果维持 结果纠正 其他结果 尚未审结 总计')).toBe(false)
    expect(headingsInterleaved('结果维 结果纠 其他结 尚未审 总')).toBe(false)
    expect(headingsInterleaved('其中：复议后起诉 结果维持 其他结果')).toBe(false)
  })
})
