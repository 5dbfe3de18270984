// Table 四 printed transposed: a row per result (结果维持 2 1 0 / 结果纠正 … / 总计 4 2 1), a column per
// group (行政复议, 未经复议直接起诉, 复议后起诉). Its cells are not in the template's order; read as
// the template's row they would be wrong, so the table is left unread with a note saying why.
import type { ExtractionNote } from '../model/extraction'
import { fuzzy } from './row-labels'

const RESULT_LINE = new RegExp(
  `^[ \\t\\u3000|]*(?:${['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '合计'].map(fuzzy).join('|')})[ \\t\\u3000|:：]*(?:\\d+[ \\t\\u3000|]+){1,2}\\d+[ \\t\\u3000|]*$`,
  'gm',
)

/** The note for a transposed table 四 (four or more result rows, each with 2–3 numbers on its line), or null. */
export function transposedReviewNote(text: string): ExtractionNote | null {
  const rows = new Set([...text.matchAll(RESULT_LINE)].map((m) => m[0].replace(/[\s\u3000|\t:：\d]/g, '')))
  return rows.size >= 4 ? { field: 'reviewLitigation', message: '表四行列转置（每行是一种审理结果，每列是行政复议或一类行政诉讼），与模板的格子顺序不同，未读取。' } : null
}
