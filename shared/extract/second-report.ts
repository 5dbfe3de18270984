// A file that holds a second whole report after the first (a 汇编 of several bodies' reports): a
// second title 「…政府信息公开工作年度报告」 after the first report's last section, with its own
// table 三. Only the first report is read; the second is never dropped silently: a note names it
// and asks for it to be saved as a file of its own.
import type { ExtractionNote } from '../model/extraction'
import type { SectionRange } from './sections'
import { tableStarts } from './year-tables'

const TITLE = /(?<=^|\n)[ \u3000\t#*]*([^\n。；]{2,60}?政府信息公开工作年度报告)[ \u3000\t]*(?=\n|$)/g

/** Titles of further reports in the text, each followed by a table 三 of its own. */
export function furtherReportTitles(text: string, sections: SectionRange[]): string[] {
  const last = sections[sections.length - 1]
  if (!last) return []
  TITLE.lastIndex = last.bodyStart
  const titles: { title: string; end: number }[] = []
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) titles.push({ title: m[1]!.trim(), end: m.index + m[0].length })
  return titles.filter((t, i) => tableStarts(text.slice(t.end, titles[i + 1]?.end ?? text.length), 'requests').length > 0).map((t) => t.title)
}

export function furtherReportNotes(text: string, sections: SectionRange[]): ExtractionNote[] {
  return furtherReportTitles(text, sections).map((title) => ({
    field: 'requests',
    message: `此文件还含有另一份报告：「${title}」，未读取，请将其另存为单独文件后导入。`,
  }))
}
