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
/**
 * The other files the readers take, each made from one of the formats above as users' tools make
 * it: OFD from a converter (with its ruling paths or none), Word 97 .doc, .odt and a Writer PDF
 * saved by LibreOffice from the DOCX, a saved web page (.mhtml) from the HTML. The variant is drawn
 * as its source format's (BASE_FORMAT); the suite samples a few of each (their conversions are slow).
 */
export const READER_FORMATS = ['ofd-ruled', 'ofd-unruled', 'doc', 'writer-pdf', 'odt', 'mhtml'] as const
export type ReaderFormat = (typeof READER_FORMATS)[number]
export type Format = (typeof FORMATS)[number] | (typeof EXTRA_FORMATS)[number] | ReaderFormat

export const BASE_FORMAT: Record<ReaderFormat, (typeof FORMATS)[number]> = {
  'ofd-ruled': 'pdf',
  'ofd-unruled': 'pdf',
  doc: 'docx',
  'writer-pdf': 'docx',
  odt: 'docx',
  mhtml: 'html',
}

export const isReaderFormat = (f: Format): f is ReaderFormat => (READER_FORMATS as readonly string[]).includes(f)

/** Formats whose tables keep empty cells (so a blank cell can be printed at all). */
export const KEEPS_BLANKS: ReadonlySet<Format> = new Set(['markdown', 'html', 'docx', 'pdf'])
/** Formats with real table structure (a heading can be a table caption). */
export const TABLE_FORMATS: ReadonlySet<Format> = new Set(['html', 'docx', 'pdf'])
