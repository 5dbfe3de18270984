// A correction applied in the renderer, so the checks re-run at once while the bridge stores it.
// Same path logic as the library's corrections (shared/model/correction-path.ts).
import type { Report } from '../../shared/model/report'
import type { CorrectionPath, CorrectionValue } from '../../shared/model/schema'
import { setAt } from '../../shared/model/correction-path'

/** A copy of the report with one value set (unchanged when the value does not fit the field). */
export function withCorrection(report: Report, path: CorrectionPath, value: CorrectionValue): Report {
  const r = structuredClone(report)
  setAt(r, path, value)
  return r
}
