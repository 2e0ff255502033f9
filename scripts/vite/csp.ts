/**
 * The site's Content-Security-Policy, defined once. The build writes it into index.html as a <meta> tag (static
 * hosts that cannot set headers) and into dist/_headers (hosts that read that file); tests/lib/server.ts sends it
 * as a header. docs/security.md shows the header form for other servers.
 *
 * No inline script, nothing from another host, data only from our own origin. 'blob:' for workers and images is
 * what MapLibre needs; style attributes set from script (CSSOM) are not affected by style-src.
 */
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'worker-src': "'self' blob:",
  'connect-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

export const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([k, v]) => `${k} ${v}`)
  .join('; ');

/** Other security headers the site is served with (header form only; they have no <meta> equivalent). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Build only: the dev server injects an inline script (React refresh) that this policy would block. */
export function cspPlugin(): Plugin {
  return {
    name: 'inspiratiekaart-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // right after <meta charset>, before anything that loads
      handler: (html) => {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;
        const out = html.replace(/(<meta charset[^>]*>)/i, `$1\n    ${meta}`);
        if (out === html) throw new Error('index.html has no <meta charset>: cannot place the CSP meta tag');
        return out;
      },
    },
    generateBundle() {
      const lines = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n${lines.join('\n')}\n` });
    },
  };
}
