// Specks in a scanned table, read as characters, cost more than a missing digit: a data cell that
// holds "金0" or a lone "图" is no number, and a row with a non-number among its numbers may be read
// shifted. So in a row of numbers, a cell that is not a plain number is emptied (its position kept,
// its reading listed as doubtful), and a stray character in front of a numbered row label
// ("医(七)总计") is dropped.
import type { Block, OcrDoubt, TableCell } from '../../../shared/model/document'
import { withoutHeadingSpeck } from './heading-specks'
import { noneWithSpecks } from './none-specks'

const NUMBER = /^-?\d[\d,]*(?:\.\d+)?$/
/** Data cells that are legitimately not plain numbers in the template's tables (增2, 减1, 788万元, 12%). */
const NUMBER_WITH_UNIT = /^(?:[增减]\s*\d+|\d[\d,.]*\s*(?:万元|元|%|件|个|条|次|项)|[-—–/／]|无)$/
/** A label: two or more Chinese characters, or a numbered item. */
const LABEL = /[\u4e00-\u9fff].*[\u4e00-\u9fff]|^[（(]?[一二三四五六七八九十]+[)）、]|^\d+[.．、]\D/
const LABEL_SPECK = /^[\u4e00-\u9fff](?=[（(][一二三四五六七八九十]|\d+[.．、])/

/** A lone 元 among a row's counts and 无s is 无 read as its look-alike: 元 alone is no count, and no
 *  money either without a number. Rows of 无 (a fax of an all-zero table) have too few numbers to count
 *  as data rows, so 无 counts here. The cell is still only a 0 that the table's sums must prove. */
function noneLookAlikes(row: TableCell[]): void {
  const counts = row.filter((c) => NUMBER.test(c.text.trim()) || c.text.trim() === '无').length
  if (counts < 3) return
  for (const c of row) if (c.text.trim() === '元') c.text = '无'
}

function isDataRow(row: TableCell[]): boolean {
  return row.filter((c) => NUMBER.test(c.text.trim())).length >= 4
}

export function cleanOcrTables(blocks: Block[], doubtful: OcrDoubt[], pageOf: (block: Block, row: number) => number): void {
  for (const b of blocks) {
    if (b.kind !== 'table') continue
    b.rows.forEach((row, r) => {
      for (const c of row) if (LABEL_SPECK.test(c.text)) c.text = c.text.replace(LABEL_SPECK, '')
      for (const c of row) c.text = withoutHeadingSpeck(c.text)
      noneLookAlikes(row)
      noneWithSpecks(row)
      if (!isDataRow(row)) return
      // Label cells lead the row (words, or an empty merged cell); the first other cell starts the data.
      let firstData = row.findIndex((c) => c.text.trim() !== '' && !LABEL.test(c.text.trim()))
      if (firstData < 0) firstData = row.length
      row.forEach((c, k) => {
        const t = c.text.trim()
        if (k < firstData || t === '' || NUMBER.test(t) || NUMBER_WITH_UNIT.test(t)) return
        doubtful.push({ box: { page: pageOf(b, r), x: 0, y: 0, w: 0, h: 0 }, text: c.text, confidence: 0 })
        c.text = ''
      })
    })
  }
}
