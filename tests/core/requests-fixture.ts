// A made-up table 三 (2021 template) where every identity holds: row totals, （七）= the outcome rows,
// 一 + 二 = （七）+ 四. Shared by the tests that print it in the shapes text readers meet.
import { requestRowsOf } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'

export const KEYS = requestRowsOf('2021')
const OUTSIDE = ['received', 'carriedOver', 'handledTotal', 'carriedForward']
const outcome = (i: number): number[] => (i % 3 === 0 ? [i % 5, 1, 0, 0, 0, 0, (i % 5) + 1] : [0, 0, 0, 0, 0, 0, 0])
export const ROWS = new Map<RequestRowKey, number[]>(KEYS.filter((k) => !OUTSIDE.includes(k)).map((k, i) => [k, outcome(i)]))
const total = [0, 1, 2, 3, 4, 5, 6].map((c) => [...ROWS.values()].reduce((a, r) => a + r[c]!, 0))
ROWS.set('handledTotal', total)
ROWS.set('carriedForward', [2, 0, 0, 0, 0, 0, 2])
ROWS.set('carriedOver', [1, 0, 0, 0, 0, 0, 1])
ROWS.set('received', total.map((x, c) => x + ROWS.get('carriedForward')![c]! - ROWS.get('carriedOver')![c]!))
export const HEAD = '申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计'
