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
