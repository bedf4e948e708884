import { type ComponentType, lazy, use } from 'react'
import { browser } from 'react-dom'

export interface RetryOptions {
  /** How many times the import is tried before the panel fails. */
  attempts?: number
  /** Waits before try number `attempt` (2, 3, …); injectable so tests need no real time. */
  wait?: (attempt: number) => Promise<void>
}

/**
 * A thenable already resolved with `value`, calling back synchronously: `React.lazy` reads it in
 * the same render (a resolved Promise would call back a microtask later).
 */
function settled<T>(value: T): Promise<T> {
  const thenable = { then: (onFulfilled?: (v: T) => unknown) => onFulfilled?.(value) }
  return thenable as unknown as Promise<T>
}

const pause = (attempt: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, 400 * 2 ** (attempt - 2)))

/** Lazy components whose import gave up, each with the function that arms a fresh import. */
const failed = new Set<() => void>()

/**
 * Arms a fresh import for every lazy component whose import gave up. PanelBoundary calls it on
 * "Try again", before drawing the panel again.
 */
export function retryFailedImports(): void {
  for (const rearm of [...failed]) rearm()
  failed.clear()
}

/**
 * `React.lazy` for a chunk that may fail to arrive (a dropped connection, a moment offline, a
 * server restarting). The import is tried again, after a pause, before the panel gives up; once it
 * has given up, the panel's "Try again" starts a fresh import (see retryFailedImports), where
 * `React.lazy` alone would keep the failure for the life of the page. Chromium fetches a failed
 * module again when it is imported again (checked in test/browser/reliability.spec.ts).
 *
 * @example const Chart = lazyWithRetry(() => import('../charts/majority-bar-chart'))
 */
export function lazyWithRetry<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  options: RetryOptions = {},
): ComponentType<P> {
  const { Component } = preloadableLazy(load, options)
  return Component
}

export interface PreloadableOptions extends RetryOptions {
  /**
   * Drawn into the HTML built ahead of time (the build waits for the import). In the browser,
   * React keeps that HTML on screen until the code has arrived, then takes it over (selective
   * hydration). Without it, the built page carries the Suspense fallback.
   */
  drawnAhead?: boolean
}

export interface PreloadableLazy<P extends object> {
  Component: ComponentType<P>
  /**
   * Starts the import now (once; retried like the component's). Once it has resolved, the
   * component draws in the same render that first shows it, without suspending.
   */
  preload: () => Promise<void>
}

/**
 * `lazyWithRetry`, with a `preload` to start the import before the component is first drawn (at
 * start-up, beside the other requests), and optionally drawn ahead into the built page.
 *
 * @example const picture = preloadableLazy(() => import('./picture'), { drawnAhead: true })
 */
export function preloadableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  { attempts = 3, wait = pause, drawnAhead = false }: PreloadableOptions = {},
): PreloadableLazy<P> {
  type Module = { default: ComponentType<P> }
  let loaded: Module | null = null
  let loading: Promise<Module> | null = null
  const rearm = () => {
    loading = null
    current = lazy(fromCacheOrLoad)
  }
  async function loadWithRetry(): Promise<Module> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await load()
      } catch (error) {
        if (attempt >= attempts) {
          failed.add(rearm)
          throw error
        }
        await wait(attempt + 1)
      }
    }
  }
  const start = () => (loading ??= loadWithRetry().then((module) => (loaded = module)))
  // A module already here is handed over synchronously (a thenable that calls back at once), so
  // React draws it in the current render instead of suspending for a microtask.
  const fromCacheOrLoad = (): Promise<Module> => (loaded ? settled(loaded) : start())
  let current = lazy(fromCacheOrLoad)

  function LazyWithRetry(props: P) {
    // Unless drawn ahead, never drawn into the HTML built ahead of time: the page carries the
    // Suspense fallback there and the browser draws the panel once its code has arrived (a no-op
    // in the browser).
    if (!drawnAhead) use(browser('loaded on its own in the browser'))
    const Loaded = current
    return <Loaded {...props} />
  }
  return { Component: LazyWithRetry, preload: () => start().then(() => undefined) }
}
