// The modules build-data.ts writes from the data files, checked when the app is built.

declare module 'virtual:kutla-data/elections' {
  /** Each shipped election's core: what the first screen shows (see election-parts.ts). */
  export const elections: readonly import('./types').Election[]
  /** Loads an election's details, by election id. */
  export const detailLoaders: Readonly<
    Record<string, () => Promise<import('./election-parts').ElectionDetails>>
  >
  /** Every shipped election, listed or not, in date order: what the switcher shows. */
  export const electionIndex: readonly import('./types').ElectionIndexEntry[]
}

declare module 'virtual:kutla-data/elections-ar' {
  /** The Arabic names and labels the cores leave out, by election id. */
  export const arabic: Readonly<Record<string, import('./election-parts').ElectionArabic>>
}

declare module 'virtual:kutla-data/story' {
  export const storyCatalog: import('./story-catalog').StoryCatalog
}

declare module 'virtual:kutla-data/challenges' {
  export const challengeCatalog: import('./challenge-catalog').ChallengeCatalog
}

declare module 'virtual:kutla-data/more-elections' {
  /** Loads a whole checked election the app does not list, by election id. */
  export const electionLoaders: Readonly<Record<string, () => Promise<import('./types').Election>>>
}

declare module 'virtual:kutla-data/stories' {
  /** Loads a checked story, by story id (the shown one included). */
  export const storyLoaders: Readonly<
    Record<string, () => Promise<import('./story-catalog').StoryCatalog>>
  >
}

declare module 'virtual:kutla-data/challenge-sets' {
  /** Loads a checked challenge file, by the id of its election (the shown one included). */
  export const challengeLoaders: Readonly<
    Record<string, () => Promise<import('./challenge-catalog').ChallengeCatalog>>
  >
}

declare module 'virtual:kutla-data/camps' {
  /** Which lists belong to which camp across the shipped elections, checked against them. */
  export const campMap: import('./parse-camps').CampMap
}
