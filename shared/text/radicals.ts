// Radicals in place of ordinary characters: some CJK fonts' ToUnicode maps give them for ideographs
// (⼯ for 工, ⺠ for 民, ⼀ for 一), and text copied out of such a PDF into a Word draft, a web page
// or a text file keeps them. 「⾏政许可」 is no label and 「⼀、总体情况」 no heading: every reader's
// document has them folded (src-main/readers/index.ts; the PDF reader folds its pieces itself).
import type { SourceDocument } from '../model/document'
import { documentWithFold } from './document-fold'

/** Radicals that some CJK fonts' ToUnicode maps give for ordinary ideographs (⼯ for 工, ⺠ for 民):
 *  Kangxi radicals (U+2F00–U+2FD5) fold by NFKC; these CJK Radicals Supplement forms stand for whole
 *  characters and fold by this table; other characters are left as they are. */
const SIMPLIFIED_RADICALS: Record<string, string> = {
  '\u2eb0': '纟', '\u2ec5': '见', '\u2ec6': '角', '\u2ec8': '讠', '\u2ec9': '贝', '\u2ecb': '车', '\u2ed0': '钅',
  '\u2ed3': '长', '\u2ed4': '门', '\u2ed9': '韦', '\u2eda': '页', '\u2edb': '风', '\u2edc': '飞', '\u2ee0': '饣',
  '\u2ee2': '马', '\u2ee5': '鱼', '\u2ee6': '鸟', '\u2ee7': '卤', '\u2ee8': '麦', '\u2ee9': '黄', '\u2eea': '黾',
  '\u2eec': '齐', '\u2eee': '齿', '\u2ef0': '龙', '\u2ef3': '龟',
  '\u2e9f': '母', '\u2ea0': '民', '\u2ea9': '王', '\u2eae': '竹', '\u2eb6': '羊', '\u2eb7': '羊', '\u2ec1': '虎',
  '\u2ec4': '西', '\u2eca': '足', '\u2ed7': '雨', '\u2ed8': '青', '\u2edd': '食', '\u2ee1': '首', '\u2ee3': '骨',
  '\u2ee4': '鬼', '\u2eeb': '齐',
}

/** The text with its radicals folded to the characters they stand for. */
export function foldRadicals(s: string): string {
  return s.replace(/[\u2f00-\u2fd5]/g, (c) => c.normalize('NFKC')).replace(/[\u2e80-\u2ef3]/g, (c) => SIMPLIFIED_RADICALS[c] ?? c)
}

const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/

/** The document with the radicals of its paragraphs, cells and title folded; the same document when it has none. */
export function documentWithFoldedRadicals(doc: SourceDocument): SourceDocument {
  return documentWithFold(doc, RADICAL, foldRadicals)
}
