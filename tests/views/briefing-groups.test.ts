// Review rv22 #7: the app's exports name a body as the views do (byAgency's group names), so a
// report whose body was not recognised can be exported on its own, and one such report never
// brings another unrecognised body's report into its deck.
import { describe, expect, it } from 'vitest'
import { briefingItems, briefingPptx } from '../../src-main/services/analysis'
import { makeItems } from './fixtures'

describe('briefing by group name', () => {
  const items = () => {
    const list = makeItems([
      { agency: '甲市乙局', year: 2021 },
      { agency: '甲市丙局', year: 2021 },
      { agency: '甲市丁局', year: 2022 },
    ])
    for (const [n, i] of [list[1]!, list[2]!].entries()) {
      i.extraction.report.agency = null
      i.bodyKey = `（未识别机关）#${i.id}`
      i.fileName = `u${n}.html`
    }
    return list
  }
  it('an unrecognised body is picked by its group name, alone', async () => {
    const list = items()
    expect(briefingItems(list, { agency: '（未识别机关）（u0.html）' }).map((i) => i.id)).toEqual([list[1]!.id])
    const deck = await briefingPptx(list, { agency: '（未识别机关）（u1.html）' })
    expect(deck.length).toBeGreaterThan(1000)
  })
  it('a printed name that is no group name still picks its reports', () => {
    const list = items()
    expect(briefingItems(list, { agency: '甲市乙局' }).map((i) => i.id)).toEqual([list[0]!.id])
  })
})
