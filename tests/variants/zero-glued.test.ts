// A footnote mark glued as a plain digit onto a zero cell (table 三, section 二, table 四), 「03」 (generator rule zero-glued.ts,
// review rv13 round 3: pdftotext plain / -raw of a LibreOffice PDF, and a LibreOffice PDF of a web page
// printing the mark's span on the baseline). Every gold model in the formats where cells stay apart.
// Before requests-zero-led.ts the table-三 cell was read as 3 and its row, failing its total under its
// own label, was kept as the report's slip; section 二's 「07」 was read as 7.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readVariants, missesOf } from './suite'
import { loadModels } from './generator/model'
import { makeVariant } from './generator/variant'
import type { Format } from './generator/formats'

const corpus = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')

const FORMATS: Format[] = ['text-layout', 'text-plain', 'text-grouped', 'markdown', 'crawled-lines', 'html', 'docx']

describe.skipIf(!existsSync(corpus))('a mark glued onto a zero cell', () => {
  for (const [where, least] of [['requests', 80], ['disclosure', 80], ['review', 30]] as const) {
    it(`${where}: never a wrong number, and a note for each cell left unread`, async () => {
      const models = loadModels(corpus)
      const variants = models.flatMap((m, i) => FORMATS.map((f, j) => makeVariant(m, 930_000 + 10 * i + j, f, { zeroGlued: where })))
      const applied = variants.filter((v) => v.tags.includes(`${where}:zero-glued`))
      expect(applied.length).toBeGreaterThan(least)
      const results = await readVariants(applied)
      const wrong = missesOf(results, '错')
      console.log(`${where}:zero-glued: ${results.length} variants, ${wrong.length} cells wrong, ${results.reduce((n, r) => n + r.score.right, 0)} right, ${results.reduce((n, r) => n + r.score.unread, 0)} unread`)
      expect(wrong).toEqual([])
      const silent = missesOf(results, '缺(无说明)')
      expect(silent).toEqual([])
    }, 600_000)
  }
})
