/**
 * The Content-Security-Policy: only the app's own origin may supply scripts, styles, fonts, data
 * and connections; no inline script, no eval, no plugins, no framing. Built pages carry it in a
 * `<meta http-equiv>` tag (added by the Vite plugin below, for builds only: the dev server injects
 * inline scripts and style elements for hot reloading, which this policy rightly refuses).
 * Hosts should also send it as a header: see README.md ("Content-Security-Policy").
 */
import type { Plugin } from 'vite'

/**
 * The policy's directives. `style-src 'self'` holds: React writes `style` props through the CSSOM
 * (element.style), which CSP does not govern, and Recharts does the same; the browser test in
 * test/browser/security.spec.ts fails on any violation.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
]

/** Directives a `<meta>` policy cannot carry (browsers ignore them there, and say so). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

/**
 * The policy as one string: for a header (`'header'`, everything) or a meta tag (`'meta'`,
 * without the directives only a header can carry).
 *
 * @example contentSecurityPolicy('header') // "default-src 'self'; script-src 'self'; … frame-ancestors 'none'"
 */
export function contentSecurityPolicy(where: 'header' | 'meta'): string {
  return CSP_DIRECTIVES.filter(([name]) => where === 'header' || !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')
}

/** Adds the policy as the first element of `<head>` in built pages, before any script or style. */
export function cspPlugin(): Plugin {
  return {
    name: 'kutla-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy('meta'),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}
