/**
 * Draws the opening page into the built HTML, so the first paint needs no JavaScript.
 *
 * Inside `vite build` (every build: npm run build, the browser tests', the benchmark's KUTLA_DIST
 * folders, KUTLA_BASE sub-paths), the plugin builds src/prerender-entry.tsx for Node with the same
 * Vite config (every plugin and virtual module applies), renders the default scenario once per
 * language with react-dom/static, and writes it into `index.html` (English) and `ar/index.html`
 * (Arabic), keeping Vite's hashed asset tags, the CSP meta tag and the manifest link. It also puts
 * the anti-flash script (src/prerender-page.ts) into `<head>`. src/main.tsx hydrates or redraws.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type Plugin, type ResolvedConfig, build } from 'vite'
import { cardRenderer } from './build-cards.js'
import type { PrerenderedPage, SharePagePlan } from './prerender-entry'

/** Set on `#root` (the same name as PRERENDERED_ATTRIBUTE in src/prerender-page.ts). */
const PRERENDERED_ATTRIBUTE = 'data-prerendered'
/** On `<html>` while the scenario's parts wait (PENDING_CLASS in src/prerender-page.ts). */
const PENDING_CLASS = 'kutla-pending'
/** Open Graph's names of the app's languages. */
const OG_LOCALES: Readonly<Record<string, string>> = { en: 'en_US', ar: 'ar_IQ' }

/** What the server entry gives the plugin. */
interface ServerEntry {
  renderPages: () => Promise<PrerenderedPage[]>
  planSharePages: () => Promise<SharePagePlan[]>
  antiFlashScript: () => string
}

export interface PrerenderOptions {
  /** The server entry, relative to the project root. */
  entry?: string
  /**
   * True for a chunk a page in `locale` needs at once: it gets a `<link rel="modulepreload">`, so
   * the page does not wait for a second round trip. The default matches the chunk whose name
   * ends in `messages-<locale>` (e.g. `messages-ar`): the first-screen messages of that language
   * (src/build-messages.ts); a namespace's own chunk (`messages-ar-analysis`) loads with its
   * panel. None is also fine.
   */
  isLocaleChunk?: (chunkName: string, locale: string) => boolean
  /**
   * The site's address (e.g. 'https://example.org'), for absolute `og:image` and `og:url` URLs,
   * which some link previews require. Default: the KUTLA_SITE_URL environment variable; without
   * one, images are given root-relative (or, under a relative base, relative to the page).
   */
  siteUrl?: string
}

export const defaultIsLocaleChunk = (chunkName: string, locale: string): boolean =>
  chunkName.endsWith(`messages-${locale}`)

