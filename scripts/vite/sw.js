/*
 * Inspiratiekaart service worker (template: scripts/vite/serviceWorker.ts fills in CACHE and PRECACHE at build
 * time and writes dist/sw.js). After one visit the whole site works without a network: the app shell and every
 * data file of this build are precached. Data URLs carry the build id (?v=<buildId>), and the cache is named after
 * a hash of everything in it, so a new build installs into a new cache and, once it takes over, the old one is
 * deleted: the two never mix.
 */
/* global self, caches, fetch, URL, Request */
const CACHE = '__CACHE__';
const PRECACHE = __PRECACHE__;
const PREFIX = 'inspiratiekaart-';

const scope = () => self.registration.scope;
const absolute = (path) => new URL(path, scope()).href;
const precached = new Set(PRECACHE.map(absolute));

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // cache: 'reload' so a stale HTTP cache cannot put an old file into a new build's cache
      await cache.addAll(PRECACHE.map((path) => new Request(absolute(path), { cache: 'reload' })));
    })(),
  );
});

// A new build waits until the page asks for it (the person clicked "load now"), so an open page never mixes
// its build with another build's files; with no page open it takes over on the next visit by itself.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

async function fromCache(request, key) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key);
  if (hit) return hit;
  return fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && url.href.startsWith(scope())) {
    // any link into the app (with its state in the query string) opens the cached app shell
    const path = url.pathname.slice(new URL(scope()).pathname.length);
    if (path === '' || path === 'index.html') event.respondWith(fromCache(request, absolute('index.html')));
    return;
  }
  if (precached.has(url.href)) event.respondWith(fromCache(request, url.href));
});
