// Table 三 whose header names six data columns — no 其他, or no 总计 (review hr34 W3): a Markdown pipe
// table with merged labels read its numbers one column right, or 总计 as 其他. The table is left unread
// with a note; headers naming all seven (short forms too, 法人或其他组织 over the five) are read.
import { describe, expect, it } from 'vitest'
import { missingColumnNote } from '../../shared/extract/requests-missing-column'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import { KEYS, ROWS } from './requests-fixture'

const pipe = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`
/** A pipe table 三 with merged labels (two empty filler cells) and the data columns `cols` under `words`. */
const table = (words: string[], cols: number[]): string =>
  [pipe(['', '', '', ...words]), pipe(['---', '---', '---', ...words.map(() => '---')]), ...KEYS.map((k) => pipe([REQUEST_ROW_LABELS[k], '', '', ...cols.map((c) => ROWS.get(k)![c]!)]))].join('\n')

describe('table 三 with a column missing from its header', () => {
  it('names the missing column', () => {
    expect(missingColumnNote('自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t总计')?.message).toContain('「其他」')
    expect(missingColumnNote('自然人\t法人或其他组织\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构')?.message).toContain('「其他」')
    expect(missingColumnNote('自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他')?.message).toContain('「总计」')
  })

  it('says nothing where the header names all seven, in short forms too, or names no column at all', () => {
    expect(missingColumnNote('申请人情况 自然人 法人或其他组织 其他 总计 商业企业 科研机构 社会公益组织 法律服务机构')).toBeNull()
    expect(missingColumnNote('个人 企业 科研 公益组织 律所 其 他 合计')).toBeNull()
    expect(missingColumnNote('')).toBeNull()
  })

  it('leaves a Markdown table without 其他 unread (before: every number one column right), with the note', () => {
    const words = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '总计']
    const got = parseRequestsTable(table(words, [0, 1, 2, 3, 4, 6]))
    expect(Object.values(got.rows).flat().filter((x) => x !== null)).toEqual([])
    expect(got.notes.map((n) => n.message).join()).toContain('表三表头未列出「其他」栏')
  })

  it('leaves one without 总计 unread (before: 其他 read as 总计)', () => {
    const got = parseRequestsTable(table(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'], [0, 1, 2, 3, 4, 5]))
    expect(Object.values(got.rows).flat().filter((x) => x !== null)).toEqual([])
  })

  it('reads a header whose last headings wrap past the first row label (pdftotext of narrow cells)', () => {
    // The shape of a 2019-template PDF's text: 其他 and 总计 printed among the first row's numbers.
    const rows = KEYS.map((k) => `${REQUEST_ROW_LABELS[k]}\n${ROWS.get(k)!.join('\n')}`)
    const [firstLabel, ...firstNumbers] = rows[0]!.split('\n')
    const first = [firstLabel, ...firstNumbers.slice(0, 5), '其他', firstNumbers[5], '总计', firstNumbers[6]].join('\n')
    const text = ['申请人情况', '法人或其他组织', '自然人 商业企 科研机 社会公 法律服', first, ...rows.slice(1)].join('\n')
    expect(missingColumnNote('申请人情况 法人或其他组织 自然人 商业企 科研机 社会公 法律服', '其他 5 总计 431')).toBeNull()
    const got = parseRequestsTable(text)
    expect(got.notes.map((n) => n.message).join()).not.toContain('表头未列出')
    expect(got.rows.received).toEqual(ROWS.get('received'))
  })

  it('reads the same table with all seven columns', () => {
    const got = parseRequestsTable(table(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'], [0, 1, 2, 3, 4, 5, 6]))
    expect(got.rows.received).toEqual(ROWS.get('received'))
  })
})
