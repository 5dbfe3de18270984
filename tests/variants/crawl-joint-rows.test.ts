// Crawled run-together text that drops blank cells (crawl:blank-dropped): 上年结转 prints only its label, so
// 「（一）予以公开」's run after it is cut over both rows together, and so is （七）总计's after the blank rows of
// （五）/（六). The table's identities give each run its row; the numbers' columns stay open (only 自然人 and
// 商业企业 hold counts, so every row's cells could shift together). The rows' 总计 are read, nothing else
// of theirs, and no cell is wrong (requests-run-cut-rows.ts).
import { describe, expect, it } from 'vitest'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeVariant } from './generator/variant'
import type { VariantModel } from './generator/model'
import { requestRowsOf } from '../../shared/model/template-labels'
import { readBack } from './read-back'
import { scoreVariant } from './score'

const zero = [0, 0, 0, 0, 0, 0, 0]
const counts: Record<string, number[]> = {
  received: [7, 2, 0, 0, 0, 0, 9],
  granted: [4, 2, 0, 0, 0, 0, 6],
  partiallyGranted: [1, 0, 0, 0, 0, 0, 1],
  'unavailable.notHeld': [2, 0, 0, 0, 0, 0, 2],
  handledTotal: [7, 2, 0, 0, 0, 0, 9],
}
// A made-up model (no corpus numbers).
const model: VariantModel = {
  id: 'test/crawl-joint',
  template: '2021',
  agency: '青石县人民政府',
  year: 2023,
  requests: requestRowsOf('2021').map((k) => [k, counts[k] ?? zero]),
  review: { review: [1, 0, 0, 1, 2], litigationDirect: [0, 0, 0, 0, 0], litigationAfterReview: [1, 1, 0, 0, 2] },
  disclosure: [['licensing', [['decisions', 1234]]]],
}

describe('rows cut together from one crawled run, placed by the identities', () => {
  it('reads their 总计, with no wrong cell', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crawl-joint-'))
    const variants = [...Array(200).keys()].map((s) => makeVariant(model, 7000 + s, 'crawled-run')).filter((v) => v.choices.droppedBlanks).slice(0, 6)
    expect(variants.length).toBe(6)
    let wrong = 0
    let totals = 0
    for (const v of variants) {
      const ex = (await readBack(v, dir))!
      const s = scoreVariant(v, ex)
      wrong += s.wrong
      expect(s.silent, v.id).toBe(0)
      const rows = ex.report.requests.rows
      if (rows.granted?.[6] === 6) totals++
      if (rows.handledTotal?.[6] === 9) totals++
    }
    expect(wrong).toBe(0)
    expect(totals).toBeGreaterThanOrEqual(10)
  }, 120_000)
})
