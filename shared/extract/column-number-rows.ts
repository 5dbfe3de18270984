// The row that numbers a table's columns (栏次: 「1 2 3 … 15」, 「一 二 三 …」, perhaps after its name 栏次)
// is no data. flatten.ts writes such a row as numerals only; table 四's reader (review-table.ts) skips it
// between the header and the data and stops its data run at one after the data.

/** A row's own name for the columns' numbers. */
const NAME_WORDS = '栏次|列次|栏号|栏目序号'
export const COLUMN_NUMBERS_NAME = new RegExp(`^(?:${NAME_WORDS})$`)

/** The row as flattened: numerals 一, 二 … only, five or more cells, perhaps after its name. */
const ROW = `(?:[ \\u3000]*(?:${NAME_WORDS})[ \\u3000]*\\t)?(?:[ \\u3000]*[一二三四五六七八九十]+[ \\u3000]*\\t){4,}[ \\u3000]*[一二三四五六七八九十]+[ \\u3000]*`
export const COLUMN_NUMBER_LINE = new RegExp(`^${ROW}$`)
/** The same row as the next line after a header word: the data start after it. */
export const COLUMN_NUMBERS_NEXT = new RegExp(`^[ \\u3000\\t]*\\n${ROW}(?=\\n)`)

/** Where the first 栏次 row after the data's first digit starts (its numerals are no cells), else the text's end. */
export function columnNumbersFrom(text: string, from: number): number {
  let data = false
  for (let at = from; at < text.length; ) {
    const end = text.indexOf('\n', at)
    const line = text.slice(at, end < 0 ? text.length : end)
    if (data && COLUMN_NUMBER_LINE.test(line)) return at
    data ||= /\d/.test(line)
    if (end < 0) break
    at = end + 1
  }
  return text.length
}

/** The line that ends just before `pos` (the start of a line), and where it starts. */
export function lineBefore(text: string, pos: number): { text: string; start: number } {
  const start = text.lastIndexOf('\n', pos - 2) + 1
  return { text: text.slice(start, Math.max(0, pos - 1)), start }
}
