// Time and page bounds of the digit cross-check (digit-recheck.ts).

/** Time for drawing and reading the failing pages: a cold OCR process and 3 pages take 10-40 s on a quiet
 *  machine, over 45 s at a load of 20 (seen). Generous: running out costs the check, never the file. */
export const CROSSCHECK_MS = 150_000
/** Time for the whole file's re-read once its layer is found wrong, and the pages read at most. */
export const REREAD_MS = 240_000
export const REREAD_MAX_PAGES = 30
/** The pool waits this much past a step's own bound before it takes the step's fallback (the worker stops the step first). */
export const MARGIN_MS = 15_000
