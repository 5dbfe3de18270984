// SERIES_RENAMED: a body renamed between two years (机构改革, 撤县设区) stands as two series; the checks
// say so where the new name's 上年结转 takes over the old name's 结转下年度 (review rv22 set1/set7).
import { describe, expect, it } from 'vitest'
import { checkAll, type CheckInput } from '../../shared/checks/index'
import { nearNames } from '../../shared/checks/series-renamed'
import { makeReport } from './make-report'

/** The old name's 2019 report and the new name's 2020 report, 2020's 上年结转 = 2019's 结转下年度 (2 件). */
function renamed(oldName: string, newName: string, carried = [2, 0, 0, 0, 0, 0, 2]): CheckInput[] {
  const a = makeReport({ agency: oldName, year: 2019 })
  const b = makeReport({ agency: newName, year: 2020 })
  b.report.requests.rows.carriedOver = [...carried]
  return [
    { id: 'old', fileName: 'old.pdf', extraction: a },
    { id: 'new', fileName: 'new.pdf', extraction: b },
  ]
}
const renamedFlags = (inputs: CheckInput[]) => [...checkAll(inputs).values()].flat().filter((f) => f.id === 'SERIES_RENAMED')

describe('a renamed body is said to be one, where the carry-over shows it', () => {
  it('农业局 → 农业农村局, and 青禾县 → 青禾区: said on the new name\'s first report', () => {
    for (const [o, n] of [['青禾县农业局', '青禾县农业农村局'], ['青禾县人民政府', '青禾区人民政府']] as const) {
      const flags = checkAll(renamed(o, n))
      expect(flags.get('new')?.map((f) => f.id)).toContain('SERIES_RENAMED')
      expect(flags.get('old')?.map((f) => f.id) ?? []).not.toContain('SERIES_RENAMED')
      expect(flags.get('new')!.find((f) => f.id === 'SERIES_RENAMED')!.message).toContain(`「${o}」的报告到 2019 年度为止`)
    }
  })
  it('not said where the carry-over differs, is all zero, or the names are not near', () => {
    expect(renamedFlags(renamed('青禾县农业局', '青禾县农业农村局', [1, 0, 0, 0, 0, 0, 1]))).toEqual([])
    expect(renamedFlags(renamed('青禾县农业局', '青禾县农业农村局', [0, 0, 0, 0, 0, 0, 0]).map((i) => {
      i.extraction.report.requests.rows.carriedForward = [0, 0, 0, 0, 0, 0, 0]
      return i
    }))).toEqual([])
    expect(renamedFlags(renamed('青禾县农业局', '青禾县教育局'))).toEqual([])
    expect(renamedFlags(renamed('青禾县农业局', '白石县农业农村局'))).toEqual([])
    expect(renamedFlags(renamed('青禾县人民政府', '青禾县人民政府办公室'))).toEqual([])
  })
  it('not said where the two names overlap in years (two bodies, both reporting)', () => {
    const inputs = renamed('青禾县教育局', '青禾县教育体育局')
    inputs.push({ id: 'old2', fileName: 'old2.pdf', extraction: makeReport({ agency: '青禾县教育局', year: 2020 }) })
    expect(renamedFlags(inputs)).toEqual([])
  })
  it('near names: one place stem, one kind of body, one core opening the other (or alike)', () => {
    expect(nearNames('青禾县交通局', '青禾县交通运输局')).toBe('near')
    expect(nearNames('青禾县文化广电旅游局', '青禾区文化和旅游局')).toBe('alike')
    expect(nearNames('青禾县财政局', '青禾县税务局')).toBeNull()
    expect(nearNames('云溪市住房和城乡建设局', '云溪市住房公积金管理中心')).toBeNull()
    expect(nearNames(null, '青禾县税务局')).toBeNull()
  })
  it('names only alike need a carry of more than one case (review rv22b: the commonest carry proves little)', () => {
    expect(renamedFlags(renamed('青禾县文化广电旅游局', '青禾县文化和旅游局', [1, 0, 0, 0, 0, 0, 1]).map((i) => {
      i.extraction.report.requests.rows.carriedForward = [1, 0, 0, 0, 0, 0, 1]
      return i
    }))).toEqual([])
    expect(renamedFlags(renamed('青禾县文化广电旅游局', '青禾县文化和旅游局'))).toHaveLength(1)
    expect(renamedFlags(renamed('云溪市住房和城乡建设局', '云溪市住房公积金管理中心'))).toEqual([])
  })
})