export function prerenderPlugin(options: PrerenderOptions = {}): Plugin {
  const entry = options.entry ?? 'src/prerender-entry.tsx'
  const isLocaleChunk = options.isLocaleChunk ?? defaultIsLocaleChunk
  const siteUrl = (options.siteUrl ?? process.env.KUTLA_SITE_URL ?? '').replace(/\/+$/, '')
  let config: ResolvedConfig
  let server: Promise<ServerEntry> | null = null
  let serverDir: string | null = null

  /** Builds the server entry (once per build) into a folder Node resolves packages from. */
  async function buildServer(): Promise<ServerEntry> {
    // Inside node_modules, so the bundle's external imports (react, react-dom/static…) resolve.
    const cache = join(config.root, 'node_modules', '.cache')
    await mkdir(cache, { recursive: true })
    serverDir = await mkdtemp(join(cache, 'kutla-prerender-'))
    await build({
      configFile: config.configFile,
      mode: config.mode,
      root: config.root,
      logLevel: 'warn',
      build: {
        ssr: entry,
        outDir: serverDir,
        emptyOutDir: false,
        copyPublicDir: false,
        minify: false,
        sourcemap: false,
        rolldownOptions: { output: { entryFileNames: 'prerender-entry.mjs' } },
      },
    })
    return (await import(pathToFileURL(join(serverDir, 'prerender-entry.mjs')).href)) as ServerEntry
  }

  return {
    name: 'kutla-prerender',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved
    },
    buildStart() {
      server = buildServer()
      // Awaited (and its failure reported) where it is needed; not an unhandled rejection meanwhile.
      server.catch(() => {})
    },
    transformIndexHtml: {
      // After Vite's own tags, before src/build-csp.ts (listed after this plugin), which hashes
      // every inline script into the policy.
      order: 'post',
      async handler(html) {
        const script = (await serverEntry()).antiFlashScript()
        const at = /<meta charset[^>]*>/i.exec(html)
        if (!at) throw new Error('kutla-prerender: index.html has no <meta charset>')
        const end = at.index + at[0].length
        return `${html.slice(0, end)}\n    <script>${script}</script>${html.slice(end)}`
      },
    },
    generateBundle: {
      order: 'post',
      async handler(_, bundle) {
        const index = bundle['index.html']
        if (!index || index.type !== 'asset') return
        const template = String(index.source)
        const pages = (await (await serverEntry()).renderPages()).map((page) => ({
          ...page,
          ...moveInlineStyles(page.html),
        }))
        // One stylesheet holds the inline styles of every page.
        const css = [...new Set(pages.flatMap((page) => page.rules))].join('\n')
        const stylesheet = css
          ? this.getFileName(this.emitFile({ type: 'asset', name: 'prerender.css', source: css }))
          : null
        const entry = await serverEntry()
        const plans = await entry.planSharePages()
        const drawing = performance.now()
        const cards = await cardRenderer(config.root)
        let bytes = 0
        for (const plan of plans) {
          const png = cards.render(plan.card)
          bytes += png.length
          this.emitFile({ type: 'asset', fileName: plan.cardFile, source: png })
        }
        config.logger.info(
          `kutla-prerender: ${plans.length} share cards drawn in ${Math.round(performance.now() - drawing)} ms (${Math.round(bytes / 1024)} KiB)`,
        )
        for (const plan of plans) {
          const page = pages.find((p) => p.locale === plan.page.locale)
          if (!page) continue
          const opening = plan.page.kind === 'opening'
          const html = pageHtml(
            template,
            {
              ...page,
              fileName: plan.fileName,
              title: plan.title,
              description: plan.description,
            },
            {
              base: config.base,
              preload: localeChunks(bundle, page.locale, isLocaleChunk),
              stylesheet,
              tags: shareTags(plan, { base: config.base, siteUrl }),
              // A page at its own path shows the opening page's HTML until the app has drawn its
              // scenario: its scenario's parts wait hidden, as for a query link.
              pending: !opening,
            },
          )
          if (plan.fileName === 'index.html') index.source = html
          else this.emitFile({ type: 'asset', fileName: plan.fileName, source: html })
        }
      },
    },
    async closeBundle() {
      if (serverDir) await rm(serverDir, { recursive: true, force: true })
      serverDir = null
    },
  }

  async function serverEntry(): Promise<ServerEntry> {
    if (!server) throw new Error('kutla-prerender: the server entry was not built')
    return server
  }
}

/** The files of the chunks a page in `locale` should preload, relative to the build folder. */
function localeChunks(
  bundle: Readonly<Record<string, { type: string; name?: string; fileName: string }>>,
  locale: string,
  isLocaleChunk: (chunkName: string, locale: string) => boolean,
): string[] {
  return Object.values(bundle)
    .filter((file) => file.type === 'chunk' && isLocaleChunk(file.name ?? '', locale))
    .map((file) => file.fileName)
}

/** The attribute that carries an element's inline style in built pages (see moveInlineStyles). */
const STYLE_ATTRIBUTE = 'data-style'

/**
 * Inline `style` attributes in HTML are refused by the policy (`style-src 'self'`; React sets
 * styles through the CSSOM, which the policy does not govern, but server HTML writes attributes).
 * So each `style="…"` becomes `data-style="…"`, painted by a rule of a stylesheet built with the
 * page (`[data-style="…"] { … !important }`, as strong as an inline style), and main.tsx turns
 * them back into inline styles through the CSSOM before React takes the page over.
 *
 * @example moveInlineStyles('<i style="color:red"></i>').html // '<i data-style="color:red"></i>'
 */
export function moveInlineStyles(html: string): { html: string; rules: string[] } {
  const rules = new Set<string>()
  const moved = html.replace(/ style="([^"]*)"/g, (_, value: string) => {
    const css = decodeAttribute(value)
    const declarations = css
      .split(/;(?![^(]*\))/)
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => `${d} !important`)
    rules.add(`[${STYLE_ATTRIBUTE}="${cssString(css)}"]{${declarations.join(';')}}`)
    return ` ${STYLE_ATTRIBUTE}="${value}"`
  })
  return { html: moved, rules: [...rules] }
}

function decodeAttribute(value: string): string {
  return value
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
}

function cssString(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\a ')
}

/**
 * One page from the built index.html: language and direction, title, description, the drawn
 * opening screen in `#root`, and the language's chunks preloaded. A page in a sub-folder
 * (`ar/index.html`) keeps working asset URLs: absolute ones (base `/` or `/kutla/`) as they are,
 * relative ones (base `./`) one folder up.
 */
