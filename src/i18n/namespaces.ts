/**
 * Message namespaces: one pair of files `locales/<language>/<namespace>.json` each. Pure constants,
 * read both by the app and by the build (src/build-messages.ts), which bundles the first-load
 * namespaces of each language into one chunk and every other namespace into a chunk of its own.
 */

/** The namespace `useT()` reads when none is named. */
export const DEFAULT_NAMESPACE = 'common'

/**
 * The namespaces the first screen speaks, loaded (in the reader's language only) before the first
 * render. Today that is every namespace, because a component that renders on the first screen
 * uses each of them:
 *
 * - `whatif`: the scenario toolbar (election select, undo / redo);
 * - `classroom`: the hemicycle, the story player, the projector toggle and the print sheet;
 * - `share`: the share links and the link notice;
 * - `reliability`: the recent scenarios, the storage notice and every panel's error boundary;
 * - `analysis`: the analysis panel's heading and introduction.
 *
 * When such a component moves behind a lazy import, drop its namespace here and load it with the
 * chunk instead (`withNamespaces` in load-locale.ts): it then costs nothing on the first load.
 */
export const FIRST_LOAD_NAMESPACES: readonly string[] = [
  DEFAULT_NAMESPACE,
  'whatif',
  'classroom',
  'share',
  'reliability',
  'analysis',
]
