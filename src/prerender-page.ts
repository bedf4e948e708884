/**
 * The pages whose first screen is drawn at build time (src/build-prerender.ts), and what the
 * browser needs to know about them: which state each was drawn with, how the built HTML says so,
 * and the small script that hides the scenario's parts before the first paint when this visit
 * will show another scenario or language.
 *
 * The contract with the layout (src/app.tsx and the stylesheet src/prerender.css):
 * - `#root[data-prerendered="en"|"ar"]`: the container holds the opening page in that language;
 * - `[data-scenario-view]` on wrapper elements (`display: contents`) marks the parts drawn from
 *   the scenario; while `<html>` has the class `kutla-pending` they are `visibility: hidden`
 *   (their boxes keep their size, so nothing shifts when they appear);
 * - `<html class="kutla-pending-locale">`: the visit is in another language; all of `#root` waits.
 */
import { LOCALE_INFO, LOCALE_STORAGE_KEY } from './i18n/locales'
import { STORAGE_KEY, scenarioQuery } from './scenario/saved-scenarios'
import { type ScenarioState, initialScenario, pickScenario } from './scenario/scenario-store'
import { LOCALES, type Locale } from './elections/languages'
import { PARAMS, encodeScenario } from './scenario/url-codec'
import { LANGUAGE_PATHS } from './scenario/language-paths'

/** Set on `#root` in built pages: the language the opening page was drawn in. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered'
/** On `<html>` until the app has drawn, when the scenario will differ from the built page. */
export const PENDING_CLASS = 'kutla-pending'
/** On `<html>` until the app has drawn, when the language will differ from the built page's. */
export const PENDING_LOCALE_CLASS = 'kutla-pending-locale'

/** Where each language's page is served, relative to the app's base. */
export const PAGE_PATHS: Readonly<Record<Locale, string>> = LANGUAGE_PATHS

/**
 * The state a built page is drawn with: the opening scenario in `locale`, with that language's
 * own digits.
 *
 * @example prerenderedScenario('ar').locale // 'ar'
 */
export function prerenderedScenario(locale: Locale): ScenarioState {
  return { ...initialScenario(), locale, digits: LOCALE_INFO[locale].defaultDigits }
}

/**
 * True when `state` draws exactly what the page built in `locale` shows: same scenario, same
 * language, digits, view and palette (everything a link carries).
 *
 * @example showsPrerendered(prerenderedScenario('en'), 'en') // true
 */
export function showsPrerendered(state: ScenarioState, locale: Locale): boolean {
  const expected = prerenderedScenario(locale)
  return (
    state.customParliament === null &&
    encodeScenario(pickScenario(state)) === encodeScenario(expected)
  )
}

/**
 * Zustand's hooks draw from the store's initial state on the server and while React takes a built
 * page over (it is their server snapshot); that is the opening state, in English. A page drawn with
 * another state (the Arabic one) would then be drawn, or taken over, in English. So the server
 * entry and main.tsx make the current state the initial one just before drawing: the store's
 * `getInitialState()` object is updated in place (the hooks hold the store's own reference).
 */
export function drawFromCurrentState<S extends object>(store: {
  getState: () => S
  getInitialState: () => S
}): void {
  Object.assign(store.getInitialState(), store.getState())
}

/**
 * Built pages carry each element's inline style as `data-style` (painted by a built stylesheet:
 * the policy refuses `style` attributes in HTML, see src/build-prerender.ts). Before React takes
 * the page over, they become inline styles again, set through the CSSOM (which the policy allows),
 * so the page is exactly what React would have drawn.
 */
export function restoreInlineStyles(container: Element): void {
  for (const element of container.querySelectorAll<HTMLElement | SVGElement>('[data-style]')) {
    element.style.cssText = element.getAttribute('data-style') ?? ''
    element.removeAttribute('data-style')
  }
}

/** The language a built page was drawn in, read from its container; null in development. */
export function prerenderedLocale(container: Element | null): Locale | null {
  const value = container?.getAttribute(PRERENDERED_ATTRIBUTE)
  return LOCALES.find((l) => l === value) ?? null
}

/**
 * The script run in `<head>` before the first paint. It repeats, in a few lines and without
 * decoding anything, how main.tsx chooses what to show (a link naming a scenario, else the last
 * scenario saved on this device; the link's language, else the remembered one, else the
 * browser's) and marks `<html>` when that will differ from the page. The opening scenario's own
 * link (`?v=1`, which the app writes into the address bar) is the page itself. Wrong guesses cost little:
 * a mark that was not needed hides the scenario's parts until the app has drawn, a few frames.
 * Inline, with its hash in the Content-Security-Policy (src/build-csp.ts adds it).
 */
export function antiFlashScript(): string {
  // Only names that rarely change, so the script's hash (in the policy hosts copy) stays put:
  // any query but the opening scenario's own counts as another scenario.
  const settings = {
    localeParam: PARAMS.locale,
    locales: LOCALES,
    scenarios: STORAGE_KEY,
    blank: scenarioQuery(initialScenario()),
    locale: LOCALE_STORAGE_KEY,
    pending: PENDING_CLASS,
    pendingLocale: PENDING_LOCALE_CLASS,
  }
  // Plain ES2017 without app code (it runs before any module), written on one line.
  const code = `(function (k) {
    try {
      var html = document.documentElement;
      var link = new URLSearchParams(location.search);
      var known = function (l) { return k.locales.indexOf(l) >= 0; };
      var read = function (key) { try { return localStorage.getItem(key); } catch (e) { return null; } };
      var rest = new URLSearchParams(location.search);
      rest.delete(k.localeParam);
      var other = rest.toString() !== '' && rest.toString() !== k.blank;
      if (!link.toString()) {
        try {
          var saved = JSON.parse(read(k.scenarios) || 'null');
          var query = saved && saved.last && saved.last.query;
          other = typeof query === 'string' && query !== k.blank;
        } catch (e) {}
      }
      var locale = link.get(k.localeParam);
      if (!known(locale)) locale = read(k.locale);
      if (!known(locale)) {
        var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
        locale = 'en';
        for (var i = 0; i < tags.length; i++) {
          var primary = String(tags[i]).trim().toLowerCase().split(/[-_]/)[0];
          if (known(primary)) { locale = primary; break; }
        }
      }
      if (other) html.classList.add(k.pending);
      if (locale !== html.lang) html.classList.add(k.pending, k.pendingLocale);
    } catch (e) {}
  })(${JSON.stringify(settings)})`
  return code.replace(/\n\s*/g, '')
}

/**
 * Set on `<html>` once the app has drawn (or taken over) its first screen: from then on the page
 * answers clicks. Built pages show the lists before that, so "the lists are in the page" no longer
 * means "the lists work"; measurements should wait for this.
 */
export const DRAWN_ATTRIBUTE = 'data-app-drawn'

/** Ends what the script above started: the app has drawn its first screen. */
export function revealScenario(html: HTMLElement = document.documentElement): void {
  html.classList.remove(PENDING_CLASS, PENDING_LOCALE_CLASS)
  html.setAttribute(DRAWN_ATTRIBUTE, '')
}
