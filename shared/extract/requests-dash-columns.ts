// Dash cells ("—", "/") of a table 三 row whose own total contradicts them: the row cannot say the
// dash is 0, but the cell's column can. 三（七）总计 = the outcome rows and 一 + 二 = （七） + 四 hold
// column by column; where every other cell of such an identity was read and the identity holds with
// the dashes as 0, the dashes of that column (all on one side of it) add up to 0, and counts are never
// negative: each is 0, proven by the column's sums. An identity that fails proves nothing.
import type { RequestRow, RequestRowKey } from '../model/report'
import { OUTCOME_ROW_KEYS, outcomeRowsOf } from '../model/report'

type Rows = Partial<Record<RequestRowKey, RequestRow>>

/** `key:column` of a cell. */
export const cellId = (key: RequestRowKey, c: number): string => `${key}:${c}`

interface Identity {
  /** Rows on each side: the cells of one column add up to the same number on both. */
  left: readonly RequestRowKey[]
  right: readonly RequestRowKey[]
}

/** The column identities of the table as read: the outcome rows of the layout it has, and the flow. */
function identities(rows: Rows): Identity[] {
  const needed = outcomeRowsOf(OUTCOME_ROW_KEYS.filter((k) => rows[k]))
  return [
    { left: needed, right: ['handledTotal'] },
    { left: ['received', 'carriedOver'], right: ['handledTotal', 'carriedForward'] },
  ]
}

/**
 * Which of the `dashes` (cells printed as a dash and read 0, in rows whose total contradicts them)
 * their columns prove to be 0. Cells of `rows` that are null or undefined are unknown; the dashes
 * are unknown until proven.
 */
export function dashesProvenByColumns(rows: Rows, dashes: ReadonlySet<string>): Set<string> {
  const open = new Set(dashes)
  const proven = new Set<string>()
  const ids = identities(rows)
  const width = Math.max(0, ...Object.values(rows).map((r) => r?.length ?? 0))
  for (let changed = true; changed; ) {
    changed = false
    for (const id of ids) {
      for (let c = 0; c < width; c++) {
        const side = (keys: readonly RequestRowKey[]): { sum: number; open: string[]; known: boolean } => {
          let sum = 0
          const unknown: string[] = []
          let known = true
          for (const k of keys) {
            const x = rows[k]?.[c]
            if (open.has(cellId(k, c))) unknown.push(cellId(k, c))
            else if (typeof x === 'number') sum += x
            else known = false
          }
          return { sum, open: unknown, known }
        }
        const l = side(id.left)
        const r = side(id.right)
        if (!l.known || !r.known || l.open.length + r.open.length === 0) continue
        // Dashes on both sides could be any equal numbers; on one side, their sum is fixed.
        if (l.open.length && r.open.length) continue
        if (l.sum !== r.sum) continue
        for (const x of [...l.open, ...r.open]) {
          open.delete(x)
          proven.add(x)
          changed = true
        }
      }
    }
  }
  return proven
}
