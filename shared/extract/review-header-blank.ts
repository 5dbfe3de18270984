// A header cell read as nothing (a scan's faint heading, 尚未审结 lost by the OCR) stands in the
// flat text as a blank cell between header words: 「其他结果 \t  \t 总计」. It is no data row's first
// cell: only blank cells follow the header word, and then words again on the same line. A data row
// of 无 cells (「 \t 无 \t 无」) still starts the data.
const BLANKS_THEN_WORDS = /^[\t \u3000]*\uE000(?:[\t \u3000]*\uE000)*[\t \u3000]*(?!无(?:[\t \u3000|\uE000\n]|$))[\u4e00-\u9fff]/

/** `next` (the text right after a header word) is a blank header cell followed by more header words. */
export function blankHeaderCell(next: string): boolean {
  return BLANKS_THEN_WORDS.test(next)
}
