// A PDF whose font's Unicode map is partly wrong (seen after a Ghostscript re-print) turns some glyphs
// into other characters: 「Þ理」 for 办理, 「ß溪市」 for 云溪市, and punctuation into digits (、→1, 。→2,
// 〔→4), so that 「一、总体情况」 reads 「一1总体情况」. Two tells, either enough: letters no Chinese report
// prints (accented Latin letters, C1 control characters; × ÷ · ° ² ³ µ © ® are printed by real reports
// and not counted), and the template's section headings with a digit where their 、 stands.
import { SECTION_HEADINGS } from '../model/template-labels'

// Counted only inside Chinese text, a Chinese character right before and right after: a name's accents
// sit among Latin letters (Hélène, Lǚ), and Word's Wingdings bullets, which a font without a map gives as
// 「Ø」「§」「ü」, stand before a space (hostile review hr28: six 「Ø 」 bullets cost a report its figures).
const MIS_MAPPED = /(?<=[\u4e00-\u9fff])[\u0080-\u009f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f](?=[\u4e00-\u9fff])/g
/** C1 control characters: counted, but not shown in a message. */
const CONTROL = /[\u0080-\u009f]/

/** 「一1总体情况」: a section heading's number, a digit, its words (no report writes its headings so). */
const DIGIT_HEADING = new RegExp(`[一二三四五六]\\s*\\d\\s*(?:${Object.values(SECTION_HEADINGS).map((h) => h.slice(2, 6)).join('|')})`, 'g')

/** At least this many such letters: the layer's map is wrong (one or two may be a name's or a URL's). */
const MIN_MIS_MAPPED = 6
/** At least this many headings with a digit for their 、. */
const MIN_DIGIT_HEADINGS = 2

export interface MisMappedLetters {
  count: number
  /** At most four of the characters (or headings) that tell it, distinct (for a message). */
  sample: string[]
  /** Enough of them that the text layer's glyph map is judged wrong. */
  layer: boolean
}

/** The letters of `text` (its spaces kept) no Chinese report prints inside Chinese text, and its headings written with a digit. */
export function misMappedLetters(text: string): MisMappedLetters {
  const found = text.match(MIS_MAPPED) ?? []
  const headings = text.match(DIGIT_HEADING) ?? []
  const sample = [...new Set([...found.filter((c) => !CONTROL.test(c)), ...headings])].slice(0, 4)
  return { count: found.length, sample, layer: found.length >= MIN_MIS_MAPPED || headings.length >= MIN_DIGIT_HEADINGS }
}

/** Such a letter anywhere in a name: no Chinese body's name holds one, at its first character or its last. */
const NAME_LETTER = /[\u0080-\u009f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/

/** A name holding any such letter (「ß溪市人民政府Þ公室」): a glyph read as the wrong character. */
export const nameHasMisMappedLetter = (name: string): boolean => NAME_LETTER.test(name)
