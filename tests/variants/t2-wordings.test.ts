// Section 二 in the words real reports use (generator rule t2-wordings.ts, issue 10), forced on every
// model in every format but PDF: synonyms of rows and headings (行政审批, 收费, 政府采购, 地方政府规章;
// 本年制发, 决定数量, 采购金额 …), labels with spaces inside, and rows beyond the template (部门规章,
// 其他规范性文件, 非行政许可审批, 行政确认, 行政裁决, 行政给付) beside the template's. Never a wrong number,
// never an unread cell without a note, and the synonym rows are read, not just left out.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { FORMATS } from './generator/formats'
import type { Table2Wording } from './generator/t2-wordings'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

const FEES = ['收费', '行政收费', '收费项目']
const PROCUREMENT = ['集中采购', '政府采购']
const wording = (i: number, withForeign: boolean): Table2Wording => ({
  rows: { rules: '地方政府规章', licensing: '行政审批', fees: FEES[i % 3]!, procurement: PROCUREMENT[i % 2]! },
  heads: i % 2 ? { issued: '本年制发', repealed: '废止数量', decisions: '决定数量', newlyMade: '本年新制作', publishedTotal: '累计公开', projects: '采购项目数', amountWanYuan: '采购金额' } : { issued: '新制发数量', decisions: '处理决定数', newlyPublished: '本年新公开' },
  spacedRows: i % 3 === 0,
  foreign: !withForeign ? [] : [['rules', '部门规章'], ['normativeDocs', '其他规范性文件'], ['licensing', i % 2 ? '行政确认' : '非行政许可审批'], ['enforcement', '行政给付']],
})

async function readAll(withForeign: boolean, plain = false) {
  const models = loadModels(corpus)
  const formats = FORMATS.filter((f) => f !== 'pdf')
  const variants = models.flatMap((m, i) =>
    formats.map((f, j) => {
      const seed = 970001 + 1000 * i + 10 * j
      const table2 = drawChoices(seed, f, m.template).table2
      return makeVariant(m, seed, f, { table2: plain ? { ...table2, wording: undefined } : { ...table2, wording: wording(i + j, withForeign) } })
    }),
  )
  const results = await readVariants(variants)
  const misses = results.flatMap((r) => r.score.misses.filter((m) => m.includes('activeDisclosure')).map((m) => `${r.variant.id}: ${m}`))
  // The rows printed by a synonym: how many variants left any of their cells unread.
  const synonymRows = ['rules', 'licensing', 'fees', 'procurement']
  const unreadSynonym = results.filter((r) => r.score.misses.some((m) => synonymRows.some((k) => m.includes(`activeDisclosure.${k}.`)))).length
  return { results, wrong: misses.filter((m) => m.includes(': 错')), silent: misses.filter((m) => m.includes(': 缺(无说明)')), unreadSynonym }
}

describe.skipIf(!existsSync(corpus))('section 二 in other wordings read back (every model, every format but PDF)', () => {
  it('synonyms of rows and headings: never a wrong number, and the synonym rows read', async () => {
    const { results, wrong, silent, unreadSynonym } = await readAll(false)
    // The same variants in the template's words: the other rules of each variant leave some rows unread anyway.
    const plain = await readAll(false, true)
    expect(results.every((r) => r.variant.tags.includes('t2-word:row:licensing=行政审批'))).toBe(true)
    console.log(`t2-wordings (synonyms): ${results.length} variants; wrong ${wrong.length}, silent ${silent.length}, variants with a synonym row's cell unread ${unreadSynonym} (in the template's words: ${plain.unreadSynonym})`)
    expect(wrong).toEqual([])
    expect(silent).toEqual([])
    // Before the synonyms every variant lost these rows; now they are read about as often as the template's words.
    expect(unreadSynonym).toBeLessThanOrEqual(plain.unreadSynonym + Math.ceil(results.length * 0.05))
  }, 600_000)

  it('with rows beyond the template beside them: never a wrong number, every unread cell noted', async () => {
    const { results, wrong, silent, unreadSynonym } = await readAll(true)
    expect(results.every((r) => r.variant.tags.includes('t2-word:foreign=部门规章'))).toBe(true)
    console.log(`t2-wordings (foreign rows): ${results.length} variants; wrong ${wrong.length}, silent ${silent.length}, variants with a synonym row's cell unread ${unreadSynonym}`)
    expect(wrong).toEqual([])
    expect(silent).toEqual([])
  }, 600_000)
})
