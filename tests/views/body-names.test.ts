// @vitest-environment happy-dom
// Review rv22 #7: reports whose body was not recognised are each a series of their own (the series
// keys come from the main side, series-keys.ts); the dashboard's body list must name them apart,
// not show two bodies both called 「（未识别机关）」.
import { describe, expect, it } from 'vitest'
import { useAnalysisStore } from '../../src-renderer/stores/analysis'
import { install, makeItems } from './fixtures'

describe('analysis store body names', () => {
  it('two unrecognised bodies read apart (by file name); a named body keeps its name', async () => {
    const items = makeItems([
      { agency: '甲市乙局', year: 2021 },
      { agency: '甲市乙局', year: 2022 },
      { agency: '甲市丙局', year: 2022 },
      { agency: '甲市丁局', year: 2022 },
    ])
    for (const [n, i] of [items[2]!, items[3]!].entries()) {
      i.extraction.report.agency = null
      i.bodyKey = `（未识别机关）#${i.id}`
      i.fileName = `u${n}.html`
    }
    install(items)
    const a = useAnalysisStore()
    await a.ensureLoaded()
    const names = a.bodies.map((b) => b.agency).sort()
    expect(names).toEqual(['甲市乙局', '（未识别机关）（u0.html）', '（未识别机关）（u1.html）'].sort())
  })
})
