// `npm run eval`: runs the extractor and the checks over ../shared/corpus and compares with the
// gold files cell by cell. Prints per-report and overall accuracy and every miss.
//   --check-floor   exit 1 when any overall figure falls below eval-floor.json
//   --update-floor  raise eval-floor.json to the current figures (never lowers it)
//   --only TEXT     only cases whose id contains TEXT;  --quiet  no per-miss lines
//   --no-variants   skip the layout-variant suite (tests/variants)
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { analyzeFiles } from '../pipeline/analyze-files'
import { loadCases, loadFragments, type Case } from '../eval/corpus'
import { scanRecordLines } from '../eval/scan-record'
import { ENGINE_VERSION } from '../readers/ocr/ocr-cache'
import { addTally, BUCKETS, compare, emptyTally, pct, type Bucket, type Tally } from '../eval/compare'
import { evaluateVariants, readPct } from '../eval/variants'
import { ProblemsTally } from '../eval/problems-score'
import { RecurringTally } from '../eval/recurring-score'
import { REPORTED_ONLY, sectionFiveTextSets } from '../eval/section-five-sets'
import { evaluateNewUserSet, readShare } from '../eval/newuser-set'
import { proseMetricsReport, proseReadPct } from '../eval/prose-metrics'

const args = process.argv.slice(2)
const flag = (name: string): boolean => args.includes(name)
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '') : ''
const corpusDir = resolve(process.env.DESK_CORPUS ?? '../shared/corpus')
const floorFile = resolve('eval-floor.json')

const bodyOf = (id: string): string => id.replace(/_\d{4}$/, '')
const section5 = new ProblemsTally()
const recurring = new RecurringTally()

async function evaluateCases(cases: Case[]): Promise<Map<string, Record<Bucket, Tally>>> {
  const perTag = new Map<string, Record<Bucket, Tally>>()
  const folders = [...new Set(cases.map((c) => c.folder))]
  for (const folder of folders) {
    const inFolder = cases.filter((c) => c.folder === folder)
    const tags = [...new Set(inFolder.flatMap((c) => Object.keys(c.files)))].sort()
    for (const tag of tags) {
      const scored = inFolder.filter((c) => c.files[tag] && (!only || c.id.includes(only)))
      if (!scored.length) continue
      // Other years of the same bodies come along (in another format where this one is missing),
      // so that the cross-year checks have their previous year.
      const bodies = new Set(scored.map((c) => bodyOf(c.id)))
      // Years this folder lacks come from the other folders (legacy-formats holds one year per body).
      const group = [...inFolder, ...cases.filter((o) => o.folder !== folder && !inFolder.some((c) => c.id === o.id))].filter((c) => bodies.has(bodyOf(c.id)))
      const files = group.map((c) => c.files[tag] ?? c.files.txt ?? c.files.md ?? c.files.pdf ?? Object.values(c.files)[0]!)
      const results = await analyzeFiles(files)
      const total = emptyTally()
      group.forEach((c, i) => {
        if (c.folder !== folder || !c.files[tag] || (only && !c.id.includes(only))) return
        const res = results[i]!
        const label = `${folder}/${c.id}.${tag}`
        if (!res.extraction) {
          console.log(`✗ ${label}: 读取失败 ${res.error?.message ?? ''}`)
          const failed = emptyTally()
          const cmp = compare({ report: emptyExtraction(), provenance: {}, sectionText: {}, preamble: '', notes: [] }, [], c.gold, { crossYear: true })
          for (const b of BUCKETS) failed[b].total = cmp.tally[b].total
          addTally(total, failed)
          return
        }
        const prevAt = group.findIndex((o) => bodyOf(o.id) === bodyOf(c.id) && o.gold.year === (c.gold.year ?? 0) - 1)
        const prevInGroup = prevAt >= 0
        const prevEx = results[prevAt]?.extraction
        if (prevEx) recurring.add(label, res.extraction.report, prevEx.report, c.gold, group[prevAt]!.gold)
        const cmp = compare(res.extraction, res.flags, c.gold, { crossYear: prevInGroup })
        addTally(total, cmp.tally)
        const line = BUCKETS.map((b) => `${b} ${pct(cmp.tally[b])}`).join('  ')
        console.log(`${cmp.misses.length ? '✗' : '✓'} ${label}: ${line}  ${section5.add(res.extraction.report, c.gold)}`)
        if (!flag('--quiet')) for (const m of cmp.misses) console.log(`    ${m}`)
      })
      perTag.set(`${folder}/${tag}`, total)
    }
  }
  return perTag
}

