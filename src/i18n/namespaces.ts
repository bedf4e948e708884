/**
 * Message namespaces: one pair of files `locales/<language>/<namespace>.json` each. Pure constants,
 * read both by the app and by the build (src/build-messages.ts), which bundles the first-load
 * namespaces of each language into one chunk and every other namespace into a chunk of its own.
 */

/** The namespace `useT()` reads when none is named. */
export const DEFAULT_NAMESPACE = 'common'

/**
 * The namespaces the first screen speaks, loaded (in the reader's language only) before the first
 * render: `common` alone, which holds every word of the first screen (the header, the coalitions,
 * the hemicycle and its export, the lists, undo/redo and the projector toggle).
 *
 * Every other namespace loads with the panel that speaks it (the tabs below the picture, a link
 * notice, an error boundary's note): `useT(namespace)` fetches it when such a part mounts, and
 * lazily loaded panels wait for theirs (`withNamespaces` in load-locale.ts).
 */
export const FIRST_LOAD_NAMESPACES: readonly string[] = [DEFAULT_NAMESPACE]
