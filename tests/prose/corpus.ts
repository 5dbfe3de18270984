// Test helpers: find the shared corpus, list the text-format reports with their gold answers, and
// cut out what each prose reader needs with simple regexes (as the brief asks: no extractor code).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { textToDocument } from '../../shared/text/text-document'
import { CORPUS, HAS_CORPUS } from '../core/corpus-paths'

export { CORPUS, HAS_CORPUS }

export interface GoldEntry {
  categories: string[]
  startsWith: string
}
export interface Gold {
  agency: string | null
  year: number | null
  publishedOn: string | null
  metrics: Record<string, number | null>
  problems: GoldEntry[]
  improvements: GoldEntry[]
}

export interface CorpusReport {
  id: string
  file: string
  /** Paragraph texts in order (page markers dropped), as the extractor sees a text file. */
  lines: string[]
  gold: Gold
}

/** real/*.txt, real/*.md and synthetic/*.txt (not .gbk.txt), each with its gold file. */
export function textReports(): CorpusReport[] {
  if (!HAS_CORPUS) return []
  const out: CorpusReport[] = []
  for (const folder of ['real', 'synthetic']) {
    const dir = join(CORPUS, folder)
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(txt|md)$/.test(name) || name.endsWith('.gbk.txt')) continue
      const id = name.replace(/\.(txt|md)$/, '')
      const goldPath = join(dir, 'gold', `${id}.json`)
      if (!existsSync(goldPath)) continue
      const text = readFileSync(join(dir, name), 'utf8')
      const doc = textToDocument(text, name)
      const lines = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))
      out.push({ id: `${folder}/${id}`, file: join(dir, name), lines, gold: JSON.parse(readFileSync(goldPath, 'utf8')) as Gold })
    }
  }
  return out
}

/** Section 五 without its heading: from the heading (or, where a converter lost it, the first
 *  （一）…问题/改进 sub-heading after section 四) to the heading of 六 (or 五、其他需要报告的事项). */
export function sectionFive(lines: string[]): string | null {
  const text = lines.join('\n')
  const head = /五、\s*(?:政府信息公开工作)?存在的主要问题(?:及|和)改进情况/.exec(text)
  let start: number
  if (head) start = head.index + head[0].length
  else {
    const four = /行政复议、行政诉讼情况/g
    let lastFour = -1
    for (let m = four.exec(text); m; m = four.exec(text)) lastFour = m.index
    const sub = /（一）[^\n]{0,24}?(?:主要问题|存在问题|改进情况)/g
    sub.lastIndex = Math.max(0, lastFour)
    const m = sub.exec(text)
    if (!m) return null
    start = m.index
  }
  const rest = text.slice(start)
  const end = /[五六]、\s*其他需要报告的事项/.exec(rest)
  return (end ? rest.slice(0, end.index) : rest).replace(/^[\s：:]+/, '')
}

export interface Fragment {
  file: string
  agency: string
  year: string
  note: string
  lines: string[]
  text: string
}

export function fragments(): Fragment[] {
  if (!HAS_CORPUS) return []
  const dir = join(CORPUS, 'fragments')
  const rows = readFileSync(join(dir, 'INDEX.tsv'), 'utf8').split(/\r?\n/).slice(1).filter((r) => r.trim() !== '')
  return rows.map((row) => {
    const [file = '', agency = '', year = '', , , , note = ''] = row.split('\t')
    const text = readFileSync(join(dir, file), 'utf8')
    const doc = textToDocument(text, file)
    const lines = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))
    return { file, agency, year, note, lines, text }
  })
}
