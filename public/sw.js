// Stridewise's service worker (issue 15), written by hand: a few dozen lines do what the app needs,
// and a plain file in public/ needs no bundler plugin (Next 16 builds with Turbopack).
//
// - The app shell (the dashboard, the run form, the rest-day pain form, the runs list) is kept in a
//   cache (the forms on install, all four on every online visit); offline, the last copy opens, and the page
//   marks it "offline, showing what you saw at HH:MM" (from the x-stridewise-saved-at header below).
// - Any other page, offline, gets /offline, which says the page needs the server.
// - Nothing typed is kept here: entries wait in IndexedDB (the outbox), which an update never touches.
// - The version is the ?v= of the script URL (the build id): a new build registers a new worker, which
//   takes over at once, so the next navigation is served by the new version.

const VERSION = new URL(self.location.href).searchParams.get("v") || "dev";
const CACHE = `stridewise-${VERSION}`;
const SHELL = ["/", "/runs/new", "/pain/new", "/runs"];
// Kept on install: the two forms, so they open offline even before a first visit. The dashboard and
// the runs list are kept as they are seen (rendering them costs the server more).
const PRECACHE = ["/offline", "/runs/new", "/pain/new"];
const OFFLINE = "/offline";
const SAVED_AT = "x-stridewise-saved-at";

/** The same-origin /_next/static files a page loads: cached with it, so it runs offline. */
function assetsOf(html) {
  const found = new Set();
  for (const match of html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)) found.add(match[1]);
  return [...found];
}

async function keep(cache, path, response) {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, new Date().toISOString());
  const body = await response.clone().text();
  await cache.put(path, new Response(body, { status: response.status, headers }));
  await Promise.all(
    assetsOf(body).map(async (asset) => {
      if (await cache.match(asset)) return;
      const file = await fetch(asset).catch(() => null);
      if (file && file.ok) await cache.put(asset, file);
    }),
  );
}

/** Only a page the signed-in runner really got (not a redirect to sign in, not an error). */
function keepable(response) {
  return response.ok && !response.redirected && (response.headers.get("content-type") || "").includes("text/html");
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(
        PRECACHE.map(async (path) => {
          const response = await fetch(path, { credentials: "same-origin" }).catch(() => null);
          if (response && keepable(response)) await keep(cache, path, response);
        }),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("stridewise-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

async function navigate(event) {
  const url = new URL(event.request.url);
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(event.request);
    if (SHELL.includes(url.pathname) && url.search === "" && keepable(response)) {
      event.waitUntil(keep(cache, url.pathname, response.clone()));
    }
    return response;
  } catch {
    // A run form opened to correct an outbox entry (/runs/new?outbox=...) is the same page.
    const saved = SHELL.includes(url.pathname) ? await cache.match(url.pathname) : undefined;
    return saved || (await cache.match(OFFLINE)) || Response.error();
  }
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") event.respondWith(navigate(event));
  else if (url.pathname.startsWith("/_next/static/")) event.respondWith(asset(request));
});

// Background Sync: the browser says the connection is back; an open page sends the outbox (it holds
// the session and the forms' server actions). Without an open page the entries wait for the next one.
self.addEventListener("sync", (event) => {
  if (event.tag !== "stridewise-outbox") return;
  event.waitUntil(
    self.clients.matchAll({ type: "window" }).then((clients) => {
      for (const client of clients) client.postMessage({ type: "sync" });
    }),
  );
});

// Signing out: the pages kept for this account go with it.
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "sign-out") {
    event.waitUntil(caches.keys().then((names) => Promise.all(names.filter((n) => n.startsWith("stridewise-")).map((n) => caches.delete(n)))));
  }
});
