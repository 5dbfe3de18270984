// A page marker a crawler left inside a line (「33466— 1 —条」) is blanked before cells are read. But
// 「— 1 —」 also stands in a row of table cells printed with single spaces, where dashes are cells
// (table 四 「1 — — — 1 — — — 1 1 — — — — —」, review rv19 #16): there the marker's dashes touch other
// cells across a space, and it is read as three cells.

/** At most one space inside, never a tab or line break: 「－\t7\n—」 is a dash cell, a total and a rule. */
const INLINE_PAGE_MARKER = /[—–－―-] ?\d{1,3} ?[—–－―-]/g
/** A cell next to the marker across spaces: a number or a dash. */
const CELL_BEFORE = /[\d—–－―-][ \u3000]+$/
const CELL_AFTER = /^[ \u3000]+[\d—–－―-]/
const WINDOW = 12

/** `text` with its inline page markers blanked (same length), markers among cells left as cells. */
export function blankInlinePageMarkers(text: string): string {
  INLINE_PAGE_MARKER.lastIndex = 0
  // A short window on each side (bounded work on long lines); a line break in it ends the match.
  return text.replace(INLINE_PAGE_MARKER, (m, at: number, all: string) => {
    const before = all.slice(Math.max(0, at - WINDOW), at)
    const after = all.slice(at + m.length, at + m.length + WINDOW)
    return CELL_BEFORE.test(before) || CELL_AFTER.test(after) ? m : ' '.repeat(m.length)
  })
}
