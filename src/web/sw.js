// Kamervraag Viewer service worker: makes the app work offline.
//
// The build (scripts/post_build.mjs) fills in PRECACHE — every file of dist/, with
// Trunk's hashed names — and CACHE, a name derived from those files' contents, so a
// new build gets a new cache. Every URL is relative to this file, so the app works
// under any sub-path.
//   - hashed assets and other precached files: cache first;
//   - the page itself (navigations, index.html): network first, cache as fallback;
//   - on activation, caches of older versions are removed;
//   - a new version waits until the page asks it to take over ("skip-waiting").
const CACHE = 'kamervraag-dev';
const PRECACHE = [];
const PREFIX = 'kamervraag-';

const scope = new URL('./', self.location.href);
const INDEX = new URL('index.html', scope).href;
const precached = new Set(PRECACHE.map((path) => new URL(path, scope).href));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) =>
    // `reload`: bypass the HTTP cache, so the files are those of this build.
    cache.addAll([...precached].map((url) => new Request(url, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

/** Network first for pages: the fresh page when online (kept for later), else the
 *  cached copy, else the cached app page. */
async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && precached.has(key)) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(key)) ?? (await cache.match(INDEX));
    if (cached) return cached;
    throw error;
  }
}

/** Cache first for precached files (hashed names never change content). */
async function cacheFirst(request, key) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(key, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!url.href.startsWith(scope.href)) return;
  const bare = url.origin + url.pathname;
  const key = bare === scope.href ? INDEX : bare;
  if (request.mode === 'navigate' || key === INDEX) {
    event.respondWith(networkFirst(request, key));
  } else if (precached.has(key)) {
    event.respondWith(cacheFirst(request, key));
  }
});
