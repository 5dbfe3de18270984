// A text-only OFD without its grid's paths (one glyph per text object, no PathObject), table 三 set in
// narrow columns with zeros printed as 「—」 (review rv21 A: the OFD copies of reports whose PDFs read
// whole). Three ways its rows were lost, each left unread with a note but none read:
// - two cells 1.45 characters apart (less than the column gap) read as one: 「— 3」, 「——」;
// - a label's line half a character from the first cell's 「—」 read the dash into its words (「案卷—」);
// - a label wrapped over two lines round a line of counts only took that line's first 「—」 into its words.
// Each cell is now a cell; the numbers read are the printed ones (a wrong number would fail here too).
import { describe, expect, it } from 'vitest'
import { extractReport } from '../../shared/extract/index'
import type { RequestRowKey } from '../../shared/model/report'
import { REQUEST_ROW_LABELS } from '../../shared/model/template-labels'
import { readOfd } from '../../src-main/readers/ofd/read-ofd'
import { HEAD, KEYS, ROWS } from '../core/requests-fixture'
import { cutCountCells } from '../../src-main/readers/pdf-layout/count-gaps'
import { joinItems } from '../../src-main/readers/pdf-layout/text-join'
import { advanceOf, writeOfd, type OfdText } from './ofd-writer'

const EM = 4
const LABEL_X = 20
const LABEL_CHARS = 10
const LINE = 1.4 * EM

/** Table 三 from (mm, y down): labels wrapped at ten characters, the row's cells beside the middle of
 *  its label, `firstGap` ems after the label column, cells `gap` ems apart; 0 printed as 「—」. */
function table(firstGap: number, gap: number): OfdText[] {
  const texts: OfdText[] = [
    { text: '三、收到和处理政府信息公开申请情况', x: LABEL_X, y: 20, size: EM },
    { text: HEAD, x: LABEL_X, y: 20 + LINE, size: EM },
  ]
  let y = 20 + 3 * LINE
  const cellX = LABEL_X + LABEL_CHARS * EM + firstGap * EM
  for (const k of KEYS as RequestRowKey[]) {
    const label = [...REQUEST_ROW_LABELS[k]]
    const lines: string[] = []
    for (let i = 0; i < label.length; i += LABEL_CHARS) lines.push(label.slice(i, i + LABEL_CHARS).join(''))
    lines.forEach((l, i) => texts.push({ text: l, x: LABEL_X, y: y + i * LINE, size: EM }))
    const mid = y + ((lines.length - 1) * LINE) / 2
    let x = cellX
    for (const v of ROWS.get(k)!) {
      const s = v === 0 ? '—' : String(v)
      texts.push({ text: s, x, y: mid, size: EM })
      x += Math.max(EM, [...s].reduce((w, ch) => w + advanceOf(ch, EM), 0)) + gap * EM
    }
    y += lines.length * LINE + 0.6 * EM
  }
  return texts
}

const read = (firstGap: number, gap: number) => {
  const r = readOfd(writeOfd([{ texts: table(firstGap, gap), rules: [] }], { objects: 'char', boxes: 'tight', scale: 1, rules: 'stroke' }), '/x/t.ofd', 't.ofd')
  expect(r.ok).toBe(true)
  if (!r.ok) throw new Error('not read')
  return extractReport(r.document).report.requests.rows
}

describe('OFD without grid paths: table 三 with 「—」 zeros in narrow columns', () => {
  it('reads every row as printed, cells 1.45 characters apart and half a character after the label', () => {
    const rows = read(0.6, 1.45)
    for (const k of KEYS as RequestRowKey[]) expect([k, rows[k]]).toEqual([k, ROWS.get(k)])
  })

  it('reads every row as printed with the columns wide apart (a label wrapped round a line of 「—」 only)', () => {
    const rows = read(2, 2.5)
    for (const k of KEYS as RequestRowKey[]) expect([k, rows[k]]).toEqual([k, ROWS.get(k)])
  })
})

describe('the dash punctuation and one number stay whole', () => {
  const glyphs = (s: string, gapEm = 0) => {
    let x = 100
    return [...s].map((ch) => {
      const w = advanceOf(ch, 10)
      const it = { str: ch, x, y: 500, w, size: 10 }
      x += w + gapEm * 10
      return it
    })
  }
  it('「——」 with touching halves is punctuation; one number glyph by glyph is one cell', () => {
    expect(joinItems(glyphs('说明——其他'))).toBe('说明——其他')
    expect(cutCountCells(glyphs('情形——12,345'))).toHaveLength(1)
    expect(cutCountCells(glyphs('— 3'.replace(' ', ''), 1)).map((g) => g.map((i) => i.str).join(''))).toEqual(['—', '3'])
  })
})
