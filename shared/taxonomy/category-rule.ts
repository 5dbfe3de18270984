// The shape of one category's phrase rules (read by classifyProblem through rules.ts's CATEGORY_RULES).
import type { ProblemCategory } from '../model/report'

export interface CategoryRule {
  category: ProblemCategory
  anywhere: RegExp[]
  inHead?: RegExp[]
}
