// Table 四 (and table 三 in pdftotext -layout's space-set lines) with its columns moved and a heading
// worded so no word of it is known (t436): the cells the recognised headings stand in must fit the
// order read, else the table is refused with a note naming the heading; two or more unknown headings
// in their places are read only where the sums choose their order.
import { describe, expect, it } from 'vitest'
import { parseReviewTable } from '../../shared/extract/review-table'
import { requestColumnMap } from '../../shared/extract/requests-columns'
import { displacedUnder, resultRuns } from '../../shared/extract/review-heading-places'

const TEMPLATE = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
const TRUE = { review: [3, 1, 2, 1, 7], litigationDirect: [2, 0, 1, 3, 6], litigationAfterReview: [1, 0, 0, 1, 2] }
const ROWS = [TRUE.review, TRUE.litigationDirect, TRUE.litigationAfterReview]
const NONE = { review: null, litigationDirect: null, litigationAfterReview: null }

/** A one-line table 四 (tabs): results printed in `order`, headings in `words` (template result → words). */
function oneLine(order: number[], words: Record<number, string> = {}, sep = '\t', rows = ROWS): string {
  const heads = order.map((r) => words[r] ?? TEMPLATE[r]!)
  return ['行政复议\t行政诉讼', Array(3).fill(heads.join(sep)).join(sep), rows.flatMap((g) => order.map((r) => g[r])).join('\t')].join('\n')
}

describe('table 四: a heading no word of is known, columns moved', () => {
  it('refuses recognised headings standing in other cells than the template puts them, naming the heading', () => {
    const got = parseReviewTable(oneLine([1, 0, 2, 3, 4], { 0: '驳回' }))
    expect(got.table).toEqual(NONE)
    expect(got.notes.map((n) => n.message).join()).toContain('「驳回」')
    // 责令履行 for 纠正 printed after 其他; 终止 for 其他 after 尚未审结.
    expect(parseReviewTable(oneLine([0, 2, 1, 3, 4], { 1: '责令履行' })).table).toEqual(NONE)
    expect(parseReviewTable(oneLine([0, 1, 3, 2, 4], { 2: '终止' })).table).toEqual(NONE)
  })

  it('reads the heading in the template’s own place, and headings in words it knows wherever they stand', () => {
    expect(parseReviewTable(oneLine([0, 1, 2, 3, 4], { 0: '驳回' })).table).toEqual(TRUE)
    expect(parseReviewTable(oneLine([3, 0, 1, 2, 4], { 0: '予以维持', 3: '未审结', 4: '合计' })).table).toEqual(TRUE)
  })

  it('reads two unknown headings in their places only where the sums choose their order', () => {
    // 驳回 and 责令履行 exchanged: every group adds up either way, so those two columns stay unread.
    const swapped = parseReviewTable(oneLine([1, 0, 2, 3, 4], { 0: '驳回', 1: '责令履行' }))
    expect(swapped.table.review).toEqual([null, null, 2, 1, 7])
    expect(swapped.table.litigationAfterReview).toEqual([null, null, 0, 1, 2])
    expect(swapped.notes.map((n) => n.message).join()).toContain('「责令履行」「驳回」认不出')
    // 未结案 and 案件数 exchanged: the sums tell 总计 from an outcome; no cell is read wrong.
    const pending = parseReviewTable(oneLine([0, 1, 2, 4, 3], { 3: '未结案', 4: '案件数' })).table
    for (const g of ['review', 'litigationDirect', 'litigationAfterReview'] as const) {
      expect(pending[g]![4]).toBe(TRUE[g][4])
      pending[g]!.forEach((v, i) => expect([null, TRUE[g][i]]).toContain(v))
    }
  })

  it('refuses a rotated header whose sums hold in two places', () => {
    // 案件数 (总计) first: the template's order holds too (维持 = 0 + … ), the sums prove no place.
    const rows = [[0, 0, 0, 5, 5], [0, 0, 0, 2, 2], [0, 0, 0, 1, 1]]
    const got = parseReviewTable(oneLine([4, 0, 1, 2, 3], { 4: '案件数' }, '\t', rows))
    expect(got.table).toEqual(NONE)
  })

  it('refuses one group per row with its headings out of their cells', () => {
    const text = ['项目\t案件数\t结果维持\t结果纠正\t其他结果\t尚未审结', ...['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'].map((g, i) => `${g}\t${[4, 0, 1, 2, 3].map((r) => ROWS[i]![r]).join('\t')}`)].join('\n')
    const got = parseReviewTable(text)
    expect(got.table).toEqual(NONE)
    expect(got.notes.map((n) => n.message).join()).toContain('「案件数」')
  })

  it('judges pdftotext -layout lines by their space-set cells: never more cells apart than the order puts them', () => {
    const layout = oneLine([1, 0, 2, 3, 4], { 0: '驳回' }, '    ')
    expect(parseReviewTable(layout).table).toEqual(NONE)
    // Wrapped: 「结果  驳  其他  尚未  总」 over 「纠正  回  结果  审结  计」.
    const wrapped = resultRuns('结果  驳  其他  尚未  总\n纠正  回  结果  审结  计')
    expect(displacedUnder(wrapped, [0, 1, 2, 3, 4])).toBe(true)
    expect(displacedUnder(wrapped, [1, 0, 2, 3, 4])).toBe(false)
    // An empty piece leaves no cell: 维持 and 其他 one cell apart fit the template.
    expect(displacedUnder(resultRuns('结果维  其他结  尚未审  总'), [0, 1, 2, 3, 4])).toBe(false)
  })
})

