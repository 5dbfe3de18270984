// Section 五's lines joined into paragraphs (a PDF's wraps undone, each list point or bullet a paragraph of
// its own), its sub-heading lines turned into marks that carry their kind (\u0001problems\u0001 …, see
// LINE_HEADING_MARK). problem-parts.ts then cuts the joined text into its halves.
import { PARAGRAPH } from './problem-lists'
import { LOOSE_LINE_MARKER } from './loose-list-markers'
import { joinWrappedLines } from './prose-text'
import { gluedMeasuresHeading } from './glued-measures-heading'
import { ABOUT_HEAD, BARE_HEADING_LINE, BARE_NEXT, HEAD_WORDS, HEADING_LINE, headingKind, ORDINAL } from './problem-parts'

/**
 * A line that ends a paragraph: it ends a sentence, and, where the text is wrapped (some line
 * breaks mid-word, as a PDF's text does), it is shorter than the widest line: a full line that
 * happens to end with 。 is a wrap, not a paragraph's end.
 */
function endsParagraph(line: string, wrapped: boolean, widest: number): boolean {
  const t = line.trim()
  return /[。！？][”"’]?$/.test(t) && (!wrapped || t.length < widest * 0.9)
}

/** Some line ends on a character that cannot end a paragraph (a letter, digit or ideograph). */
function isWrapped(lines: string[]): boolean {
  return lines.some((l) => /[\p{L}\p{N}]$/u.test(l.trim()))
}

// · (a middle dot) and ・ as well: a list typed one a line with the dot as its bullet.
const BULLET = /^\s*[●•■◆▪□◇○·・]\s*/
/** A line that opens with a list marker: 1. ２． (not 2.5), （二）, 三是, ①. */
const LINE_MARKER = /^\s*(?:[\d０-９]{1,2}[、.．](?![\d０-９])|[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}是|[①-⑩])/

/** A line that opens with a sub-heading and its colon ("改进措施：1. …"), or one written as a sentence ("关于下一步工作打算。"), after a line without a full stop. */
const HEADING_START = new RegExp(`^\\s*(?:${ORDINAL}?\\s*(?:${HEAD_WORDS}|${BARE_NEXT})\\s*[:：]|${ABOUT_HEAD})`)

/**
 * A numbered topic heading on a line of its own, its problems and measures under their own headings below
 * ("（一）关于主动公开" then "存在问题：…" and "改进措施：…"): neither a problem nor a measure.
 */
const TOPIC_LINE = new RegExp(`^\\s*${ORDINAL}\\s*关于[^，。；：:,;！？]{1,16}\\s*$`)

/** The report's running header repeated on a page inside the section ("…政府信息公开工作年度报告"). */
const RUNNING_HEADER = /^\s*[^，。；：:,;！？]{0,40}政府信息公开(?:工作)?年度报告\s*$/

/** Lines → text with wraps undone; sub-heading lines become marks that carry their kind. */
export function joinKeepingHeadings(text: string): string {
  const lines = text.split(/\r\n|\r|\n/)
  const out: string[] = []
  let run: string[] = []
  /** The lines of `run` that a bullet opened. */
  let bulleted = new Set<number>()
  const flush = (): void => {
    if (!run.length) return
    const paragraphs: string[][] = [[]]
    const widest = Math.max(...run.map((l) => l.trim().length))
    const wrapped = isWrapped(run)
    for (const [i, line] of run.entries()) {
      // A line opening with a list marker or a bullet starts a point, also after a line that lost its full stop.
      const current = paragraphs[paragraphs.length - 1]!
      if (current.length && (LINE_MARKER.test(line) || LOOSE_LINE_MARKER.test(line) || HEADING_START.test(line) || bulleted.has(i))) paragraphs.push([])
      paragraphs[paragraphs.length - 1]!.push(line)
      // A bullet's line shorter than the widest ends its point, full stop or not.
      if (endsParagraph(line, wrapped, widest) || (bulleted.has(i) && line.trim().length < widest * 0.9)) paragraphs.push([])
    }
    out.push(paragraphs.map((p) => joinWrappedLines(p)).filter((p) => p !== '').join(PARAGRAPH))
    run = []
    bulleted = new Set()
  }
  for (const raw of lines) {
    // A bullet (●, •, ■…) marks a point without numbering it: the line is the point.
    const line = raw.replace(BULLET, '')
    if (line !== raw) bulleted.add(run.length)
    if (RUNNING_HEADER.test(line)) continue
    if (TOPIC_LINE.test(line) && !HEADING_LINE.test(line)) {
      flush()
      continue
    }
    // A point's line run into the measures' heading ("• …有待完善整改措施："): the point, then the heading.
    const glued = HEADING_LINE.test(line) || !(line !== raw || LINE_MARKER.test(line)) ? null : gluedMeasuresHeading(line)
    if (glued) {
      run.push(glued.point)
      flush()
      out.push('\u0001improvements\u0001')
      const rest = glued.rest.replace(BULLET, '')
      if (rest !== glued.rest) bulleted.add(run.length)
      if (rest.trim() !== '') run.push(rest)
    } else if (HEADING_LINE.test(line) || BARE_HEADING_LINE.test(line)) {
      flush()
      out.push(`\u0001${headingKind(line)}\u0001`)
    } else run.push(line)
  }
  flush()
  return out.filter((s) => s !== '').join('\n')
}
