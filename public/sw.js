// Steady's service worker: the crisis pages keep working with no signal, and nothing private is
// ever stored. Hand-written on purpose (decision 018): short enough to read in one sitting.
//
// What it stores, and nothing else (an allow-list, never a deny-list):
//   - the public crisis pages in OFFLINE_PAGES, under their bare path (a query string is never
//     stored: a link could carry a token), and only when the server marked the page cacheable
//     (a page that reads the session is sent "private"/"no-store" and is refused here);
//   - the build's static files (/_next/static/…, hashed, the same for everyone) that those pages
//     load, and the few public files in PUBLIC_FILES.
// Every other request (family, counselor and account pages, invitations, shared links, exports,
// /api, any POST) is not touched: it goes to the network as if there were no service worker.
// A page that is not stored and cannot be reached gets the stored /offline page instead, which
// holds nothing private.

const VERSION = "steady-offline-v1";
const PAGES_CACHE = `${VERSION}-pages`;
const FILES_CACHE = `${VERSION}-files`;
const OFFLINE_PAGES = ["/", "/right-now", "/crisis", "/guide/overdose-and-naloxone", "/guide/glossary", "/offline"];
const PUBLIC_FILES = ["/manifest.webmanifest", "/icons/steady.svg", "/icons/steady-192.png", "/sw-register.js", "/quick-exit.js", "/time-zone.js"];
const MAX_FILES = 150; // files of old builds are dropped, least recently named first
const NETWORK_WAIT_MS = 4000; // a slow signal falls back to the stored page after this long

const isOfflinePage = (url) => url.origin === self.location.origin && OFFLINE_PAGES.includes(url.pathname);
const isStaticFile = (url) =>
  url.origin === self.location.origin && (url.pathname.startsWith("/_next/static/") || PUBLIC_FILES.includes(url.pathname)) && url.search === "";

/** Only a complete, public, same-origin answer may be stored. */
function storable(response) {
  if (!response || response.status !== 200 || response.type !== "basic" || response.redirected) return false;
  const cacheControl = (response.headers.get("Cache-Control") || "").toLowerCase();
  return !/no-store|private/.test(cacheControl) && !response.headers.has("Set-Cookie");
}

async function storePage(path, response) {
  if (!storable(response) || !(response.headers.get("Content-Type") || "").startsWith("text/html")) return;
  const cache = await caches.open(PAGES_CACHE);
  await cache.put(path, response.clone());
  // The stylesheets, fonts and scripts the page names are stored with it, so it looks right offline.
  const html = await response.clone().text();
  const files = new Set();
  for (const match of html.matchAll(/(?:href|src)="(\/[^"?#]*)"/g)) {
    if (isStaticFile(new URL(match[1], self.location.origin))) files.add(match[1]);
  }
  await Promise.all([...files].map((file) => storeFile(file)));
}

async function storeFile(path) {
  const cache = await caches.open(FILES_CACHE);
  try {
    let response = await cache.match(path);
    if (response) {
      // Still in use: moved to the newest end, so trimFiles drops only files no page names any more.
      await cache.delete(path);
      await cache.put(path, response.clone());
    } else {
      response = await fetch(path, { credentials: "omit" });
      if (!storable(response)) return;
      await cache.put(path, response.clone());
    }
    // A stylesheet's fonts come along with it.
    if (path.endsWith(".css")) {
      const css = await response.text();
      const fonts = new Set([...css.matchAll(/url\(["']?(\/_next\/static\/[^"')?#]+)/g)].map((m) => m[1]));
      await Promise.all([...fonts].map((font) => storeFile(font)));
    }
  } catch {
    // offline or gone: it will be stored the next time it loads
  }
}

async function trimFiles() {
  const cache = await caches.open(FILES_CACHE);
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_FILES)).map((key) => cache.delete(key)));
}

self.addEventListener("install", (event) => {
  // The crisis pages are stored at once, so they work offline even if only the home page was seen.
  event.waitUntil(
    Promise.all(
      OFFLINE_PAGES.map(async (path) => {
        try {
          const response = await fetch(path, { credentials: "omit", cache: "no-cache" });
          await storePage(path, response);
        } catch {
          // offline while installing: stored when visited
        }
      }),
    ).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith("steady-") && !name.startsWith(`${VERSION}-`)).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** A crisis page: the network first (fresh numbers), the stored copy when there is no signal. */
async function offlinePage(event, url) {
  const stored = caches.open(PAGES_CACHE).then((cache) => cache.match(url.pathname));
  const network = fetch(event.request).then((response) => {
    // Stored under the bare path, and only when the address had no query string.
    if (url.search === "") {
      const saving = storePage(url.pathname, response.clone()).then(trimFiles);
      try {
        event.waitUntil(saving);
      } catch {
        // the stored copy was already answered; the saving still finishes
      }
    }
    return response;
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS));
  try {
    const first = await Promise.race([network, timeout.then(() => stored)]);
    if (first) return first;
    return await network;
  } catch {
    return (await stored) || offlineFallback();
  }
}

/** Any other page: the network only; without a signal, the stored /offline page. */
async function otherPage(request) {
  try {
    return await fetch(request);
  } catch {
    return offlineFallback();
  }
}

async function offlineFallback() {
  const cache = await caches.open(PAGES_CACHE);
  const page = await cache.match("/offline");
  if (page) return page;
  return new Response("You are offline. Call 911 in an emergency.", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

async function staticFile(request, url, fromOfflinePage) {
  const cache = await caches.open(FILES_CACHE);
  const stored = await cache.match(url.pathname);
  if (stored) return stored;
  const response = await fetch(request);
  if (fromOfflinePage && storable(response)) {
    await cache.put(url.pathname, response.clone());
    await trimFiles();
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === "navigate") {
    event.respondWith(isOfflinePage(url) ? offlinePage(event, url) : otherPage(request));
    return;
  }
  if (isStaticFile(url)) {
    event.respondWith(
      self.clients
        .get(event.clientId)
        .then((client) => staticFile(request, url, Boolean(client && isOfflinePage(new URL(client.url))))),
    );
  }
  // Everything else (data requests, /api, exports, prefetches): not handled, straight to the network.
});
