// Text clean-up shared by the prose readers (header, metrics, section 五): undo the line wraps of
// PDF/markdown conversions, drop page markers, and make a compact copy for pattern matching.
import { pageMarkerNumber } from '../text/text-document'
import { toHalfWidthDigits } from './numbers-cn'

/** Inline page markers left inside a line by some converters ("33466— 1 —条"). */
const PAGE_MARKER_INLINE = /\s*[—–－―]{1,2}\s*\d{1,3}\s*[—–－―]{1,2}\s*/g

/** A line that is only a page marker: those the text reader drops (— 3 —, 第 3 页, 3/10), or "P. 9". */
export function isPageMarkerLine(line: string): boolean {
  return pageMarkerNumber(line) !== null || /^\s*P\.\s*\d{1,3}\s*$/.test(line)
}

const ASCII_ALNUM = /[0-9A-Za-z]/

/**
 * Lines → one running text. Wrapped lines are glued without a space (Chinese has none between
 * words); a space is kept only between two ASCII letters/digits. Blank lines and page markers go.
 */
export function joinWrappedLines(lines: readonly string[]): string {
  let out = ''
  for (const raw of lines) {
    const line = raw.replace(/\f/g, '').replace(PAGE_MARKER_INLINE, '').trim()
    // A line of nothing but quote marks is a converter's stray glyph (PDF text layers move them).
    if (line === '' || isPageMarkerLine(line) || /^[“”"‘’'「」]+$/.test(line)) continue
    if (out !== '' && ASCII_ALNUM.test(out.slice(-1)) && ASCII_ALNUM.test(line[0] ?? '')) out += ' '
    out += line
  }
  return out
}

/**
 * Common traditional characters of these reports → simplified, for matching. Note that flatten()
 * applies it to the extractor's whole flat text, so what is read from that text (agency, section
 * texts, section 五 entries, provenance) comes out simplified as well.
 */
const TRAD_TO_SIMP: Record<string, string> = Object.fromEntries(
  [
    '報报', '資资', '訊讯', '開开', '關关', '於于', '縣县', '區区', '務务', '機机', '構构', '設设', '門门',
    '戶户', '網网', '體体', '況况', '處处', '條条', '數数', '據据', '統统', '計计', '與与', '會会', '議议',
    '來来', '電电', '話话', '熱热', '線线', '並并', '為为', '個个', '單单', '辦办', '發发', '佈布', '廳厅',
    '書书', '記记', '總总', '結结', '轉转', '類类', '項项', '範范', '規规', '檔档', '則则', '決决', '響响',
    '應应', '屬属', '聯联', '繫系', '號号', '級级', '鎮镇', '鄉乡', '圖图', '層层', '託托', '獲获', '實实',
    '請请', '復复', '訴诉', '訟讼', '違违', '稅税', '衛卫', '員员', '農农', '業业', '導导', '評评', '權权',
    '責责', '參参', '幹干', '經经', '濟济', '將将', '進进', '題题', '問问', '價价', '較较', '長长', '專专',
    '歷历', '團团', '態态', '溝沟', '頁页', '覽览', '閱阅', '擊击', '際际', '標标', '準准', '萬万', '億亿',
    '詢询', '編编', '製制', '簡简', '稱称', '組组', '織织', '華华', '國国', '著着', '強强', '現现', '時时',
    '間间', '點点', '讀读', '錄录', '維维', '護护', '營营', '優优', '環环', '傳传', '產产', '廣广', '東东',
    '綜综', '執执', '場场', '監监', '質质', '園园', '屆届', '貫贯', '徹彻', '黨党', '習习', '歲岁', '頭头',
    '兒儿', '當当', '們们', '這这', '對对', '麼么', '從从', '麗丽', '壩坝', '遞递', '齊齐', '戰战', '義义',
    '緊紧', '確确', '嚴严', '繼继', '續续', '穩稳', '過过', '沒没', '補补', '訪访', '舉举', '費费', '繳缴', '納纳', '認认',
    '無无', '糾纠', '審审', '動动', '許许', '罰罚', '採采', '購购', '額额', '廢废', '繪绘', '負负', '義义', '辭辞', '證证',
    // Real 繁體 text (重複申請, 內部事務, 複議後起訴, 關係). 覆 only in 反覆/答覆/回覆
    // (TRAD_WORDS): simplified text writes 覆盖 too.
    '複复', '內内', '後后', '係系',
    // 本年增/減 of section 二 (增 is one character in both): without it 減7 read as +7.
    '減减',
  ].map((pair) => [pair[0] as string, pair[1] as string]),
)

/** 覆 is 繁體 for 复 only in these words (simplified text writes 覆盖, 颠覆 too); one character for one. */
const TRAD_WORDS = /[反答回]覆/g

/**
 * The characters TRAD_TO_SIMP maps (one UTF-16 unit each, none below U+3000): only these are
 * replaced, instead of a call per Chinese character (a 50 MB text spent minutes there).
 */
const TRAD_CHARS = new RegExp(
  `[${Object.keys(TRAD_TO_SIMP)
    .filter((c) => c.length === 1 && c.charCodeAt(0) > 0x2fff)
    .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')}]`,
  'g',
)

export function toSimplifiedForMatching(s: string): string {
  return s.replace(TRAD_CHARS, (c) => TRAD_TO_SIMP[c]!).replace(TRAD_WORDS, (w) => `${w[0]}复`)
}


/** Full-width colon/parentheses/comma forms that portals and converters mix freely → one form each. */
export function normalizePunctuation(s: string): string {
  return s
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/,(?!\d{3}(?!\d))/g, '，')
    .replace(/;/g, '；')
}

/**
 * Compact copy for matching: half-width digits, simplified key characters, unified punctuation and
 * no whitespace except between two ASCII letters/digits (so "位列 77 个" reads "位列77个" while
 * "20 351" keeps its gap).
 */
export function compactForMatching(s: string): string {
  return compactWithMap(s).text
}

/**
 * A count printed with a space, no-break or thin space as its thousands separator and its unit
 * after it (「22 553条」「587 993 个」「64 644余条」): those spaces are part of the number, not a gap between two.
 * Only before a counting unit: without one, 「12 345」 may as well be two table cells.
 */
const GROUPED_COUNT = /(?<!\d[ \u00a0\u2009\u202f]?)(?<![\d.,])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)(?=\s?(?:余|多)?\s?(?:条|件|个|次|人次|万|元|篇|项|家|份|名|人|期|场|卷|册|户|封|批|起|宗|例|单|张|页|通))/g