describe('table 三 in space-set lines (pdftotext -layout)', () => {
  const header = (...cells: string[]): string => ['三、收到和处理政府信息公开申请情况', cells.join('    ')].join('\n')
  it('refuses an unknown heading beside recognised headings more cells apart than the template puts them', () => {
    // (商户: a word no list holds; 公司 is a word of 商业企业 now, request-column-words.ts.)
    const map = requestColumnMap(header('自然人', '科研机构', '商户', '社会公益组织', '法律服务机构', '其他', '总计'))
    expect(map.kind).toBe('refused')
    expect(map.kind === 'refused' && map.message).toContain('「商户」')
    expect(requestColumnMap(header('自然人', '商户', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计')).kind).toBe('template')
    expect(requestColumnMap(header('自然人', '科研机构', '公司', '社会公益组织', '法律服务机构', '其他', '总计'))).toEqual({ kind: 'labels', printed: [0, 2, 1, 3, 4, 5, 6] })
  })

  it('judges a line as wide as its level by each heading’s own cell', () => {
    // The five organisations with the unknown 公司 moved last: the recognised keep their gaps.
    const orgs = ['三、收到和处理政府信息公开申请情况', '自然人    法人或其他组织    总计', '科研机构    社会公益组织    法律服务机构    其他    商户'].join('\n')
    expect(requestColumnMap(orgs).kind).toBe('refused')
    const inPlace = ['三、收到和处理政府信息公开申请情况', '自然人    法人或其他组织    总计', '商户    科研机构    社会公益组织    法律服务机构    其他'].join('\n')
    expect(requestColumnMap(inPlace).kind).toBe('template')
  })

  it('judges the top level of a two-level header by its own cells', () => {
    const twoLevel = ['三、收到和处理政府信息公开申请情况', '申请人情况', '法人或其他组织    民众    总计', '商业企业    科研机构    社会公益组织    法律服务机构    其他'].join('\n')
    const map = requestColumnMap(twoLevel)
    expect(map.kind).toBe('refused')
    expect(map.kind === 'refused' && map.message).toContain('「民众」')
    // 群众 (a word of 自然人, request-column-words.ts) places the columns (hr36 F3: read in the template's order before).
    expect(requestColumnMap(twoLevel.replace('民众', '群众'))).toEqual({ kind: 'labels', printed: [1, 2, 3, 4, 5, 0, 6] })
  })
})
