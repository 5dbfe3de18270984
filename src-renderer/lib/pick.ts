// Chinese or English text of a bilingual label, by the current UI language.
import { i18n } from '../i18n'

export function isEnglish(): boolean {
  return i18n.global.locale.value === 'en'
}

/** The English text when the UI is in English and one is given ('' is a valid English text). */
export function pick(zh: string, en: string | undefined): string {
  return isEnglish() && en !== undefined ? en : zh
}
