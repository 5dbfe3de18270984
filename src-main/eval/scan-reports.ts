// Reports not in the corpus, for eval-scans: the variant generator's reports (tests/variants: the
// corpus's gold figures under other layouts, heading styles and label wordings), printed to PDF by
// Chromium in a serif face (as most bodies print: 宋体/仿宋, not the generator's sans) at a larger
// size, and scored against the generator's own answers.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Extraction } from '../../shared/model/extraction'
import { loadModels } from '../../tests/variants/generator/model'
import { makeVariant } from '../../tests/variants/generator/variant'
import { renderHtmlDoc } from '../../tests/variants/render/html'
import { canPrintPdf, printPdf } from '../../tests/variants/render/index'
import { scoreVariant } from '../../tests/variants/score'

export interface ScanSource {
  id: string
  pdf: string
  score: (ex: Extraction) => { right: number; wrong: number; unread: number; misses: string[] }
}

/** The generator's page style with another face and size (the generator prints sans at 12 px). */
function restyled(html: string): string {
  return html.replace(/body\{font-family:[^}]*\}/, 'body{font-family:"Noto Serif CJK SC",serif;font-size:14px}')
}

/** `n` generated reports as text PDFs in `dir` (seeds fixed: the same reports every run), from the
 *  `skip`-th on (gen-(skip+1)…). */
export function generatedReports(n: number, corpusDir: string, dir: string, skip = 0): ScanSource[] {
  if (!canPrintPdf) return []
  const models = loadModels(corpusDir)
  const out: ScanSource[] = []
  for (let k = skip; k < skip + n; k++) {
    const v = makeVariant(models[(k * 11 + 3) % models.length]!, 700_000 + k, 'pdf')
    const title = `${v.model.agency}${v.model.year}年政府信息公开工作年度报告`
    const pdf = join(dir, `gen-${k + 1}.pdf`)
    writeFileSync(pdf, printPdf(restyled(renderHtmlDoc(v.doc, title, { print: true }))))
    out.push({ id: `gen-${k + 1}`, pdf, score: (ex) => scoreVariant(v, ex) })
  }
  return out
}