/** The indexes of the spaces inside grouped counts of `t`. */
function groupSeparators(t: string): Set<number> {
  const at = new Set<number>()
  for (const m of t.matchAll(GROUPED_COUNT)) {
    for (let k = 0; k < m[0].length; k++) if (/\s/.test(m[0][k]!)) at.add(m.index + k)
  }
  return at
}

/** A footnote mark as the readers keep it apart (superscript/subscript characters, footnote-marks.ts),
 *  bare or in brackets: "¹", "¹²", "[¹]", "（²）", "⁽³⁾". */
const FOOTNOTE_MARK = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹₀-₉]+|[[［（⁽][⁰¹²³⁴⁵⁶⁷⁸⁹]+[\]］）⁾])/

/**
 * The compact copy (footnote marks after a number left out) and, for each of its characters, the index of that character in `s` — so a
 * match found in the copy can be shown as the report printed it. (Every step but the removal of
 * whitespace maps one character to one character.)
 */
export function compactWithMap(s: string): { text: string; map: number[] } {
  const t = normalizePunctuation(toSimplifiedForMatching(toHalfWidthDigits(s)))
  const separators = groupSeparators(t)
  // Characters are collected in an array and joined once: looking back into a string built by +=
  // flattens it on every step, which made long texts quadratic.
  const out: string[] = []
  const map: number[] = []
  for (let i = 0; i < t.length; i++) {
    const c = t[i] as string
    // A footnote mark right after a number ("8765¹条", "第15²名") is not part of the sentence.
    const mark = /\d/.test(out[out.length - 1] ?? '') ? FOOTNOTE_MARK.exec(t.slice(i, i + 8)) : null
    if (mark) {
      i += mark[0].length - 1
      continue
    }
    if (!/\s/.test(c)) {
      out.push(c)
      map.push(i)
      continue
    }
    if (separators.has(i)) continue
    let j = i
    while (j + 1 < t.length && /\s/.test(t[j + 1] as string)) j++
    if (ASCII_ALNUM.test(t[i - 1] ?? '') && ASCII_ALNUM.test(t[j + 1] ?? '')) {
      out.push(' ')
      map.push(i)
    }
    i = j
  }
  return { text: out.join(''), map }
}