export function pageHtml(
  template: string,
  page: PrerenderedPage,
  {
    base,
    preload,
    stylesheet = null,
    tags = '',
    pending = false,
  }: {
    base: string
    preload: readonly string[]
    stylesheet?: string | null
    /** Meta tags for link previews (shareTags), put into `<head>`. */
    tags?: string
    /** Mark `<html>` as waiting for the app to draw (PENDING_CLASS in src/prerender-page.ts). */
    pending?: boolean
  },
): string {
  const up = '../'.repeat(page.fileName.split('/').length - 1)
  const relativeBase = !/^(\/|[a-z]+:)/i.test(base)
  const assetBase = relativeBase ? `${up}${base.replace(/^\.\//, '')}` : base
  let html = template
    .replace(
      /<html[^>]*>/i,
      `<html lang="${page.locale}" dir="${page.dir}"${pending ? ` class="${PENDING_CLASS}"` : ''}>`,
    )
    .replace(/<title>[\s\S]*?<\/title>/i, `<title>${escapeText(page.title)}</title>`)
    .replace(
      /(<meta\s+name="description"\s+content=")[^"]*(")/i,
      (_, start: string, end: string) => `${start}${escapeAttribute(page.description)}${end}`,
    )
  if (relativeBase && up) {
    html = html.replace(/\b(src|href)="\.\/(?!\/)/g, `$1="${up}`)
  }
  const links = [
    ...(tags ? [tags] : []),
    ...(stylesheet ? [`<link rel="stylesheet" crossorigin href="${assetBase}${stylesheet}">`] : []),
    ...preload.map((file) => `<link rel="modulepreload" crossorigin href="${assetBase}${file}">`),
  ]
    .map((link) => `    ${link}\n`)
    .join('')
  html = html.replace(/<\/head>/i, `${links}  </head>`)
  const start = html.indexOf('<div id="root"')
  const end = html.lastIndexOf('</body>')
  if (start < 0 || end < start)
    throw new Error('kutla-prerender: index.html has no <div id="root">')
  // The development placeholder (a loading line and a note for readers without JavaScript) gives
  // way to the page itself, which reads fine without JavaScript.
  return `${html.slice(0, start)}<div id="root" ${PRERENDERED_ATTRIBUTE}="${page.locale}">${page.html}</div>\n  ${html.slice(end)}`
}

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

function escapeAttribute(text: string): string {
  return escapeText(text).replaceAll('"', '&quot;')
}

/**
 * Where a page's card is, for its `og:image`: absolute with a site address; else root-relative
 * under an absolute base ('/', '/kutla/'); else (base './') relative to the page itself.
 *
 * @example cardUrl('cards/en-story-3.png', 'story/3/index.html', '/kutla/', 'https://example.org')
 *          // 'https://example.org/kutla/cards/en-story-3.png'
 */
export function cardUrl(file: string, pageFile: string, base: string, siteUrl = ''): string {
  const absoluteBase = /^\//.test(base)
  if (siteUrl) return `${siteUrl}${absoluteBase ? base : '/'}${file}`
  if (absoluteBase) return `${base}${file}`
  return `${'../'.repeat(pageFile.split('/').length - 1)}${file}`
}

/** The Open Graph and Twitter card tags of a share page, one per line. */
export function shareTags(
  plan: Pick<
    SharePagePlan,
    'page' | 'fileName' | 'cardFile' | 'title' | 'description' | 'imageAlt'
  >,
  { base, siteUrl = '' }: { base: string; siteUrl?: string },
): string {
  const image = cardUrl(plan.cardFile, plan.fileName, base, siteUrl)
  const locale = plan.page.locale
  const meta = (attribute: 'property' | 'name', key: string, value: string | number) =>
    `<meta ${attribute}="${key}" content="${escapeAttribute(String(value))}">`
  return [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', 'Kutla'),
    meta('property', 'og:title', plan.title),
    meta('property', 'og:description', plan.description),
    ...(siteUrl && /^\//.test(base)
      ? [meta('property', 'og:url', `${siteUrl}${base}${plan.page.path}`)]
      : []),
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', 1200),
    meta('property', 'og:image:height', 630),
    meta('property', 'og:image:alt', plan.imageAlt),
    meta('property', 'og:locale', OG_LOCALES[locale] ?? locale),
    ...Object.entries(OG_LOCALES)
      .filter(([l]) => l !== locale)
      .map(([, value]) => meta('property', 'og:locale:alternate', value)),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', plan.title),
    meta('name', 'twitter:description', plan.description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', plan.imageAlt),
  ].join('\n    ')
}
