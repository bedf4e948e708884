/**
 * Data that loads on demand (a chunk of its own), with what a React hook needs to wait for it:
 * the value once loaded, and a way to hear when it is.
 */
export interface LazyData<T> {
  /** The value once loaded; undefined before (and after a failed load). */
  current: () => T | undefined
  /** Starts loading, once; a failed load is tried again on the next call. */
  load: () => Promise<T>
  /** Calls `listener` when the value arrives. Returns a function that stops it. */
  subscribe: (listener: () => void) => () => void
}

/**
 * Wraps a loader (usually a dynamic import) so it runs once and can be waited for.
 *
 * @example const story = lazyData(() => import('./story').then((m) => m.story))
 */
export function lazyData<T>(loader: () => Promise<T>): LazyData<T> {
  let value: T | undefined
  let pending: Promise<T> | null = null
  const listeners = new Set<() => void>()
  return {
    current: () => value,
    load() {
      pending ??= loader().then(
        (loaded) => {
          value = loaded
          for (const listener of [...listeners]) listener()
          return loaded
        },
        (error: unknown) => {
          pending = null
          throw error
        },
      )
      return pending
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/**
 * Lazy data by key, made once per key on first use: `of(key)` always gives the same `LazyData`,
 * so every panel waiting for one key shares one load.
 *
 * @example const details = lazyDataByKey((id) => import(`./details/${id}`)); details('iraq-2018').load()
 */
export function lazyDataByKey<T>(
  loader: (key: string) => Promise<T>,
): (key: string) => LazyData<T> {
  const made = new Map<string, LazyData<T>>()
  return (key) => {
    let data = made.get(key)
    if (!data) made.set(key, (data = lazyData(() => loader(key))))
    return data
  }
}
