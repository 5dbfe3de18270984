// The formats a variant is printed in: the text shapes pdftotext (-layout, plain), converters
// (Markdown pipe tables) and crawlers (a cell per line; everything run together) produce, and the
// files the readers take (HTML, DOCX, PDF). Adding a format ('doc', 'ofd') = one more entry here
// and one renderer in ../render/.
export const FORMATS = ['text-layout', 'text-plain', 'text-grouped', 'markdown', 'crawled-lines', 'crawled-run', 'html', 'docx', 'pdf'] as const
/**
 * Formats forced by the rule tests but not in the suite (its figures and the eval floor stay as they
 * were): tab text, a table copied out of a spreadsheet or word processor, one field per cell.
 */
export const EXTRA_FORMATS = ['text-tab'] as const
export type Format = (typeof FORMATS)[number] | (typeof EXTRA_FORMATS)[number]

/** Formats whose tables keep empty cells (so a blank cell can be printed at all). */
export const KEEPS_BLANKS: ReadonlySet<Format> = new Set(['markdown', 'html', 'docx', 'pdf'])
/** Formats with real table structure (a heading can be a table caption). */
export const TABLE_FORMATS: ReadonlySet<Format> = new Set(['html', 'docx', 'pdf'])
