// Section 二's rows as a clean scan prints them, for tests of ocr-disclosure-proof.ts: the row's label,
// then one cell per number (a fall printed 减N in its own cell, as reports write it).
import type { Report } from '../../shared/model/report'

export function printedDisclosureRows(report: Report): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, cells] of Object.entries(report.activeDisclosure as Record<string, Record<string, number | null> | undefined>)) {
    if (!cells) continue
    out[key] = [key, ...Object.values(cells).map((v) => (v === null ? '' : v < 0 ? `减${-v}` : String(v)))].join('\t')
  }
  return out
}

/** The column headings of the three-column rows as a clean scan prints them, in the template's order. */
export function printedColumnHeader(template: '2019' | '2021'): string {
  return template === '2019' ? '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量' : '信息内容\t本年制发件数\t本年废止件数\t现行有效件数'
}
