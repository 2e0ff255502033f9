/**
 * zod for the app: `zod/mini`, the tree-shakable form of zod 4 (functions instead of methods: `z.optional(x)`,
 * `x.check(z.minLength(1))`), ~11 KB gzip on the first screen where the classic API cost ~28 KB. Its English error
 * messages are configured here, so they read exactly as the classic API's (tests and the data-error panel quote
 * them). In jitless mode: zod 4 probes `new Function('')` to decide whether it may compile fast
 * parsers; under our Content-Security-Policy (no 'unsafe-eval') that probe is blocked and reported as a CSP
 * violation even though zod catches it. jitless mode skips the probe. Every module of src/ that builds schemas
 * imports z from here, so the setting is in place before any schema parses, whatever chunk a module lands in
 * after code splitting. In Node (scripts/, unit tests: no document, no CSP) zod keeps its fast path.
 */
import * as z from 'zod/mini';

z.config(z.locales.en());
if (typeof document !== 'undefined') z.config({ jitless: true });

export { z };
