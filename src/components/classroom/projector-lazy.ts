import { withNamespaces } from '../../i18n/load-locale'
import { preloadableLazy } from '../layout/lazy-with-retry'

/**
 * The projector view, with its words and styles: loaded when a link opens it (main.tsx waits for
 * it before drawing) or when the reader asks for it (the toggle loads it first, then switches).
 */
export const projectorView = preloadableLazy<object>(
  withNamespaces(['classroom'], () =>
    import('./projector-view').then((m) => ({ default: m.ProjectorView })),
  ),
)
