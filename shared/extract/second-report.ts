// A file that holds a second whole report after the first (a 汇编 of several bodies' reports): a
// second title 「…政府信息公开工作年度报告」 after the first report's last section, with its own
// table 三. Only the first report is read; the second is never dropped silently: a note names it
// and asks for it to be saved as a file of its own.
import type { ExtractionNote } from '../model/extraction'
import type { SectionRange } from './sections'
import { tableStarts } from './year-tables'

// Its last character may stand on the next line (a PDF's text boxes wrap the title: 「…年度报」 / 「告」).
const TITLE = /(?<=^|\n)[ \u3000\t#*]*([^\n。；]{2,60}?政府信息公开工作年度报告?)[ \u3000\t]*(?=\n|$)/g
const WRAPPED_LAST = /^[ \u3000\t]*\n[ \u3000\t]*告[ \u3000\t]*(?=\n|$)/

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
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
    // Its own title only: not the 附件 line's words before it (「附件：所属部门…年度报告」).
    const whole = m[1]!.trim().replace(/^附件\s*\d*\s*[：:]\s*/, '').replace(/^.*年度报告(?=.)/, '')
    if (whole.endsWith('告')) titles.push({ title: whole, start: m.index, end: m.index + m[0].length })
    else {
      // 「告」 on the next line, or lost among the text boxes while the report's opening follows at once.
      const after = text.slice(m.index + m[0].length)
      const last = WRAPPED_LAST.exec(after)?.[0] ?? (REPORT_OPENING.test(after.slice(0, 200)) ? '' : null)
      if (last !== null) titles.push({ title: `${whole}告`, start: m.index, end: m.index + m[0].length + last.length })
    }
  }
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
