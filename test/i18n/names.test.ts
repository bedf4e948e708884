import { describe, expect, it } from 'vitest'
import type { Party } from '../../src/elections/types'
import { partyFullName, partyOtherName, partyShortName } from '../../src/i18n/names'

function party(fields: Partial<Party>): Party {
  return {
    id: 'x',
    name: 'State of Law Coalition',
    shortName: 'State of Law',
    nameAr: 'ائتلاف دولة القانون',
    altNames: [],
    leader: null,
    leaderAr: null,
    camp: 'shia-islamist',
    color: '#8646ad',
    seats: { v: 89 },
    sourceIds: ['s'],
    ...fields,
  }
}

describe('list names in the reader’s language', () => {
  it('gives the Arabic name in Arabic, with the English beside it marked as English', () => {
    const p = party({ shortNameAr: 'دولة القانون' })
    expect(partyShortName(p, 'ar')).toEqual({ text: 'دولة القانون', lang: 'ar' })
    expect(partyFullName(p, 'ar')).toEqual({ text: 'ائتلاف دولة القانون', lang: 'ar' })
    expect(partyOtherName(p, 'ar')).toEqual({ text: 'State of Law Coalition', lang: 'en' })
    expect(partyOtherName(p, 'en')).toEqual({ text: 'ائتلاف دولة القانون', lang: 'ar' })
  })

  it('where the data has no Arabic name, shows the English once, marked as English', () => {
    const p = party({
      name: 'Iraqi National Alliance',
      shortName: 'INA',
      nameAr: 'Iraqi National Alliance',
      nameArStatus: 'missing',
    })
    expect(partyShortName(p, 'ar')).toEqual({ text: 'INA', lang: 'en' })
    expect(partyFullName(p, 'ar')).toEqual({ text: 'Iraqi National Alliance', lang: 'en' })
    expect(partyOtherName(p, 'ar')).toBeNull()
    expect(partyOtherName(p, 'en')).toBeNull()
  })

  it('a user’s own list named only in Latin letters is English in either interface', () => {
    const p = party({ name: 'Greens', shortName: 'Greens', nameAr: 'Greens' })
    expect(partyFullName(p, 'ar')).toEqual({ text: 'Greens', lang: 'en' })
    expect(partyOtherName(p, 'en')).toBeNull()
  })
})
