/**
 * Names from the election data in the reader's language. The data carries Arabic fields
 * (`nameAr`, `shortNameAr`, `leaderAr`, `labelAr`, `titleAr`); where one is missing the English
 * text is used and says so with its `lang`, so screen readers pronounce it correctly.
 */
import type { Election, Party, SeatVersion } from '../elections/types'
import type { Locale } from '../elections/languages'

export interface LocalizedText {
  text: string
  /** The language the text is actually in (may differ from the interface's). */
  lang: Locale
}

function pick(locale: Locale, english: string, arabic: string | null | undefined): LocalizedText {
  if (locale === 'ar' && arabic) return { text: arabic, lang: 'ar' }
  return { text: english, lang: 'en' }
}

export function partyShortName(party: Party, locale: Locale): LocalizedText {
  return pick(locale, party.shortName, party.shortNameAr ?? party.nameAr)
}

export function partyFullName(party: Party, locale: Locale): LocalizedText {
  return pick(locale, party.name, party.nameAr)
}

/** The list's name in the other language, shown as a secondary line. */
export function partyOtherName(party: Party, locale: Locale): LocalizedText {
  return locale === 'ar' ? { text: party.name, lang: 'en' } : { text: party.nameAr, lang: 'ar' }
}

export function partyLeader(party: Party, locale: Locale): LocalizedText | null {
  if (!party.leader && !party.leaderAr) return null
  if (locale === 'ar' && party.leaderAr) return { text: party.leaderAr, lang: 'ar' }
  return party.leader ? { text: party.leader, lang: 'en' } : { text: party.leaderAr!, lang: 'ar' }
}

export function versionLabel(version: SeatVersion, locale: Locale): LocalizedText {
  return pick(locale, version.label, version.labelAr)
}

export function electionTitle(election: Election, locale: Locale): LocalizedText {
  return pick(locale, election.title, election.titleAr)
}

/**
 * The language a piece of data text is written in, judged by its script: Arabic letters mean
 * Arabic, anything else is taken as English.
 *
 * @example textLang('الأنبار هويتنا') // 'ar'
 */
export function textLang(text: string): Locale {
  return /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/.test(text) ? 'ar' : 'en'
}
