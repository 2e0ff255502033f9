/**
 * Imported first by the app entry (main.tsx). zod 4 probes `new Function('')` to decide whether it may compile
 * fast parsers; under our Content-Security-Policy (no 'unsafe-eval') that probe is blocked and reported as a CSP
 * violation even though zod catches it. jitless mode skips the probe. scripts/ (Node, no CSP) keep the fast path.
 */
import { z } from 'zod';

z.config({ jitless: true });
