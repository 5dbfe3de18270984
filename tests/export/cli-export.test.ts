// exportFromCli: what `npm run analyze -- --pptx … --xlsx …` calls with the analysed files.
import { describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import ExcelJS from 'exceljs'
import { cliDeckOptions, exportFromCli, toReportItems, type AnalyzedLike } from '../../src-main/export/cli-export'
import { allGoldIds, goldIds, goldItem, hasGold } from './gold-items'
import { slideNames, slideText, text, unzip } from './ooxml'

function analyzed(id: string): AnalyzedLike {
  const it = goldItem(id)
  return { file: `/data/in/${id}.pdf`, sha256: `sha-${id}`, extraction: it.extraction, flags: [] }
}

describe.skipIf(!hasGold)('exportFromCli', () => {
  it('writes both files from analysed results, leaving out files that failed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-export-'))
    const inputs: AnalyzedLike[] = [...goldIds('yunxi-jyj').map(analyzed), { file: '/data/in/broken.pdf', flags: [] }]
    const pptx = join(dir, 'out.pptx')
    const xlsx = join(dir, 'out.xlsx')
    await exportFromCli({ pptx, xlsx }, inputs)
    expect(existsSync(pptx) && existsSync(xlsx)).toBe(true)
    const files = unzip(new Uint8Array(readFileSync(pptx)))
    const sources = slideText(text(files, slideNames(files).at(-1)!))
    expect(sources).toContain('yunxi-jyj_2019.pdf')
    expect(sources).not.toContain('broken.pdf')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer)
    expect(wb.worksheets.length).toBe(goldIds('yunxi-jyj').length + 3)
  })

  it('several bodies give a one-year comparison deck, in the year most bodies reported on', () => {
    const items = toReportItems(allGoldIds().map(analyzed))
    const opts = cliDeckOptions(items)
    const perYear = new Map<number, Set<string>>()
    for (const i of items) {
      const r = i.extraction.report
      perYear.set(r.year!, (perYear.get(r.year!) ?? new Set()).add(r.agency!))
    }
    const most = Math.max(...[...perYear.values()].map((s) => s.size))
    expect(perYear.get(opts.bodiesYear!)!.size).toBe(most)
    expect(cliDeckOptions(toReportItems(goldIds('yunxi-gov').map(analyzed)))).toEqual({})
  })

  it('refuses when nothing could be read', async () => {
    await expect(exportFromCli({ pptx: join(tmpdir(), 'never.pptx') }, [{ file: 'x.pdf', flags: [] }])).rejects.toThrow(/没有可导出的报告/)
  })
})
