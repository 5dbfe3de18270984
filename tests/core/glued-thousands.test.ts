// Crawled text whose cells run together while some of them print thousands separators
// ("3,001536143,119" is 3,001 | 53 | 61 | 4 | 3,119): the run is one token that remembers where its
// separators stood, and a cut keeps each separator inside a whole thousands-grouped number.
import { describe, expect, it } from 'vitest'
import { readCells } from '../../shared/extract/cells'
import { pieceFits, REQUEST_ROW_RULES, splitRow, splitRowWithBlanks } from '../../shared/extract/digit-split'
import { readRun, WIDTH } from '../../shared/extract/requests-run'

describe('digits glued across a thousands separator', () => {
  it('reads the run as one token with its separators, still not to be taken whole', () => {
    const toks = readCells('3,001536143,119')
    expect(toks).toHaveLength(1)
    expect(toks[0]).toMatchObject({ digits: '3001536143119', commas: [1, 10], glued: true, splittable: true })
  })
  it('leaves one well-formed grouped number as it was', () => {
    expect(readCells('3,119')).toMatchObject([{ value: 3119, digits: '3119' }])
    expect(readCells('3,119')[0]!.glued).toBeUndefined()
  })
  it('allows a piece only with all its thousands groups, and never a separator at its edge', () => {
    expect(pieceFits([1], 0, 4)).toBe(true) // 3,001
    expect(pieceFits([1], 0, 1)).toBe(false) // 3 | ,001
    expect(pieceFits([1], 0, 5)).toBe(false) // 3,0015
    expect(pieceFits([1, 4], 0, 7)).toBe(true) // 1,234,567
    expect(pieceFits([4], 0, 7)).toBe(false) // 1234,567 (a group missing)
    expect(pieceFits([1], 4, 8)).toBe(true) // a plain piece after 3,001
  })
  it('cuts it only into readings whose row sum holds, each separator inside a grouped number', () => {
    const toks = readCells('3,001536143,119')
    // Without a dropped blank no cut adds up: 3,001 + five cells of "53614" is never 3,119.
    expect(splitRow(toks, WIDTH, REQUEST_ROW_RULES)).toEqual([])
    const withBlanks = splitRowWithBlanks(toks, WIDTH, REQUEST_ROW_RULES)!
    expect(withBlanks).toContainEqual([3001, 53, null, null, 61, 4, 3119])
    const first = (r: (number | null)[]): number | null | undefined => r.find((x) => x !== null)
    for (const r of withBlanks) expect([first(r), r[6]]).toEqual([3001, 3119])
  })
  it('is read as a row by the sums where before it was given up (only with the table’s column sums: blanks were dropped)', () => {
    const got = readRun(readCells('3,001536143,119'), 1, WIDTH, REQUEST_ROW_RULES)
    expect(got).toMatchObject({ blanks: true, blanksOnly: true })
    expect(got!.rows[0]).toContainEqual([3001, 53, null, null, 61, 4, 3119])
  })
  it('gives a glued run up without sums to cut it by', () => {
    expect(readRun(readCells('3,001536143,119'), 1, WIDTH, null)).toBeNull()
  })
})
