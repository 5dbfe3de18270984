// One rule for a table-三 row beside bare digits no row took (requests-stray-rows.ts): ls34's hand-built
// table. 一、本年新收 and 四、结转下年度 (or 一 and （七）总计) wrap alike in a narrow cell: 「1」 of 「1 2xx」
// above the label's line for 自然人 and for 总计, the rests below. Without the heads each row adds up,
// and 一 + 二 = （七） + 四 holds on the cut-down numbers too: they must not be read so.
import { describe, expect, it } from 'vitest'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import type { RequestRowKey } from '../../shared/model/report'
import { HEAD, KEYS, ROWS } from './requests-fixture'

/** The fixture with `raised` rows' 自然人 and 总计 grown by 1,200 (every sum of the table still holds). */
const grown = (raised: readonly RequestRowKey[]) => (k: RequestRowKey): number[] => ROWS.get(k)!.map((x, c) => (raised.includes(k) && (c === 0 || c === 6) ? x + 1200 : x))
/** The table with `wrapped` rows printed 「1 1」 / label and cells 2–6 / the rests of 自然人 and 总计. */
function table(raised: readonly RequestRowKey[], wrapped: readonly RequestRowKey[]): string {
  const cells = grown(raised)
  return [HEAD, ...KEYS.map((k) => {
    const r = cells(k)
    return wrapped.includes(k) ? `1 1\n${REQUEST_ROW_LABELS[k]} ${r.slice(1, 6).join(' ')}\n${String(r[0]).slice(1)} ${String(r[6]).slice(1)}` : `${REQUEST_ROW_LABELS[k]}\n${r.join(' ')}`
  })].join('\n')
}
const wrong = (got: ReturnType<typeof parseRequestsTable>, cells: (k: RequestRowKey) => number[]): string[] =>
  KEYS.flatMap((k) => (got.rows[k] ?? []).flatMap((x, c) => (x === null || x === cells(k)[c] ? [] : [`${k}[${c}] ${x} for ${cells(k)[c]}`])))

describe('rows beside bare digits no row took', () => {
  it('leaves 一 and 四 unread where the identities hold with and without the digits (a note names the row and the digits)', () => {
    const raised: RequestRowKey[] = ['received', 'carriedForward']
    const got = parseRequestsTable(table(raised, raised))
    expect(wrong(got, grown(raised))).toEqual([])
    for (const k of raised) {
      expect(got.rows[k]?.every((x) => x === null) ?? true).toBe(true)
      expect(got.notes.find((n) => n.field === `requests.${k}`)?.message).toContain('未归入任何一行的数字（1 1）')
    }
    expect(got.rows.carriedOver).toEqual(ROWS.get('carriedOver'))
  })

  it('reads 一 and （七） with the digits placed where （七） = the outcome rows tells the readings apart', () => {
    const raised: RequestRowKey[] = ['received', 'handledTotal', 'granted']
    const got = parseRequestsTable(table(raised, ['received', 'handledTotal']))
    expect(wrong(got, grown(raised))).toEqual([])
    expect(got.rows.received).toEqual(grown(raised)('received'))
    expect(got.rows.handledTotal).toEqual(grown(raised)('handledTotal'))
    expect(got.notes.find((n) => n.field === 'requests.handledTotal')?.message).toContain('已归入此行读取')
  })

  it('reads a row as printed where no placement of the digits fits it (the digits are not its own)', () => {
    const text = table([], []).replace(`${REQUEST_ROW_LABELS.carriedOver}\n`, `7\n${REQUEST_ROW_LABELS.carriedOver}\n`)
    const got = parseRequestsTable(text)
    expect(got.rows.carriedOver).toEqual(ROWS.get('carriedOver'))
  })
})
