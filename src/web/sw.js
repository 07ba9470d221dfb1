// Kamervraag Viewer service worker: makes the app work offline.
//
// The build (scripts/post_build.mjs) fills in PRECACHE — every file of dist/, with
// Trunk's hashed names, the page itself included — and VERSION, a name derived from
// those files' contents, so a new build gets a new cache. Every URL is relative to
// this file, so the app works under any sub-path, and several copies of the app on
// one origin (`/` and `/staging/`) keep out of each other's way:
//   - one cache per version and deployment: its name is VERSION and the scope's path
//     (`kamervraag-<hash> /staging/`); it holds that version's page and assets
//     together, filled once at installation and never overwritten by a later build,
//     so an offline reload after a deploy (the old worker still in charge) gets the
//     old page with the old assets;
//   - hashed assets and other precached files: cache first;
//   - the app's page (the scope itself and index.html): network first, the page of
//     this version as fallback; navigations to other URLs (other pages of the origin
//     when deployed at its root) are not answered, they go to the network as usual;
//   - on activation, only the older caches of this scope are removed;
//   - a new version waits until the page asks it to take over ("skip-waiting").
const VERSION = 'kamervraag-dev';
const PRECACHE = [];
const PREFIX = 'kamervraag-';

const scope = new URL('./', self.location.href);
const INDEX = new URL('index.html', scope).href;
const CACHE = `${VERSION} ${scope.pathname}`;
const precached = new Set(PRECACHE.map((path) => new URL(path, scope).href));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) =>
    // `reload`: bypass the HTTP cache, so the files are those of this build.
    cache.addAll([...precached].map((url) => new Request(url, { cache: 'reload' })))));
});

/** Whether the cache `name` is an older version of this deployment: same scope path,
 *  or (written before cache names carried the scope) holding this scope's page. */
async function isOlderOfThisScope(name) {
  if (!name.startsWith(PREFIX) || name === CACHE) return false;
  const space = name.indexOf(' ');
  if (space >= 0) return name.slice(space + 1) === scope.pathname;
  const legacy = await caches.open(name);
  return (await legacy.match(INDEX)) !== undefined;
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    const older = [];
    for (const name of names) if (await isOlderOfThisScope(name)) older.push(name);
    await Promise.all(older.map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

/** Network first for the app's page: the fresh page when online, else this
 *  version's page (never replaced by a fetched one, which may belong to a newer
 *  build whose assets this cache does not hold). */
async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await (await caches.open(CACHE)).match(INDEX);
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
  if (bare === scope.href || bare === INDEX) {
    event.respondWith(networkFirst(request));
  } else if (precached.has(bare) && request.mode !== 'navigate') {
    event.respondWith(cacheFirst(request, bare));
  } else if (precached.has(bare)) {
    // Another page of the build (embed.html): this version's copy offline.
    event.respondWith(fetch(request).catch(async () => {
      const cached = await (await caches.open(CACHE)).match(bare);
      if (cached) return cached;
      throw new TypeError('offline');
    }));
  }
});
