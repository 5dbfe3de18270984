// List markers printed loosely, seen only where the marker opens a line (a paragraph, after the lines are
// joined) and before a Chinese character, so that "12,5", a Latin word or a figure in a sentence is never
// taken for one. The entry keeps the characters as printed.
//  - OCR slips: the digit 1 read as the letter l (or I, |), the full stop after a number read as a comma
//    ("l.公开指南…", "2,个别申请…");
//  - a number and a space only, the stop left out ("1 学校信息公开网站…", a list typed one a line).

//  - a space before the stop ("3 、"), and a number in brackets among them ("(2）", "（2）"): OCR's list of
//    three markers in three styles ("I." "(2）" "3 、") is still one list.

/** The loose marker's pattern: group 1 a number, group 2 a bracketed number, or group 3 the letter read for 1. */
// A clean marker (3、, 3.) at a line's start too, so that a list whose first items were misread goes on.
export const LOOSE_MARKER = /(?:(\d{1,2})(?:[ \u3000]*[,，、.．]|[ \u3000]+)|[（(](\d{1,2})[）)]|([lI|])[.．、,，])(?=\p{Script=Han})/gu

/** Same, anchored at a line's start (for the line joiner). */
export const LOOSE_LINE_MARKER = /^\s*(?:\d{1,2}(?:[ \u3000]*[,，]|[ \u3000]+[、.．]?)|[lI|][.．、,，])(?=\p{Script=Han})/u

export const looseMarkerNumber = (m: RegExpExecArray): number => (m[3] !== undefined ? 1 : Number(m[1] ?? m[2]))
