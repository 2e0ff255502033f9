/**
 * zod for the app, in jitless mode. zod 4 probes `new Function('')` to decide whether it may compile fast
 * parsers; under our Content-Security-Policy (no 'unsafe-eval') that probe is blocked and reported as a CSP
 * violation even though zod catches it. jitless mode skips the probe. Every module of src/ that builds schemas
 * imports z from here, so the setting is in place before any schema parses, whatever chunk a module lands in
 * after code splitting. In Node (scripts/, unit tests: no document, no CSP) zod keeps its fast path.
 */
import { z } from 'zod';

if (typeof document !== 'undefined') z.config({ jitless: true });

export { z };
