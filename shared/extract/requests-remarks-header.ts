// Under a table header that names a remarks column (备注), a row may print nothing but its remark: what
// the reader of table 三 in text (requests-table.ts) needs to know to place such rows only by proof.
import { REMARKS_HEADING } from './remarks-columns'

/** A new line opening with a row's numbering and words: a row label (none the reader knows) of its own. */
export const NUMBERED_LINE = /\n[ \t\u3000]*(?:[（(][ \u3000]?[一二三四五六七八九十][ \u3000]?[）)]|[一二三四五六七八九十]{1,2}[ \u3000]?[、．.]|[0-9０-９]{1,2}[ \u3000]?[.．、])[ \t\u3000]*[\u4e00-\u9fff]/

/** Whether a table header names a remarks column (备注, 说明 …; letter-spaced 「备 注」 too). */
export function namesRemarksColumn(header: string): boolean {
  return header.replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '').split(/[\s|｜]+/).some((w) => REMARKS_HEADING.test(w))
}
