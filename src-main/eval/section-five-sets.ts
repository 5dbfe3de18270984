// Section 五 texts scored in `npm run eval` beside the corpus: the hostile set of hand-written texts
// (tests/prose/hostile), the earlier unseen wordings, and the phrasing variants generated from the
// corpus's gold entries. Prints one line per set; returns the figures eval-floor.json holds.
import { splitProblems } from '../../shared/extract/problems'
import { HOSTILE_CASES } from '../../tests/prose/hostile/all'
import { UNSEEN } from '../../tests/prose/variants/unseen-section-five'
import { sourceReports } from '../../tests/prose/variants/source-reports'
import { stripMarker, variantsOf } from '../../tests/prose/variants/section-five-variants'
import { HAS_CORPUS } from '../../tests/prose/corpus'
import { caseScoreFigures, caseScoreLine, scoreCases, type ScoredCase } from './problems-score'

const compact = (s: string): string => s.replace(/[\s\u3000]+/g, '')

/** The variants as scored cases: entries compared without their list markers (the generator changes them). */
function variantCases(): ScoredCase[] {
  return sourceReports()
    .flatMap(variantsOf)
    .map((v) => ({
      id: v.id,
      text: v.text,
      problems: v.problems.map((e) => ({ starts: compact(e.body).slice(0, 10), categories: e.categories })),
      improvements: v.improvements.map((e) => ({ starts: compact(e.body).slice(0, 10), categories: e.categories })),
      priorDone: v.priorDone,
    }))
}

function splitWithoutMarkers(text: string): ReturnType<typeof splitProblems> {
  const r = splitProblems(text)
  const strip = (list: typeof r.problems) => list.map((e) => ({ ...e, text: stripMarker(e.text) }))
  return { problems: strip(r.problems), improvements: strip(r.improvements), priorDone: r.priorDone }
}

export function sectionFiveTextSets(quiet = false): Record<string, number> {
  const hostile = scoreCases(HOSTILE_CASES, splitProblems)
  const unseen = scoreCases(UNSEEN, splitProblems)
  console.log(caseScoreLine('五 手写文本 (hostile set)', hostile))
  if (!quiet) for (const m of hostile.misses) console.log(`    ${m}`)
  console.log(caseScoreLine('五 未见措辞 (unseen wordings)', unseen))
  const figures = { ...caseScoreFigures('section5Hostile', hostile), ...caseScoreFigures('section5Unseen', unseen) }
  if (!HAS_CORPUS) return figures
  const variants = scoreCases(variantCases(), splitWithoutMarkers)
  console.log(caseScoreLine('五 措辞变体 (phrasing variants)', variants))
  return { ...figures, ...caseScoreFigures('section5Variants', variants) }
}