function emptyExtraction() {
  return {
    agency: null, year: null, template: 'legacy' as const, publishedOn: null, sections: [],
    metrics: { activeDisclosureItems: null, activeDisclosureItemsChange: null, requestsReceived: null, indexRank: null, indexRankOf: null, indexRankChange: null, hotlineCalls: null, hotlineCallsYoYPercent: null, messagesReceived: null },
    activeDisclosure: {}, requests: { rows: {} }, reviewLitigation: { review: null, litigationDirect: null, litigationAfterReview: null }, problems: [], improvements: [],
  }
}

async function evaluateFragments(): Promise<Tally> {
  const frags = loadFragments(corpusDir).filter((f) => !only || f.file.includes(only))
  const t: Tally = { total: 0, correct: 0, wrong: 0 }
  const results = await analyzeFiles(frags.map((f) => f.file))
  frags.forEach((f, i) => {
    const ex = results[i]?.extraction
    const wantAgency = f.agency.replace(/[（(].*$/, '').trim()
    const okYear = ex?.report.year === f.year
    // The title may name the body shorter than the index does (塘下镇人民政府 for 瑞安市塘下镇人民政府):
    // a part of the full name is right, anything else is wrong.
    const got = ex?.report.agency ?? null
    const okAgency = got !== null && (got === wantAgency || (got.length >= 3 && wantAgency.includes(got)))
    t.total += 2
    t.correct += Number(okYear) + Number(okAgency)
    t.wrong += Number(!okYear && ex?.report.year != null) + Number(!okAgency && ex?.report.agency != null)
    if (!okYear || !okAgency) {
      console.log(`✗ fragments/${basename(f.file)}: 年份 ${ex?.report.year ?? '无'}（应为 ${f.year}），机关 ${ex?.report.agency ?? '无'}（应为 ${wantAgency}）${results[i]?.error ? ' ' + results[i]!.error!.message : ''}`)
    }
  })
  return t
}

async function main(): Promise<void> {
  if (!existsSync(corpusDir)) {
    console.log(`跳过：未找到语料目录 ${corpusDir}（skipped: corpus not found）`)
    return
  }
  const perTag = await evaluateCases(loadCases(corpusDir))
  const overall = emptyTally()
  // Scans read by OCR have their own floor (scanned.*): OCR leaves some cells empty that text never
  // does, and that must not lower the bar for text reports.
  const scanned = emptyTally()
  console.log('\n== 按格式 (per format) ==')
  for (const [tag, t] of perTag) {
    addTally(tag.startsWith('scanned/') ? scanned : overall, t)
    console.log(`${tag.padEnd(18)} ${BUCKETS.map((b) => `${b} ${pct(t[b])} (${t[b].correct}/${t[b].total}, 错 ${t[b].wrong})`).join('  ')}`)
  }
  const frag = await evaluateFragments()
  console.log(`fragments          机关与年份 ${pct(frag)} (${frag.correct}/${frag.total}, 错 ${frag.wrong})`)
  console.log('\n== 总计 (overall) ==')
  const figures: Record<string, number> = {}
  for (const b of BUCKETS) {
    const t = overall[b]
    figures[b] = t.total ? Math.floor((1000 * t.correct) / t.total) / 10 : 100
    console.log(`${b.padEnd(9)} ${pct(t)} (${t.correct}/${t.total}, 错 ${t.wrong})`)
  }
  figures.fragments = frag.total ? Math.floor((1000 * frag.correct) / frag.total) / 10 : 100
  for (const b of BUCKETS) {
    const t = scanned[b]
    if (!t.total) continue
    figures[`scanned.${b}`] = Math.floor((1000 * t.correct) / t.total) / 10
    console.log(`scanned.${b.padEnd(9)} ${pct(t)} (${t.correct}/${t.total}, 错 ${t.wrong})`)
  }
  // Own scans beyond the corpus's (150/300 dpi, wear, a web page's picture, a PNG page, …): recorded.
  const ownScans = scanRecordLines(ENGINE_VERSION)
  for (const l of ownScans.lines) console.log(l)
  console.log(section5.summary())
  Object.assign(figures, section5.figures())
  console.log(recurring.summary())
  if (!flag('--quiet')) for (const m of recurring.t.misses) console.log(`    ${m}`)
  Object.assign(figures, recurring.figures(), sectionFiveTextSets(flag('--quiet')))
  // The variant suite: its read share is held by the floor; a wrong cell fails outright.
  let variantWrong = 0
  if (!only && !flag('--no-variants')) {
    const v = await evaluateVariants(corpusDir, { quiet: flag('--quiet') })
    figures.variants = readPct(v.total)
    figures.variantsDigitsApart = readPct(v.separated)
    figures.variantsRunTogether = readPct(v.runTogether)
    // The reader formats' read shares, each with a floor of its own (variants.ofd-ruled …).
    for (const [f, t] of v.readerFormats) figures[`variants.${f}`] = readPct(t)
    variantWrong = v.total.wrong + [...v.readerFormats.values()].reduce((n, t) => n + t.wrong, 0)
  }
  // The hand-written reports of unseen bodies and layouts (tests/newuser): a wrong cell fails outright.
  const newUser = only ? null : await evaluateNewUserSet(resolve('tests/newuser'), { quiet: flag('--quiet') })
  if (newUser) figures.newUser = readShare(newUser.cells)
  // The second set (tests/newuser2), written blind before any fix it led to: the same rule.
  const newUser2 = only ? null : await evaluateNewUserSet(resolve('tests/newuser2'), { quiet: flag('--quiet'), name: 'newUser2' })
  if (newUser2) figures.newUser2 = readShare(newUser2.cells)
  // Generated prose-metric paragraphs (tests/metrics): a wrong value fails outright.
  const prose = only ? null : proseMetricsReport()
  if (prose) {
    console.log(`\n== 正文数字生成句 (prose metrics, generated) ==\n${prose.lines.join('\n')}`)
    figures.proseMetrics = proseReadPct(prose.total)
  }
  const newUserWrong = (prose?.total.wrong.length ?? 0) + [newUser, newUser2].reduce((n, s) => n + (s?.cells.wrong ?? 0) + (s?.metrics.wrong ?? 0), 0)
  const floor: Record<string, number> = existsSync(floorFile) ? JSON.parse(readFileSync(floorFile, 'utf8')) : {}
  if (flag('--update-floor') && !only) {
    const held = Object.entries(figures).filter(([k]) => !REPORTED_ONLY.has(k))
    // Floors of figures not measured in this run (--no-variants) are kept, not dropped.
    const raised = { ...floor, ...Object.fromEntries(held.map(([k, v]) => [k, Math.max(v, floor[k] ?? 0)])) }
    writeFileSync(floorFile, JSON.stringify(raised, null, 2) + '\n')
    console.log(`已更新下限 ${floorFile}`)
  }
  if (flag('--check-floor') && !only) {
    const below = Object.entries(floor).filter(([k, v]) => (figures[k] ?? Infinity) < v)
    if (newUserWrong > 0) {
      console.log(`新用户报告中有 ${newUserWrong} 个错误数字 (wrong new-user cells): must be 0`)
      process.exitCode = 1
    }
    if (scanned.cells.wrong + ownScans.wrong > 0) {
      console.log(`扫描件中有 ${scanned.cells.wrong + ownScans.wrong} 个错误数字 (wrong scanned cells): must be 0`)
      process.exitCode = 1
    }
    if (variantWrong > 0) {
      console.log(`版式变体中有 ${variantWrong} 个错误数字 (wrong variant cells): must be 0`)
      process.exitCode = 1
    }
    if (below.length) {
      console.log(`低于下限 (below floor): ${below.map(([k, v]) => `${k} ${figures[k]} < ${v}`).join(', ')}`)
      process.exitCode = 1
    } else console.log('未低于下限 (at or above the floor).')
  }
}

void main()
