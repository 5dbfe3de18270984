// Under a table header that names a remarks column (备注), a row may print nothing but its remark: what
// the reader of table 三 in text (requests-table.ts) needs to know to place such rows only by proof.
import { REMARKS_HEADING } from './remarks-columns'
import type { ExtractionNote } from '../model/extraction'

/** A new line opening with a row's numbering and words: a row label (none the reader knows) of its own. */
export const NUMBERED_LINE = /\n[ \t\u3000]*(?:[（(][ \u3000]?[一二三四五六七八九十][ \u3000]?[）)]|[一二三四五六七八九十]{1,2}[ \u3000]?[、．.]|[0-9０-９]{1,2}[ \u3000]?[.．、])[ \t\u3000]*[\u4e00-\u9fff]/

/** Whether a table header names a remarks column (备注, 说明 …; letter-spaced 「备 注」 too). */
export function namesRemarksColumn(header: string): boolean {
  return header.replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '').split(/[\s|｜]+/).some((w) => REMARKS_HEADING.test(w))
}

/** A remarks heading run together with the header's other words (crawled text: 「申请人情况备注自然人…」). */
export const REMARKS_AFTER_TOTAL = /备[ \u3000]*注|附[ \u3000]*注/

/**
 * Under a remarks column, a row of exactly `width` tokens whose last is a dash glued to the next label
 * (text run together; a lone one is taken out before): the dash may be the remark and a blank cell not
 * printed. The note that leaves the row unread, or null when the row is not such a row.
 */
export function remarkDashRowNote(text: string, toks: readonly { start: number; end: number; dash?: boolean }[], width: number, field: string, name: string): ExtractionNote | null {
  const last = toks[toks.length - 1]
  if (!last || toks.length !== width || last.dash !== true || !/^[^\s|｜\uE000]/.test(text.slice(last.end, last.end + 1))) return null
  return { field, message: `表三「${name}」行读到 ${width} 个数，最后一个是「${text.slice(last.start, last.end)}」；表有备注栏，它可能是备注而不是本行的 0（本行一格空白未印出），各数所在的列不能确定，未读取。` }
}
