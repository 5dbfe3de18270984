// Adapter: the checks (shared/checks): one-report, cross-year, duplicate and roll-up checks over the
// whole library, keyed by report id.
import type { CheckSettings } from '../../shared/checks/settings'
import { checkAll as sharedCheckAll } from '../../shared/checks/index'
import type { Extraction } from '../../shared/model/extraction'
import type { Flag } from '../../shared/model/flag'

export interface CheckInput {
  id: string
  fileName?: string
  extraction: Extraction
}

export type CheckAllFn = (inputs: CheckInput[], settings?: CheckSettings) => Map<string, Flag[]>

export const checkAll: CheckAllFn = (inputs, settings) => sharedCheckAll(inputs, settings)
