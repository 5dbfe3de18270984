// Model → text in several shapes → table parsers → the same model.
import { describe, expect, it } from 'vitest'
import { makeReport } from './fixtures/make-report'
import { renderBlocks, renderText, SHAPES, type Shape } from './fixtures/render-text'
import { textToDocument } from '../../shared/text/text-document'
import { flatten } from '../../shared/extract/flatten'
import { findSections } from '../../shared/extract/sections'
import { parseRequestsTable } from '../../shared/extract/requests-table'
import { parseReviewTable } from '../../shared/extract/review-table'
import { parseActiveDisclosure } from '../../shared/extract/active-disclosure'
import type { Report } from '../../shared/model/report'
import type { SourceDocument } from '../../shared/model/document'

function parse(doc: SourceDocument) {
  const flat = flatten(doc)
  const secs = findSections(flat.text)
  const zone = (k: string): string => {
    const s = secs.find((x) => x.key === k)
    return s ? flat.text.slice(s.bodyStart, s.end) : ''
  }
  return {
    sections: secs.map((s) => s.key),
    requests: parseRequestsTable(zone('requests')),
    review: parseReviewTable(zone('reviewLitigation')),
    disclosure: parseActiveDisclosure(zone('activeDisclosure')),
  }
}

/** Cells that came out different from the model (a null where the model has a number is not counted). */
function wrongCells(model: Report, got: ReturnType<typeof parse>): string[] {
  const wrong: string[] = []
  for (const [k, cells] of Object.entries(model.requests.rows)) {
    const g = (got.requests.rows as Record<string, (number | null)[]>)[k]
    cells?.forEach((v, i) => {
      const x = g?.[i] ?? null
      if (x !== null && x !== v) wrong.push(`${k}[${i}] ${x}≠${v}`)
    })
  }
  return wrong
}

describe.each(['2019', '2021'] as const)('template %s', (template) => {
  describe.each(SHAPES.filter((s) => s !== 'crawled'))('shape %s', (shape: Shape) => {
    it.each([1, 2, 3, 4, 5, 6, 7, 8])('reads every cell back (seed %i)', (seed) => {
      const model = makeReport(seed * 97 + (template === '2019' ? 1 : 2), template)
      const got = parse(textToDocument(renderText(model, shape), 'x.txt'))
      expect(got.sections).toEqual(model.sections)
      expect(got.requests.rows).toEqual(model.requests.rows)
      expect(got.requests.notes).toEqual([])
      expect(got.review.table).toEqual(model.reviewLitigation)
      expect(got.disclosure.layout).toBe(template)
      expect(got.disclosure.table).toEqual(model.activeDisclosure)
    })
  })

  it.each([1, 2, 3, 4, 5, 6])('crawled text with run-together digits: never a wrong cell (seed %i)', (seed) => {
    const model = makeReport(seed * 31 + 5, template)
    const got = parse(textToDocument(renderText(model, 'crawled'), 'x.txt'))
    expect(got.sections).toEqual(model.sections)
    expect(wrongCells(model, got)).toEqual([])
    // Where cells are left unread, a note says so.
    const unread = Object.values(got.requests.rows).some((r) => r?.some((v) => v === null))
    if (unread) expect(got.requests.notes.length).toBeGreaterThan(0)
  })

  it('reads a real table block, keeping blank cells as null', () => {
    const model = makeReport(11, template)
    model.requests.rows.granted = [5, null, 0, 0, 0, 0, null]
    const got = parse(renderBlocks(model))
    expect(got.requests.rows).toEqual(model.requests.rows)
  })
})

describe('printed forms of a cell', () => {
  it('reads dashes as 0, notes inside cells, 增/减 signs', () => {
    const text = [
      '二、主动公开政府信息情况',
      '信息内容 上一年项目数量 本年增/减 处理决定数量',
      '行政许可 1063 减 167 181101',
      '行政处罚 3947 增 67 14682',
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 379 24 - - — 2 405',
      '四、政府信息公开行政复议、行政诉讼情况',
      '结果维持 结果纠正 其他结果 尚未审结 总计',
      '5 3（本级无纠错件；某局 1 件） 0 0 8 21 0 0 3 24 1 0 0 1 2',
    ].join('\n')
    const got = parse(textToDocument(text, 'x.txt'))
    expect(got.disclosure.table.licensing).toEqual({ lastYearItems: 1063, change: -167, decisions: 181101 })
    expect(got.disclosure.table.penalties).toEqual({ lastYearItems: 3947, change: 67, decisions: 14682 })
    expect(got.requests.rows.received).toEqual([379, 24, 0, 0, 0, 2, 405])
    expect(got.review.table.review).toEqual([5, 3, 0, 0, 8])
    expect(got.review.table.litigationAfterReview).toEqual([1, 0, 0, 1, 2])
  })

  it('leaves a run-together row unread when its split is not unique', () => {
    // "270020130" is 27,0,0,2,0,1,30 or 2,7,0,0,20,1,30: both add up. More digits than cells are cut by
    // the row's own total alone, which a blank cell it counts can fool too: with no other rows to check
    // the column identities, no cell is read (before: the cells both cuts agree on, 0 | 1 | 30).
    const text = '三、收到和处理政府信息公开申请情况\n（一）予以公开270020130\n四、政府信息公开行政复议、行政诉讼情况'
    const got = parse(textToDocument(text, 'x.txt'))
    expect(got.requests.rows.granted).toEqual([null, null, null, null, null, null, null])
    expect(got.requests.notes.length).toBeGreaterThan(0)
  })
})

