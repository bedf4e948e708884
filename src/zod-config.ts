/**
 * Zod settings for the whole app; imported first in main.tsx, before any schema parses.
 *
 * `jitless`: zod 4 compiles object parsers with `new Function` when the page allows it, and probes
 * for that by calling it. Under the app's Content-Security-Policy (no 'unsafe-eval') the probe is
 * refused and reported as a violation on every load; jitless parsing skips the probe and the
 * compiler, at no cost that matters for files of a few hundred rows. (The setting is global: zod and
 * zod/mini share it.)
 */
import * as z from 'zod/mini'

z.config({ jitless: true })
