// Model → a file in each format (web page UTF-8 and GBK, DOCX with merged cells, PDF printed by Chromium) → the
// real readers → the extractor → the same model.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { readFile } from '../../src-main/readers/index'
import { extractReport } from '../../shared/extract/index'
import { makeReport } from './fixtures/make-report'
import { renderHtml } from './fixtures/render-html'
import { renderDocx } from './fixtures/render-docx'
import type { Report } from '../../shared/model/report'

const dir = mkdtempSync(join(tmpdir(), 'desk-formats-'))
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))

async function extractFile(path: string) {
  const r = await readFile(path)
  if (!r.ok) throw new Error(r.error.message)
  return extractReport(r.document).report
}

function expectSame(got: Report, model: Report): void {
  expect(got.agency).toBe(model.agency)
  expect(got.year).toBe(model.year)
  expect(got.publishedOn).toBe(model.publishedOn)
  expect(got.template).toBe(model.template)
  expect(got.sections).toEqual(model.sections)
  expect(got.requests.rows).toEqual(model.requests.rows)
  expect(got.reviewLitigation).toEqual(model.reviewLitigation)
  expect(got.activeDisclosure).toEqual(model.activeDisclosure)
}

describe.each(['2019', '2021'] as const)('template %s', (template) => {
  it.each([1, 2, 3])('web page, UTF-8, merged label columns, portal chrome and a script (seed %i)', async (seed) => {
    const model = makeReport(seed * 13 + 1, template)
    const file = join(dir, `page-${template}-${seed}.html`)
    writeFileSync(file, renderHtml(model))
    expectSame(await extractFile(file), model)
  })

  it('web page saved as GBK (charset=gb2312)', async () => {
    const model = makeReport(71, template)
    const file = join(dir, `page-${template}.htm`)
    writeFileSync(file, iconv.encode(renderHtml(model, 'gb2312'), 'gbk'))
    expectSame(await extractFile(file), model)
  })

  it.each([1, 2])('Word document with vertically merged label cells (seed %i)', async (seed) => {
    const model = makeReport(seed * 17 + 3, template)
    const file = join(dir, `draft-${template}-${seed}.docx`)
    writeFileSync(file, await renderDocx(model))
    expectSame(await extractFile(file), model)
  })

  it.skipIf(!CHROMIUM)('PDF printed by Chromium from that page', async () => {
    const model = makeReport(83, template)
    const html = join(dir, `print-${template}.html`)
    const pdf = join(dir, `print-${template}.pdf`)
    writeFileSync(html, renderHtml(model))
    execFileSync(CHROMIUM!, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`], { stdio: 'ignore', timeout: 60_000 })
    expectSame(await extractFile(pdf), model)
  })
})
