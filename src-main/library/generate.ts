// A generated library of N invented reports (default 700) for the start-up benchmark: realistic
// document sizes (tables, section texts, provenance), invented body names, deterministic numbers.
import { createHash } from 'node:crypto'
import { emptyReport, REQUEST_ROW_KEYS, SECTION_KEYS, type Report } from '../../shared/model/report'
import type { Extraction } from '../../shared/model/extraction'
import type { Flag } from '../../shared/model/flag'
import { seeded } from '../../shared/util/seeded-random'
import { Library } from './library'

export interface GenerateOptions {
  count?: number
  firstYear?: number
  years?: number
}

function fakeExtraction(agency: string, year: number, rand: () => number): Extraction {
  const report: Report = emptyReport()
  report.agency = agency
  report.year = year
  report.template = year >= 2021 ? '2021' : '2019'
  report.publishedOn = `${year + 1}-01-${String(10 + Math.floor(rand() * 18)).padStart(2, '0')}`
  report.sections = [...SECTION_KEYS]
  const n = () => Math.floor(rand() * 200)
  for (const key of REQUEST_ROW_KEYS) report.requests.rows[key] = Array.from({ length: 7 }, n)
  report.reviewLitigation = { review: [n(), n(), n(), n(), n()], litigationDirect: [n(), n(), n(), n(), n()], litigationAfterReview: [n(), n(), n(), n(), n()] }
  report.metrics.activeDisclosureItems = Math.floor(rand() * 50_000)
  report.metrics.requestsReceived = n()
  report.problems = [{ text: '部分栏目更新不及时，信息发布的规范性有待提高。', categories: ['update-gap'] }]
  report.improvements = [{ text: '加强栏目日常巡查，建立更新提醒机制。', categories: ['update-gap'] }]
  const para = '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进政务公开标准化规范化建设。'.repeat(12)
  const sectionText = Object.fromEntries(SECTION_KEYS.map((k, i) => [k, { text: para, loc: { block: i * 10 } }]))
  const provenance = Object.fromEntries(REQUEST_ROW_KEYS.map((k, i) => [`requests.${k}`, { loc: { block: 30 + i, page: 3 }, text: `${k} ${report.requests.rows[k]!.join(' ')}` }]))
  return { report, provenance, sectionText, preamble: `${agency}${year}年度政府信息公开工作年度报告`, notes: [] }
}

/** Fill `dir` with `count` generated reports and write the list index. Returns the library. */
export async function generateLibrary(dir: string, options: GenerateOptions = {}): Promise<Library> {
  const count = options.count ?? 700
  const firstYear = options.firstYear ?? 2019
  const years = options.years ?? 6
  const rand = seeded(20240101)
  const lib = new Library(dir)
  await lib.open()
  for (let i = 0; i < count; i++) {
    const body = Math.floor(i / years)
    const year = firstYear + (i % years)
    const agency = `示范市第${body + 1}号机关`
    const text = `${agency}${year}年度政府信息公开工作年度报告\n（生成的测试报告 ${i}）\n`
    const bytes = new TextEncoder().encode(text)
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    const stored = await lib.add({ sha256, fileName: `generated-${i}.txt`, format: 'text', source: { bytes }, extraction: fakeExtraction(agency, year, rand) })
    if (i % 7 === 0) {
      const flag: Flag = { id: 'SWING', severity: 'warning', message: '申请数量同比变化超过 50%', evidence: [] }
      await lib.setFlags(new Map([[stored.id, [flag]]]), [stored])
    }
  }
  await lib.flush()
  return lib
}
