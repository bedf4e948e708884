/**
 * The Content-Security-Policy: only the app's own origin may supply scripts, styles, fonts, data
 * and connections; no inline script, no eval, no plugins; no other site may frame the app, and any
 * may frame its embed view (`vw=embed`: the header differs by that query, see deploy/kutla.conf).
 * Built pages carry it in a `<meta http-equiv>` tag (added by the Vite plugin below, for builds only: the dev server injects
 * inline scripts and style elements for hot reloading, which this policy rightly refuses).
 * Hosts should also send it as a header: see docs/deployment.md ("Content-Security-Policy").
 *
 * The one inline script of a built page (the anti-flash script of src/prerender-page.ts) is allowed
 * by its SHA-256 hash, never by 'unsafe-inline': the plugin hashes every inline script it finds.
 */
import { createHash } from 'node:crypto'
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
  // Only the app's own pages may frame the app; the embed view is for any site (EMBED_FRAME_ANCESTORS).
  // Header only: a meta policy cannot carry it.
  ['frame-ancestors', "'self'"],
]

/**
 * `frame-ancestors` for the embed view (`vw=embed`, docs/embed.md): any site may frame it. It
 * holds no account and no secret, and a frame's storage is kept apart from the app's own. A host
 * that wants only some sites names them instead (docs/deployment.md).
 */
export const EMBED_FRAME_ANCESTORS = '*'

/** Directives a `<meta>` policy cannot carry (browsers ignore them there, and say so). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

/**
 * The policy as one string: for a header (`'header'`, everything) or a meta tag (`'meta'`,
 * without the directives only a header can carry). `scriptHashes` are added to `script-src`.
 *
 * @example contentSecurityPolicy('header') // "default-src 'self'; script-src 'self'; … frame-ancestors 'self'"
 * @example contentSecurityPolicy('meta', ["'sha256-…'"]) // "default-src 'self'; script-src 'self' 'sha256-…'; …"
 */
export function contentSecurityPolicy(
  where: 'header' | 'meta',
  scriptHashes: readonly string[] = [],
  /** A header's `frame-ancestors` in place of the app's (`EMBED_FRAME_ANCESTORS` for the embed). */
  frameAncestors?: string,
): string {
  return CSP_DIRECTIVES.filter(([name]) => where === 'header' || !HEADER_ONLY.has(name))
    .map(([name, value]) =>
      name === 'script-src' && scriptHashes.length
        ? `${name} ${value} ${scriptHashes.join(' ')}`
        : name === 'frame-ancestors' && frameAncestors !== undefined
          ? `${name} ${frameAncestors}`
          : `${name} ${value}`,
    )
    .join('; ')
}

/**
 * The CSP source of every inline script in `html` (a `<script>` without `src`): `'sha256-…'` of
 * its exact text.
 *
 * @example inlineScriptHashes('<script>1</script>') // ["'sha256-a4ayc/80/OGda4BO/1o/V0etpOqiLx1JwB5S3beHW0s='"]
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const [, attributes, text] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attributes ?? '') || !text) continue
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/**
 * Adds the policy as the first element of `<head>` in built pages, before any script or style,
 * with the hash of each inline script the page holds at that point (plugins that add one must
 * come before this one).
 */
export function cspPlugin(): Plugin {
  return {
    name: 'kutla-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy('meta', inlineScriptHashes(html)),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}
