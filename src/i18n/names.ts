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

/** A text of the data in the reader's language: its Arabic twin on Arabic pages, where given. */
export function localizedText(
  locale: Locale,
  english: string,
  arabic: string | null | undefined,
): LocalizedText {
  // The Arabic field may repeat the English (a list with no Arabic name, a user's own list):
  // its script, not the field, says which language it is in.
  if (locale === 'ar' && arabic) return { text: arabic, lang: textLang(arabic) }
  return { text: english, lang: 'en' }
}

/** The list's Arabic name, or null where the data has none (`nameAr` then repeats the English). */
function arabicName(party: Party): string | null {
  return party.nameArStatus === 'missing' ? null : party.nameAr
}

export function partyShortName(party: Party, locale: Locale): LocalizedText {
  return localizedText(locale, party.shortName, party.shortNameAr ?? arabicName(party))
}

export function partyFullName(party: Party, locale: Locale): LocalizedText {
  return localizedText(locale, party.name, arabicName(party))
}

/**
 * The list's name in the other language, shown as a secondary line; null where there is none
 * (no Arabic name, or one that only repeats the name already shown).
 */
export function partyOtherName(party: Party, locale: Locale): LocalizedText | null {
  const arabic = arabicName(party)
  if (arabic === null || arabic === party.name) return null
  return locale === 'ar'
    ? { text: party.name, lang: textLang(party.name) }
    : { text: arabic, lang: textLang(arabic) }
}

export function partyLeader(party: Party, locale: Locale): LocalizedText | null {
  if (!party.leader && !party.leaderAr) return null
  if (locale === 'ar' && party.leaderAr) return { text: party.leaderAr, lang: 'ar' }
  return party.leader ? { text: party.leader, lang: 'en' } : { text: party.leaderAr!, lang: 'ar' }
}

export function versionLabel(version: SeatVersion, locale: Locale): LocalizedText {
  return localizedText(locale, version.label, version.labelAr)
}

export function electionTitle(election: Election, locale: Locale): LocalizedText {
  return localizedText(locale, election.title, election.titleAr)
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
