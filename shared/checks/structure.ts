// The report's structure: its six sections, the template it follows for its year, and (for a
// 人民政府's own report) the 工作考核、社会评议、责任追究 results 条例第五十条 asks for.
import { SECTION_HEADINGS } from '../model/template-labels'
import type { Evidence, Flag } from '../model/flag'
import { SECTION_KEYS } from '../model/report'
import { isPeoplesGovernment } from '../identity/body'
import { flag, reportEvidence, requestCells, type ReportContext } from './context'
import { hasProse, reportSentences } from './text'

const SECTION_ZH = SECTION_HEADINGS

export function checkSectionsPresent(ctx: ReportContext): Flag[] {
  const found = new Set(ctx.report.sections)
  const missing = SECTION_KEYS.filter((k) => !found.has(k))
  if (missing.length === 0) return []
  const missingZh = missing.map((k) => SECTION_ZH[k]).join('；')
  const evidence = [reportEvidence(ctx, `已找到的章节：${ctx.report.sections.map((k) => SECTION_ZH[k]).join('；') || '无'}`)]
  // A page that is only a picture was not read: the section may be printed there. Not the body's
  // error until a person has looked, so a warning that names the page.
  const unreadPages = ctx.extraction.pagesWithoutText ?? []
  if (unreadPages.length)
    return [{ ...flag('STRUCTURE_SECTION_MISSING', `未读到 ${missing.length} 个规定章节：${missingZh}。第 ${unreadPages.join('、')} 页只有图片、未含文字，所缺章节可能印在该页上，请对照原文核实。`, evidence), severity: 'warning' }]
  return [flag('STRUCTURE_SECTION_MISSING', `报告缺少 ${missing.length} 个规定章节：${missingZh}。`, evidence)]
}

// Fields of section 二 that only one template has.
const FIELDS_2019: Record<string, string[]> = {
  rules: ['newlyMade', 'newlyPublished', 'publishedTotal'],
  normativeDocs: ['newlyMade', 'newlyPublished', 'publishedTotal'],
  licensing: ['lastYearItems', 'change'],
  otherServices: ['lastYearItems', 'change', 'decisions'],
  penalties: ['lastYearItems', 'change'],
  enforcement: ['lastYearItems', 'change'],
  fees: ['lastYearItems', 'change'],
  procurement: ['projects', 'amountWanYuan'],
}
const FIELDS_2021: Record<string, string[]> = {
  rules: ['issued', 'repealed', 'inForce'],
  normativeDocs: ['issued', 'repealed', 'inForce'],
  fees: ['amountWanYuan'],
}

function fieldsUsed(ctx: ReportContext, spec: Record<string, string[]>): Evidence[] {
  const ad = ctx.report.activeDisclosure as Record<string, Record<string, number | null | undefined> | undefined>
  const out: Evidence[] = []
  for (const [item, fields] of Object.entries(spec)) {
    const obj = ad[item]
    if (!obj) continue
    for (const f of fields) {
      if (obj[f] === undefined || obj[f] === null) continue // a key left null says nothing about the layout
      const loc = ctx.extraction.provenance[`activeDisclosure.${item}`]?.loc
      out.push({ kind: 'cell', table: 'activeDisclosure', field: `${item}.${f}`, values: [obj[f] ?? null], ...(loc ? { loc } : {}) })
    }
  }
  return out
}

const OTHER_SUB_ROWS = ['otherHandling.noCorrection', 'otherHandling.feeUnpaid', 'otherHandling.other'] as const

export function checkTemplate(ctx: ReportContext): Flag[] {
  const { year, template } = ctx.report
  if (year === null || template === 'legacy' || year < 2019) return []
  const rows = ctx.report.requests.rows
  const reasons: string[] = []
  const evidence: Evidence[] = []
  if (year >= 2021) {
    if (template === '2019') reasons.push(`${year} 年度报告应使用 2021 年版格式，却使用了 2019 年版（试行）格式`)
    else {
      const old = fieldsUsed(ctx, FIELDS_2019)
      if (old.length > 0) {
        reasons.push('第二部分表格含 2019 年版栏目（如本年新制作数量、上一年项目数量）')
        evidence.push(...old)
      }
    }
    const hasSubs = OTHER_SUB_ROWS.some((k) => rows[k] !== undefined)
    if (rows.otherHandling !== undefined && !hasSubs) {
      reasons.push('表三“（六）其他处理”只有一行（2019 年版），缺少 2021 年版的三个分项')
      evidence.push(requestCells(ctx, 'otherHandling', [0, 1, 2, 3, 4, 5, 6]))
    }
  } else {
    // 2019–2020 reports: the 2021 format did not exist yet.
    if (template === '2021') reasons.push(`${year} 年度报告应使用 2019 年版（试行）格式，却使用了 2021 年版格式`)
    else {
      const newer = fieldsUsed(ctx, FIELDS_2021)
      if (newer.length > 0) {
        reasons.push('第二部分表格含 2021 年版栏目（如本年制发件数、现行有效件数）')
        evidence.push(...newer)
      }
      const subs = OTHER_SUB_ROWS.filter((k) => rows[k] !== undefined)
      if (subs.length > 0) {
        reasons.push('表三“（六）其他处理”分为三项（2021 年版）')
        for (const k of subs) evidence.push(requestCells(ctx, k, [0, 1, 2, 3, 4, 5, 6]))
      }
    }
  }
  if (reasons.length === 0) return []
  evidence.unshift(reportEvidence(ctx, `识别的格式版本：${template}`))
  return [flag('STRUCTURE_TEMPLATE_MISMATCH', `格式版本与报告年度不符：${reasons.join('；')}。`, evidence)]
}

const GOV_ITEMS: { label: string; re: RegExp }[] = [
  { label: '工作考核', re: /考核/ },
  { label: '社会评议', re: /评议|(?:公众|群众|社会)(?:考评|评价|测评)|满意度(?:测评|调查|评价)/ },
  { label: '责任追究', re: /责任追究|追究责任|追究.{0,6}责任|问责/ },
]

export function checkGovernmentItems(ctx: ReportContext): Flag[] {
  const { agency, year, template } = ctx.report
  if (!isPeoplesGovernment(agency) || template === 'legacy' || (year !== null && year < 2019)) return []
  if (!hasProse(ctx)) return []
  const sentences = reportSentences(ctx)
  const missing = GOV_ITEMS.filter((item) => !sentences.some((s) => item.re.test(s.text)))
  if (missing.length === 0) return []
  const sec = ctx.extraction.sectionText.overview
  return [
    flag(
      'STRUCTURE_GOV_ITEMS_MISSING',
      `人民政府的年度报告应报告工作考核、社会评议和责任追究结果情况（条例第五十条），本报告未提及：${missing.map((m) => m.label).join('、')}。`,
      [sec ? { kind: 'text', section: 'overview', text: sec.text.slice(0, 200), loc: sec.loc } : reportEvidence(ctx)],
    ),
  ]
}
