// A file that holds a second whole report after the first (a 汇编 of several bodies' reports): a
// second title 「…政府信息公开工作年度报告」 after the first report's last section, with its own
// table 三. Only the first report is read; the second is never dropped silently: a note names it
// and asks for it to be saved as a file of its own.
import type { ExtractionNote } from '../model/extraction'
import type { SectionRange } from './sections'
import { tableStarts } from './year-tables'

const TITLE = /(?<=^|\n)[ \u3000\t#*]*([^\n。；]{2,60}?政府信息公开工作年度报告)[ \u3000\t]*(?=\n|$)/g

interface FurtherReport {
  title: string
  /** Where its title line starts in the text. */
  start: number
}

/** A report's opening right after its title: its section 一 heading, or the template's first sentence. */
const REPORT_OPENING = /^[\s#*]*(?:[一1][、.．]\s*总体情况|本报告(?:是)?根据)/

/**
 * Further reports in the text: a title after the first report's last section, followed by a table 三
 * of its own or by a report's opening (plain pdftotext can break table 三's heading apart).
 */
function furtherReports(text: string, sections: SectionRange[]): FurtherReport[] {
  const last = sections[sections.length - 1]
  if (!last) return []
  TITLE.lastIndex = last.bodyStart
  const titles: { title: string; start: number; end: number }[] = []
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) titles.push({ title: m[1]!.trim(), start: m.index, end: m.index + m[0].length })
  return titles
    .filter((t, i) => REPORT_OPENING.test(text.slice(t.end, t.end + 200)) || tableStarts(text.slice(t.end, titles[i + 1]?.end ?? text.length), 'requests').length > 0)
    .map(({ title, start }) => ({ title, start }))
}

/** Titles of further reports in the text, each followed by a table 三 of its own. */
export function furtherReportTitles(text: string, sections: SectionRange[]): string[] {
  return furtherReports(text, sections).map((r) => r.title)
}

/**
 * Where the first report's text ends: at the title of the next report, or the text's end. The prose
 * figures and the 落款 date are read only before it — the second report, which is not read, has its
 * own (its hotline figure, its 主动公开 count, its signing date; review 10 R10-10).
 */
export function firstReportEnd(text: string, sections: SectionRange[]): number {
  return furtherReports(text, sections)[0]?.start ?? text.length
}

export function furtherReportNotes(text: string, sections: SectionRange[]): ExtractionNote[] {
  return furtherReportTitles(text, sections).map((title) => ({
    field: 'requests',
    message: `此文件还含有另一份报告：「${title}」，未读取，请将其另存为单独文件后导入。`,
  }))
}
