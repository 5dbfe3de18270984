// The dictionaries behind classifyProblem: for each category of problem-taxonomy.md, the phrases that
// put a problem or an improvement into it. Phrases rather than single words, so that a passing
// mention ("平台", "互动", "目录") does not decide. Two strengths:
//  - `anywhere`: decides wherever it appears in the entry;
//  - `inHead`: decides only in the entry's first sentence (its title: "一是…。"), because in the
//    explanation that follows such words are usually context ("聚焦…重点领域", "政策文件及解读").
// The phrases are kept by job in site-rules.ts, disclosure-rules.ts and practice-rules.ts; the order below is the
// order classifyProblem reads them in.
import type { CategoryRule } from './category-rule'
import { DISCLOSURE_RULES } from './disclosure-rules'
import { FAMILY_RULES } from './family-rules'
import { PRACTICE_RULES } from './practice-rules'
import { SITE_RULES } from './site-rules'

export type { CategoryRule } from './category-rule'

export const CATEGORY_RULES: CategoryRule[] = [
  ...FAMILY_RULES, // session 13's wording families; the disclosure's 主动性 followed by what is published is theirs, not awareness
  ...SITE_RULES,
  ...DISCLOSURE_RULES,
  ...PRACTICE_RULES,
]
