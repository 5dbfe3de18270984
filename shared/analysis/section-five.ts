// The text of section 五 (存在的主要问题及改进情况) without its heading, as the similarity
// measures compare it.
import type { Extraction } from '../model/extraction'

// The heading, printed on its own line or run into the text ("五、存在的主要问题及改进情况（一）…").
const HEADING_RE =
  /^\s*五\s*[、.．]\s*(?:政府信息公开工作)?(?:存在的?主要问题(?:及|和)?改进(?:情况|措施)|存在的?(?:主要)?问题(?:及|和)?改进(?:情况|措施)?|[^\n]{0,30}?(?:改进情况|改进措施))/

export function stripProblemsHeading(text: string): string {
  return text.replace(HEADING_RE, '')
}

/** Section 五's body text, or the listed problems and improvements when no section text was kept. */
export function problemsSectionBody(extraction: Extraction): string | null {
  const sec = extraction.sectionText.problems?.text
  if (sec !== undefined && sec.trim() !== '') return stripProblemsHeading(sec)
  const r = extraction.report
  const entries = [...r.problems, ...r.improvements].map((e) => e.text).filter((t) => t.trim() !== '')
  return entries.length > 0 ? entries.join('\n') : null
}
