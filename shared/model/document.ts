// The document: what a reader (PDF, DOCX, HTML, text; in src-main/readers) hands to the extractor.
// An ordered list of blocks, paragraphs and tables, each with where it came from, so that every
// extracted number can point back at its source.

/** Where a block came from in the source file. */
export interface SourceLocation {
  /** 1-based page number, for PDFs (and text with page markers such as `— 3 —`). */
  page?: number
  /** 1-based line number in a text file (first line of the block). */
  line?: number
  /** 0-based index of the block in the document. Always set. */
  block: number
  /** Where the line sits on a page picture read by OCR (a table row): the crop shown beside its numbers. */
  scan?: ScanArea
}

export interface ParagraphBlock {
  kind: 'paragraph'
  text: string
  loc: SourceLocation
}

/** One table cell. Merged cells are repeated? No: a merged cell appears once, in its first row/column,
 *  with its span; readers must not duplicate its text into the covered positions. */
export interface TableCell {
  text: string
  rowSpan?: number
  colSpan?: number
}

export interface TableBlock {
  kind: 'table'
  /** Rows of cells in reading order. A table broken across pages should be stitched by the reader. */
  rows: TableCell[][]
  loc: SourceLocation
  /** Page of each row, where known (PDF). */
  rowPages?: number[]
  /** Where each row sits on its page picture, for a table read by OCR (null: not found). */
  rowScans?: (ScanArea | null)[]
}

export type Block = ParagraphBlock | TableBlock

/** Every format a reader hands on (the library's stored reports are validated against this list). */
export const SOURCE_FORMATS = ['pdf', 'docx', 'odt', 'doc', 'wps', 'ofd', 'html', 'text', 'image'] as const
export type SourceFormat = (typeof SOURCE_FORMATS)[number]

export interface SourceDocument {
  /** File name as given (for messages and provenance). */
  fileName: string
  format: SourceFormat
  blocks: Block[]
  /** Number of pages (PDF), when known. */
  pageCount?: number
  /** Metadata a reader found outside the report body (e.g. a crawled page's 发布时间), never trusted over the body. */
  meta?: { title?: string; pageDate?: string }
  /** What the reader left out on purpose (e.g. an OFD's signatures), in Chinese, for the import log. */
  notes?: string[]
  /**
   * Pages of a text file whose break was marked by a page-number line (— 3 —, 第 3 页), dropped from the
   * blocks: a bare number just before such a break is no page number (the page has its marker).
   */
  markedPageStarts?: number[]
  /** Pages of a text PDF that hold only a picture (a scanned page among text pages): not read. */
  pagesWithoutText?: number[]
  /** Pages of a PDF with a ruled table running past the page's right edge: its last columns are not in the text. */
  clippedTablePages?: number[]
  /**
   * Pages of a PDF whose unruled table 三 header prints an organisation heading left of 自然人 while its
   * headings could not be placed over their number columns (a column of zeros printed blank): the
   * applicant columns' order is not known, and they are not read.
   */
  applicantOrderUnknownPages?: number[]
  /** Pages of a PDF whose table is printed turned 90° on the page: their text is not read (named in `notes`). */
  turnedTablePages?: number[]
  /** Set when the text was read from page pictures by OCR. */
  ocr?: OcrInfo
  /**
   * A PDF text layer whose font map turns some glyphs into letters no Chinese report prints (the letters,
   * e.g. 「Þ」「ß」): the same map may turn punctuation into digits, so no figure of its sentences is
   * proven (the tables' sums still prove theirs). shared/text/mis-mapped-letters.ts.
   */
  misMappedLetters?: string[]
}

/** A box on a page, in points from the page's top-left corner. */
export interface PageBox {
  page: number
  x: number
  y: number
  w: number
  h: number
}

/** A band of a page picture read by OCR, in points of the levelled page (the scan turned by `skew`
 *  degrees was levelled before reading): what to cut from the stored file to show a reading's source. */
export interface ScanArea extends PageBox {
  skew: number
  /** The page was drawn from the file's vector text and read so (a text layer that cannot be trusted,
   *  read-rendered.ts), not taken from a picture in it: its crop is cut from the page drawn again. */
  drawn?: true
}

/** A number OCR read but could not vouch for (a look-alike glyph, a low-confidence digit): left out
 *  of the document, so the extractor leaves its cell empty, and listed here for a person to check. */
export interface OcrDoubt {
  box: PageBox
  /** What the recogniser read, as read. */
  text: string
  confidence: number
}

export interface OcrInfo {
  /** Pages read by OCR. */
  pages: number
  /** Turn of each page's scan, in degrees (levelled before reading). */
  skew: number[]
  doubtful: OcrDoubt[]
  /** The blocks read by OCR, where the rest is the file's own text (a web page's table pictures);
   *  absent: every block. */
  blocks?: number[]
}
