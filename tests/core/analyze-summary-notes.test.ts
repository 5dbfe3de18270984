// The text summary of `analyze`: rows read by position (proven by the sums) are not listed under
// "未能读取", and the notes are joined without "。；" (review s5, I4).
import { describe, expect, it } from 'vitest'
import { formatSummary, noteGroups, sentences } from '../../src-main/cli/analyze-summary'
import { makeReport } from '../checks/make-report'

function withNotes() {
  const ex = makeReport()
  ex.provenance['requests.unavailable.needsCreation'] = { how: 'sums', text: '1 0 0 0 0 0 1', loc: { block: 0 } }
  ex.notes.push(
    { field: 'requests.unavailable.needsCreation', message: '表三「2.没有现成信息需要另行制作」行未见行名，按其位置读取。' },
    { field: 'requests.carriedForward', message: '表三「四、结转下年度继续办理」行的数字连在一起，未读取。' },
  )
  return ex
}

describe('analyze summary notes', () => {
  it('splits position-read rows from unread ones', () => {
    const g = noteGroups(withNotes())
    expect(g.byPosition).toEqual(['表三「2.没有现成信息需要另行制作」行未见行名，按其位置读取。'])
    expect(g.unread).toEqual(['表三「四、结转下年度继续办理」行的数字连在一起，未读取。'])
  })

  it('prints them under their own headings, with one full stop', () => {
    const text = formatSummary([{ file: '/x/a.txt', extraction: withNotes(), flags: [] }])
    expect(text).toContain('按位置读取（已由合计验证）：表三「2.没有现成信息需要另行制作」行未见行名，按其位置读取。\n')
    expect(text).toContain('未能读取：表三「四、结转下年度继续办理」行的数字连在一起，未读取。\n')
    expect(text).not.toMatch(/未能读取：[^\n]*按其位置读取/)
    expect(text).not.toContain('。；')
  })

  it('joins sentences with "；" and ends with one "。"', () => {
    expect(sentences(['甲。', '乙；', '丙'])).toBe('甲；乙；丙。')
  })
})
