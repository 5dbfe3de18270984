// Table 四's one data row broken over several lines with several numbers a line: pdftotext -layout
// sets a LibreOffice PDF's row (its header cells wrapped in narrow columns) as blocks of columns, so
// the text's order need not be the cells' (「11 0 0」 then 「11 0 0 0 0 0 0」 for 11 0 0 0 11 | 0 …).
// There a group total that fails proves no slip of the report's: the order itself is in doubt.
import type { CellToken } from './cells'

/** The run's numbers stand on more than one line, and some line holds more than one of them. */
export function rowBrokenOverLines(text: string, run: readonly CellToken[]): boolean {
  if (run.length < 2) return false
  const perLine: number[] = [1]
  for (let i = 1; i < run.length; i++) {
    if (text.slice(run[i - 1]!.end, run[i]!.start).includes('\n')) perLine.push(1)
    else perLine[perLine.length - 1]!++
  }
  return perLine.length > 1 && perLine.some((n) => n > 1)
}

export const BROKEN_ROW_NOTE = '表四的一行数字在文本中分成多行、各行数字个数不一，文本中的先后不一定是格子的顺序，且各组合计不符，不能确定各数所在的格，未读取。'
