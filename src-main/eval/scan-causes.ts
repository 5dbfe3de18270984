// Why a scan's cells are unread: each cell the final extraction leaves empty is put under one cause,
// found by extracting the same OCR document twice — once as it is (numbers kept only where the
// sums vouch for them: ocr-proof.ts) and once with its OCR mark taken off (every number the layout
// read, proven or not). A cell unread in both was never read (table or row not found, or the cell
// empty: the recogniser doubtful or blind there); a cell read right but emptied was right yet
// unproven (which identity failed is named); a cell read wrong and emptied is a misreading the sums
// caught. Used by `eval-scans --causes` to say where ordinary wear loses cells.
import { extractReport } from '../../shared/extract/index'
import type { SourceDocument } from '../../shared/model/document'
import type { Extraction } from '../../shared/model/extraction'
import { OUTCOME_ROW_KEYS, type RequestRowKey, type Report } from '../../shared/model/report'

export type Scorer = (ex: Extraction) => { misses: string[] }

/** A miss line of a score ("缺 requests.granted[6]: 应为 7", "错 …: 应为 5，读到 6") → its kind and path. */
function parseMiss(line: string): { kind: 'unread' | 'wrong'; path: string } | null {
  const m = /^(缺(?:\(无说明\))?|错) ([^:\s]+):/.exec(line)
  return m ? { kind: m[1] === '错' ? 'wrong' : 'unread', path: m[2]! } : null
}

const FLOW = ['received', 'carriedOver', 'handledTotal', 'carriedForward'] as const

/** Why table 三's identities could not vouch for a cell read right (the first that fails, in the
 *  order ocr-proof.ts tries them). */
function unprovenWhy(r: Report, key: string, col: number): string {
  const rows = r.requests.rows as Record<string, (number | null)[] | undefined>
  const v = (k: string, c: number): number | null => rows[k]?.[c] ?? null
  const state = (left: (number | null)[], right: (number | null)[]): 'missing' | 'broken' | 'copy' | 'holds' => {
    if ([...left, ...right].some((x) => x === null)) return 'missing'
    const s = (xs: (number | null)[]): number => xs.reduce<number>((a, b) => a + (b ?? 0), 0)
    if (s(left) !== s(right)) return 'broken'
    return left.filter((x) => x !== 0).length <= 1 && right.filter((x) => x !== 0).length <= 1 ? 'copy' : 'holds'
  }
  const row = state([0, 1, 2, 3, 4, 5].map((c) => v(key, c)), [v(key, 6)])
  const subRows = Object.keys(rows).some((k) => k.startsWith('otherHandling.') && rows[k]?.some((x) => x !== null))
  const outcomes = OUTCOME_ROW_KEYS.filter((k) => (k === 'otherHandling' ? !subRows : k.startsWith('otherHandling.') ? subRows : true))
  const isOutcome = (OUTCOME_ROW_KEYS as readonly string[]).includes(key) || key === 'handledTotal'
  const column = isOutcome ? state(outcomes.map((k) => v(k, col)), [v('handledTotal', col)]) : 'n/a'
  const isFlow = (FLOW as readonly string[]).includes(key)
  const flow = isFlow ? state([v('received', col), v('carriedOver', col)], [v('handledTotal', col), v('carriedForward', col)]) : 'n/a'
  const missingRows = isOutcome ? outcomes.filter((k) => !rows[k as RequestRowKey]?.some((x) => x !== null)) : []
  const parts = [`行 row ${row}`, isOutcome ? `列 column ${column}${missingRows.length ? `（缺行 ${missingRows.join(',')}）` : ''}` : '', isFlow ? `流 flow ${flow}` : '']
  return parts.filter(Boolean).join('，')
}

/** Table or row of a cell path ("requests.granted[6]" → table requests, row requests.granted). */
function where(path: string): { table: string; row: string; col: number } {
  const m = /^(\w+)\.([\w.]+?)(?:\[(\d+)\])?$/.exec(path)
  if (!m) return { table: path, row: path, col: -1 }
  const [, table, rest, col] = m
  const row = table === 'activeDisclosure' ? `${table}.${rest!.split('.')[0]}` : `${table}.${rest}`
  return { table: table!, row, col: col === undefined ? -1 : Number(col) }
}

/** The cause of every unread cell of one scan, as cause → cell paths. */
export function unreadCauses(doc: SourceDocument, score: Scorer): Map<string, string[]> {
  const final = score(extractReport(doc))
  const rawEx = extractReport({ ...doc, ocr: undefined })
  const raw = new Map<string, 'unread' | 'wrong'>()
  for (const line of score(rawEx).misses) {
    const p = parseMiss(line)
    if (p) raw.set(p.path, p.kind)
  }
  const out = new Map<string, string[]>()
  const add = (cause: string, path: string): void => void out.set(cause, [...(out.get(cause) ?? []), path])
  for (const line of final.misses) {
    const p = parseMiss(line)
    if (!p || p.kind !== 'unread') continue
    const w = where(p.path)
    const before = raw.get(p.path)
    if (before === 'wrong') add(`误读，被合计拦下 misread, caught by the sums (${w.table})`, p.path)
    else if (before === undefined) {
      const why = w.table === 'requests' ? unprovenWhy(rawEx.report, w.row.slice('requests.'.length), w.col) : '表四总计 table 四 total'
      add(`读对但未被合计印证 read right, unproven: ${why}`, p.path)
    } else {
      const tableLost = !rawReadAny(rawEx.report, w.table)
      const rowLost = !tableLost && !rowReadAny(rawEx.report, w.row)
      add(tableLost ? `整表未读出 table not found (${w.table})` : rowLost ? `整行未读出 row not found (${w.table})` : `单元格未读出 cell not read (${w.table})`, p.path)
    }
  }
  return out
}

function numbersIn(x: unknown): boolean {
  return Array.isArray(x) ? x.some(numbersIn) : x !== null && typeof x === 'object' ? Object.values(x).some(numbersIn) : typeof x === 'number'
}

function rawReadAny(r: Report, table: string): boolean {
  return numbersIn((r as unknown as Record<string, unknown>)[table])
}

function rowReadAny(r: Report, row: string): boolean {
  const [table, ...rest] = row.split('.')
  let x: unknown = (r as unknown as Record<string, unknown>)[table!]
  if (table === 'requests') x = (x as Report['requests']).rows[rest.join('.') as RequestRowKey]
  else for (const k of rest) x = (x as Record<string, unknown> | null | undefined)?.[k]
  return numbersIn(x)
}
