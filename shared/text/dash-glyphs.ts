// Dashes and slashes a CJK font draws with a glyph it shares with another character, which a PDF printed
// by Chromium then names in its text layer (the characters typed survive only in an ActualText that
// pdf.js does not read): 「——」 set as one wide glyph comes out as ⸺ (U+2E3A two-em dash; 「———」 as ⸻
// U+2E3B), the full-width slash 「／」 as ∕ (U+2215 division slash). A zero printed so in a table cell was
// then no dash: every such cell was left unread with a note (review hp35 O-hp3: 88 of 200 cells of table
// 三 printed 「——」; 「／」 zeros, 189 of 200). Folded back to what was typed, in every reader's document
// and in the pieces of positioned text (PDF, OFD) before their tables are laid out.
import type { SourceDocument } from '../model/document'
import { documentWithFold } from './document-fold'

const FOLDS: Record<string, string> = { '\u2e3a': '——', '\u2e3b': '———', '\u2215': '／' }
const DASH_GLYPH = /[\u2e3a\u2e3b\u2215]/g
const HAS_DASH_GLYPH = /[\u2e3a\u2e3b\u2215]/

/** The text with ⸺ as 「——」, ⸻ as 「———」 and ∕ as 「／」. */
export function foldDashGlyphs(s: string): string {
  return s.replace(DASH_GLYPH, (c) => FOLDS[c]!)
}

/** The document with the dash glyphs of its paragraphs, cells and title folded; the same document when it has none. */
export function documentWithFoldedDashes(doc: SourceDocument): SourceDocument {
  return documentWithFold(doc, HAS_DASH_GLYPH, foldDashGlyphs)
}
