import { type ComponentType, lazy, use } from 'react'
import { browser } from 'react-dom'

export interface RetryOptions {
  /** How many times the import is tried before the panel fails. */
  attempts?: number
  /** Waits before try number `attempt` (2, 3, …); injectable so tests need no real time. */
  wait?: (attempt: number) => Promise<void>
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
  { attempts = 3, wait = pause }: RetryOptions = {},
): ComponentType<P> {
  const rearm = () => {
    current = lazy(loadWithRetry)
  }
  async function loadWithRetry() {
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
  let current = lazy(loadWithRetry)

  function LazyWithRetry(props: P) {
    // Never drawn into the HTML built ahead of time: the page carries the Suspense fallback there
    // and the browser draws the panel once its code has arrived (a no-op in the browser).
    use(browser('loaded on its own in the browser'))
    const Loaded = current
    return <Loaded {...props} />
  }
  return LazyWithRetry
}
