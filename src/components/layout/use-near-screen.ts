import { useCallback, useRef, useState } from 'react'

/** How far ahead of the screen a part counts as near: a few lines of scrolling. */
const AHEAD = '200px 0px'

/**
 * Whether an element has come near the screen (once true, it stays true): for a part far down the
 * page whose data need not load with the first screen. Returns the flag and a callback ref for the
 * element. Where IntersectionObserver is missing, the element is near at once.
 */
export function useNearScreen(): [boolean, (element: Element | null) => void] {
  const [near, setNear] = useState(false)
  const stop = useRef<(() => void) | null>(null)
  const watch = useCallback((element: Element | null) => {
    stop.current?.()
    stop.current = null
    if (!element) return
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true)
      return
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect()
          setNear(true)
        }
      },
      { rootMargin: AHEAD },
    )
    observer.observe(element)
    stop.current = () => observer.disconnect()
  }, [])
  return [near, watch]
}
