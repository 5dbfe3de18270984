// Time and page bounds of the digit cross-check (digit-recheck.ts).

/** Time for drawing and reading the failing pages (a cold OCR process and 3 pages under load). */
export const CROSSCHECK_MS = 45_000
/** Time for the whole file's re-read once its layer is found wrong, and the pages read at most. */
export const REREAD_MS = 240_000
export const REREAD_MAX_PAGES = 30
/** The pool waits this much past a step's own bound before it takes the step's fallback (the worker stops the step first). */
export const MARGIN_MS = 15_000
