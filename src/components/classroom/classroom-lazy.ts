import { withNamespaces } from '../../i18n/load-locale'
import { preloadableLazy } from '../layout/lazy-with-retry'

/**
 * A story step or a challenge opened by a link shows above the coalition; each loads on its own,
 * with its words. main.tsx loads the one a link opens before drawing the page, so it is there in
 * the first frame (nothing moves down when it arrives).
 */
export const storyPlayer = preloadableLazy<{ brief?: boolean }>(
  withNamespaces(['classroom'], () =>
    import('./story-player').then((m) => ({ default: m.StoryPlayer })),
  ),
)

export const challengeStatus = preloadableLazy<object>(
  withNamespaces(['classroom'], () =>
    import('./challenge-panel').then((m) => ({ default: m.ChallengeStatus })),
  ),
)

/** The challenges' panel, in the classroom tab (open first when a link opens a challenge). */
export const challengePanel = preloadableLazy<object>(
  withNamespaces(['classroom'], () =>
    import('./challenge-panel').then((m) => ({ default: m.ChallengePanel })),
  ),
)
