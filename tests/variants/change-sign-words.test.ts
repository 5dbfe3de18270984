// Table 二's 本年增/减 (2019 template) with its sign in words: 「下降115」「降低115」「精简115」「减少了115」
// 「115（减）」「下降 115」, a rise 「增加115」「新增115」「增长115」「上升 115」, or a fall behind an en dash
// 「–115」 (generator rule table2.ts changeWording; hostile review hr37 G1). Before
// disclosure-change-sign.ts, every fall word but 减/减少 was dropped and the fall read as a rise, no
// note. Now the words sign the change; a dash of unknown sense leaves the cell unread with a note.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { drawChoices, makeVariant } from './generator/variant'
import { CHANGE_WORDINGS } from './generator/table2'
import type { Format } from './generator/formats'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const FORMATS: Format[] = ['html', 'docx', 'markdown', 'text-layout', 'text-plain', 'crawled-lines']

describe.skipIf(!existsSync(corpus))('table 二: the 本年增/减 sign in words (2019 models)', () => {
  it('falls read negative, rises positive, a dash of unknown sense unread with a note; never a wrong sign', async () => {
    const models = loadModels(corpus).filter((m) => m.template === '2019' && m.disclosure.some(([, f]) => f.some(([x, v]) => x === 'change' && v !== null && v < 0)))
    expect(models.length).toBeGreaterThan(2)
    const variants = models.flatMap((m, i) =>
      FORMATS.flatMap((f, j) =>
        CHANGE_WORDINGS.map((w, k) => {
          const seed = 3_730_001 + 1000 * i + 100 * j + k
          return makeVariant(m, seed, f, { table2: { ...drawChoices(seed, f, m.template).table2, changeWording: w } })
        }),
      ),
    )
    const results = await readVariants(variants)
    expect(results.every((r) => r.variant.tags.some((t) => t.startsWith('t2:change-wording:')))).toBe(true)
    const wrong = missesOf(results, '错 activeDisclosure')
    const silent = missesOf(results, '缺(无说明) activeDisclosure')
    // The changes themselves, where the cells are the source's (grids): a fall in words read as a fall.
    const changes = results.filter((r) => !r.variant.tags.includes('t2:change-wording:dash') && ['html', 'docx', 'markdown'].includes(r.variant.choices.format)).flatMap((r) => r.score.misses.filter((m) => /activeDisclosure\.\w+\.change/.test(m)).map((m) => `${r.variant.id} ${m} ${(r.notes ?? []).filter((n) => n.field.startsWith('activeDisclosure.') && m.includes(n.field.slice(17))).map((n) => n.message).join(' / ')}`))
    console.log(`t2 change words: ${results.length} variants (${models.length} models); wrong ${wrong.length}, silent ${silent.length}, change cells missed ${changes.length}`)
    expect(wrong).toEqual([])
    expect(silent).toEqual([])
    expect(changes.filter((m) => m.includes(' 缺 '))).toEqual([])
  }, 900_000)
})
