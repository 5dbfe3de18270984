// Thresholds and deadlines of the checks: settings, with the defaults of checks.md.

export interface CheckSettings {
  /** NOT_HELD_SHARE fires above this share of 三（七）总计 (0.30 = 30 %). */
  notHeldShare: number
  /** SWING fires when a headline figure changes by more than this share (0.5 = 50 %). */
  swingShare: number
  /** PROBLEMS_COPIED fires at or above this similarity of section 五 to last year's (0.8 = 80 %). */
  copiedSimilarity: number
  /** Deadline for departments and other bodies, as MM-DD of the year after the report year. */
  deadlineDepartment: string
  /** Deadline for a 县级以上人民政府's own report, MM-DD of the year after. */
  deadlineGovernment: string
}

export const DEFAULT_CHECK_SETTINGS: CheckSettings = {
  notHeldShare: 0.3,
  swingShare: 0.5,
  copiedSimilarity: 0.8,
  deadlineDepartment: '01-31',
  deadlineGovernment: '03-31',
}
