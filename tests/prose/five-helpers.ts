// Helpers shared by the section 五 rule tests (split-rules-s*, category-causes-s*): a section's body
// split under its heading, and an entry's categories by rules and concepts alone (no learned index).
import { splitProblems } from '../../shared/extract/problems'
import { classifyProblem } from '../../shared/taxonomy/classify'

const HEADING = '五、政府信息公开工作存在的主要问题及改进情况\n'

/** The entries' texts of a section 五 whose body is `body`. */
export const split = (body: string): { problems: string[]; improvements: string[] } => {
  const r = splitProblems(HEADING + body, null)
  return { problems: r.problems.map((e) => e.text), improvements: r.improvements.map((e) => e.text) }
}

/** Categories by rules and concepts alone. */
export const plain = (text: string): string[] => classifyProblem(text, {}, null).categories
