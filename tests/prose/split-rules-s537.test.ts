// Split rules of session 37 (s537, holdout 21's tuning part), tested on sentences written for them (no holdout
// sentence copied).
import { describe, expect, it } from 'vitest'
import { split } from './five-helpers'

describe('split: each numbered problem with its own 整改： or 对策： (problem-pairs.ts PAIR_MEASURE)', () => {
  it('"1.…。整改：…" in one line per pair', () => {
    const r = split('1.公开栏内容陈旧，多年未换。整改：每月更换公开栏内容。\n2.信息员多为兼职。整改：配备专职信息员。\n')
    expect(r.problems).toEqual(['1.公开栏内容陈旧，多年未换。', '2.信息员多为兼职。'])
    expect(r.improvements).toEqual(['每月更换公开栏内容。', '配备专职信息员。'])
  })

  it('"对策：…" on its own line under each problem', () => {
    const r = split('（一）学校网站招生栏目内容陈旧。\n对策：指定专人每周维护招生栏目。\n（二）教师对公开工作了解不多。\n对策：每学期开展一次专题培训。\n')
    expect(r.problems).toEqual(['（一）学校网站招生栏目内容陈旧。', '（二）教师对公开工作了解不多。'])
    expect(r.improvements).toEqual(['指定专人每周维护招生栏目。', '每学期开展一次专题培训。'])
  })
})
