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

export interface LibraryCheckOptions {
  /** Copies the user chose to use for their report. */
  preferredCopies?: ReadonlySet<string>
}

export type CheckAllFn = (inputs: CheckInput[], settings?: CheckSettings, options?: LibraryCheckOptions) => Map<string, Flag[]>

/** The library shows one report with its copies: the verdicts go to the copy used (see checkAll). */
export const checkAll: CheckAllFn = (inputs, settings, options = {}) => sharedCheckAll(inputs, settings, { ...options, verdicts: 'used-copy' })
