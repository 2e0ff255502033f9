/**
 * Watchers for hostile-input and security browser tests: every request a context makes (pages, workers, service
 * worker), every CSP violation, every dialog, and the `window.__pwned` marker the XSS payloads set.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface RequestLog {
  /** every URL requested (any host), in order */
  all: string[];
  /** requests to any host other than `ownHost` (data: and blob: URLs are local and not counted) */
  foreign: string[];
}

export function recordRequests(context: BrowserContext, ownHost: string): RequestLog {
  const log: RequestLog = { all: [], foreign: [] };
  context.on('request', (r) => {
    const url = r.url();
    log.all.push(url);
    const u = new URL(url);
    if (!['data:', 'blob:'].includes(u.protocol) && u.host !== ownHost) log.foreign.push(url);
  });
  return log;
}

declare global {
  interface Window {
    __cspViolations?: string[];
    __pwned?: unknown;
  }
}

/**
 * Before any page script runs: collect `securitypolicyviolation` events, and make alert/confirm/prompt mark the
 * page as pwned (besides opening a dialog, which the test also listens for).
 */
export async function installTraps(context: BrowserContext): Promise<void> {
  await context.addInitScript(`(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + (e.sourceFile || '?') + ':' + e.lineNumber);
    });
  })()`);
}

export interface PageWatch {
  dialogs: string[];
  errors: string[];
}

/** Dialogs (dismissed at once) and uncaught errors of one page. */
export function watchPage(page: Page): PageWatch {
  const w: PageWatch = { dialogs: [], errors: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(`console: ${m.text()}`);
  });
  return w;
}

/** CSP violations recorded in the page so far, and whether an XSS payload ran. */
export async function pageVerdict(page: Page): Promise<{ violations: string[]; pwned: boolean }> {
  return page.evaluate(`({ violations: window.__cspViolations ?? [], pwned: window.__pwned !== undefined })`);
}

/**
 * Poll a JavaScript expression in the page until it is truthy. (page.waitForFunction with a string evaluates it
 * with eval inside the page, which our CSP forbids; page.evaluate goes through the debugger protocol and works.)
 */
export async function pollUntil(page: Page, expression: string, timeout = 60_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for: ${expression}`);
    await page.waitForTimeout(50);
  }
}

/** Wait until the data has loaded and the main view has rendered (whatever view or mode the link asked for). */
export async function waitForAppReady(page: Page, timeout = 60_000): Promise<void> {
  await pollUntil(
    page,
    // the full app (#main), an embed (map only, no #main), or a data error
    `(() => { const main = document.querySelector('#main'); if (document.querySelector('[role="alert"]')) return true; if (!main) return !!(window.__inspiratiekaart && window.__inspiratiekaart.map); return !main.querySelector('[aria-busy="true"]') && main.children.length > 0; })()`,
    timeout,
  );
}
