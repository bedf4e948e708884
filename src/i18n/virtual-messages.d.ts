// The compiled message catalogs, served by the Vite plugin in src/build-messages.ts.
declare module 'virtual:kutla-messages' {
  import type { Messages } from '@lingui/core'

  /** Namespace → compiled messages, for every namespace in one chunk. */
  export type Catalog = Readonly<Record<string, Messages>>

  /** Every namespace that has message files. */
  export const namespaces: readonly string[]

  /** Per language and namespace: imports the chunk that holds the namespace. */
  export const loaders: Readonly<
    Record<string, Readonly<Record<string, () => Promise<{ default: Catalog }>>>>
  >
}