describe('prose around the table', () => {
  it('does not read sentences before the table as rows, even with the rows\' words in them', () => {
    const model = makeReport(21, '2021')
    const text = renderText(model, 'rows').replace(
      '三、收到和处理政府信息公开申请情况',
      '三、收到和处理政府信息公开申请情况\n本年度共收到申请 88 件，其中予以公开 30 件，部分公开 5 件，本机关不掌握相关政府信息 9 件，重复申请 2 件。',
    )
    const got = parse(textToDocument(text, 'x.txt'))
    expect(got.requests.rows).toEqual(model.requests.rows)
  })
})

describe('prose before the section 二 tables', () => {
  it('does not read a sentence naming 规范性文件 as the table row', () => {
    const model = makeReport(22, '2021')
    const text = renderText(model, 'rows').replace(
      '二、主动公开政府信息情况',
      '二、主动公开政府信息情况\n全年制发行政规范性文件 999 件，办理行政许可 888 件。',
    )
    const got = parse(textToDocument(text, 'x.txt'))
    expect(got.disclosure.table).toEqual(model.activeDisclosure)
  })
})

describe('a number at the end of a line', () => {
  it('is a cell even when the next line starts with 年 (a vertical label, not a date)', () => {
    const text = '三、收到和处理政府信息公开申请情况\n（一）予以公开 5 0 0 0 0 0 5\n年\n四、政府信息公开行政复议、行政诉讼情况'
    expect(parse(textToDocument(text, 'x.txt')).requests.rows.granted).toEqual([5, 0, 0, 0, 0, 0, 5])
  })
})

describe('table 四 laid out one group per row', () => {
  it('reads each group\'s five cells after its label', () => {
    const text = [
      '四、政府信息公开行政复议、行政诉讼情况',
      '类别 结果维持 结果纠正 其他结果 尚未审结 总计',
      '行政复议 5 3 0 0 8',
      '行政诉讼（未经复议直接起诉） 21 0 0 3 24',
      '行政诉讼（复议后起诉） 1 0 0 1 2',
      '五、存在的主要问题及改进情况',
    ].join('\n')
    expect(parse(textToDocument(text, 'x.txt')).review.table).toEqual({
      review: [5, 3, 0, 0, 8],
      litigationDirect: [21, 0, 0, 3, 24],
      litigationAfterReview: [1, 0, 0, 1, 2],
    })
  })
})

describe('section 二 without its column headings', () => {
  // The template is told by the cell count of 行政许可/处罚/强制 (three in 2019, one in 2021); rows
  // above them (规章, 规范性文件) have three cells in both and must not be read before it is known.
  const zone = (rows: string[]): string => ['二、主动公开政府信息情况', '第二十条第（一）项', ...rows, '三、收到和处理政府信息公开申请情况'].join('\n')

  it('reads 2019 rows above 行政许可 with the 2019 fields', () => {
    const got = parse(textToDocument(zone(['规章 5 3 120', '规范性文件 10 8 300', '行政许可 100 5 2000', '行政处罚 50 2 800']), 'x.txt')).disclosure
    expect(got.layout).toBe('2019')
    expect(got.table.rules).toEqual({ newlyMade: 5, newlyPublished: 3, publishedTotal: 120 })
    expect(got.table.normativeDocs).toEqual({ newlyMade: 10, newlyPublished: 8, publishedTotal: 300 })
    expect(got.table.penalties).toEqual({ lastYearItems: 50, change: 2, decisions: 800 })
  })

  it('reads a 2019 行政处罚 row as 2019 when there is no 行政许可 row', () => {
    const got = parse(textToDocument(zone(['行政处罚 50 2 800', '行政强制 7 0 9']), 'x.txt')).disclosure
    expect(got.layout).toBe('2019')
    expect(got.table.penalties).toEqual({ lastYearItems: 50, change: 2, decisions: 800 })
  })

  it('reads 2021 rows (one cell each) as 2021', () => {
    const got = parse(textToDocument(zone(['规章 5 3 120', '行政许可 2000', '行政处罚 800']), 'x.txt')).disclosure
    expect(got.layout).toBe('2021')
    expect(got.table.rules).toEqual({ issued: 5, repealed: 3, inForce: 120 })
    expect(got.table.licensing).toEqual({ decisions: 2000 })
  })
})

describe('a note inside a cell that counts several things', () => {
  it('is skipped even when it holds three spaced numbers with their units', () => {
    const text = [
      '四、政府信息公开行政复议、行政诉讼情况',
      '结果维持 结果纠正 其他结果 尚未审结 总计',
      '5 3（本级无纠错件；甲局 1 件，乙局 1 件，丙局 1 件） 0 0 8 21 0 0 3 24 1 0 0 1 2',
    ].join('\n')
    expect(parse(textToDocument(text, 'x.txt')).review.table).toEqual({
      review: [5, 3, 0, 0, 8],
      litigationDirect: [21, 0, 0, 3, 24],
      litigationAfterReview: [1, 0, 0, 1, 2],
    })
  })
})

describe('section headings', () => {
  it('keeps a short section whose heading is followed at once by the next one, and skips a table of contents', () => {
    const body = ['五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。'].join('\n')
    expect(findSections(flatten(textToDocument(`四、政府信息公开行政复议、行政诉讼情况\n表略\n${body}`, 'x.txt')).text).map((s) => s.key)).toEqual([
      'reviewLitigation',
      'problems',
      'other',
    ])
    const toc = '目录\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n正文\n'
    const text = flatten(textToDocument(`${toc}四、政府信息公开行政复议、行政诉讼情况\n表略\n${body}`, 'x.txt')).text
    const secs = findSections(text)
    expect(secs.map((s) => s.key)).toEqual(['reviewLitigation', 'problems', 'other'])
    expect(secs[0]!.start).toBeGreaterThan(text.indexOf('正文'))
  })
})
