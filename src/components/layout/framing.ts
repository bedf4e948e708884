/**
 * Whether another site's page has put this one in a frame. The embed view is made for that; the
 * full app is not (a page could lay its own buttons over it), so it then shows only a link to
 * itself. Hosts that can send a header refuse such frames outright (deploy/kutla.conf).
 */
export function framedByAnotherSite(): boolean {
  if (typeof window === 'undefined' || window.top === window.self) return false
  try {
    return window.top?.location.origin !== window.location.origin
  } catch {
    // Reading another origin's location throws.
    return true
  }
}
