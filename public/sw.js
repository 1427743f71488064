// Steady's service worker: the crisis pages keep working with no signal, and nothing private is
// stored unless a member asked for it on this device. Hand-written on purpose (decisions 018 and
// 027): short enough to read in one sitting.
//
// What it stores, and nothing else (an allow-list, never a deny-list):
//   - the public crisis pages in OFFLINE_PAGES, under their bare path (a query string is never
//     stored: a link could carry a token), and only when the server marked the page cacheable
//     (a page that reads the session is sent "private"/"no-store" and is refused here);
//   - the build's static files (/_next/static/…, hashed, the same for everyone) that those pages
//     load, and the few public files in PUBLIC_FILES;
//   - one private page, and only by choice: a family's plan page (/family/<id>/plan), after a
//     member pressed "Keep our plan on this phone" on it (a message from that page). It is kept in
//     its own cache (PLAN_CACHE), refreshed on every visit with a signal, and deleted when the
//     server no longer shows it to this browser (signed out, or no longer in the family), on
//     "Forget this phone", on sign-in or sign-up, on sign-out and on quick exit.
// Every other request (other family pages, counselor and account pages, invitations, shared links,
// exports, /api, any POST) is not touched: it goes to the network as if there were no service
// worker. A page that is not stored and cannot be reached gets the stored /offline page instead,
// which holds nothing private.

const VERSION = "steady-offline-v2";
const PAGES_CACHE = `${VERSION}-pages`;
const FILES_CACHE = `${VERSION}-files`;
const PLAN_CACHE = `${VERSION}-plan`; // a kept plan; the name ends in "-plan" (lib/offline/kept-plan.ts)
const EXIT_PENDING_CACHE = "steady-exit-pending"; // a quick exit with no signal, still to reach the server
const QUICK_EXIT_URL = "https://weather.com/"; // lib/site.ts (a unit test keeps them the same)
// In English and in Spanish (/es, decision 050): the same pages, each language's own offline page.
const OFFLINE_PAGES = ["/", "/right-now", "/crisis", "/guide/overdose-and-naloxone", "/guide/glossary", "/offline"].flatMap((path) => [path, path === "/" ? "/es" : `/es${path}`]);
const PUBLIC_FILES = ["/manifest.webmanifest", "/es/manifest.webmanifest", "/icons/steady.svg", "/icons/steady-192.png", "/sw-register.js", "/quick-exit.js", "/time-zone.js", "/reading-list-return.js"];
const MAX_FILES = 150; // files of old builds are dropped, least recently named first
const NETWORK_WAIT_MS = 4000; // a slow signal falls back to the stored page after this long
const PLAN_REFRESH_MS = 10 * 60 * 1000; // a kept plan of the same version is fetched again when its page opens after this long

const isOfflinePage = (url) => url.origin === self.location.origin && OFFLINE_PAGES.includes(url.pathname);
const isPlanPath = (url) => url.origin === self.location.origin && /^\/family\/[A-Za-z0-9_-]{1,64}\/plan$/.test(url.pathname);
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
  await storeFilesOf(response);
}

/** The stylesheets, fonts and scripts a stored page names are stored with it, so it looks right offline. */
async function storeFilesOf(response) {
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
      .then((names) =>
        Promise.all(names.filter((name) => name.startsWith("steady-") && !name.startsWith(`${VERSION}-`) && name !== EXIT_PENDING_CACHE).map((name) => caches.delete(name))),
      )
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
    return (await stored) || offlineFallback(url);
  }
}

/** Any other page: the network only; without a signal, the stored /offline page. */
async function otherPage(request, url) {
  try {
    return await fetch(request);
  } catch {
    // The Quick exit link itself (clicked before /quick-exit.js ran): leave anyway, end the session later.
    if (url.pathname === "/exit") {
      await noteExitPending();
      return Response.redirect(QUICK_EXIT_URL, 303);
    }
    return offlineFallback(url);
  }
}

// ---- A kept plan (decision 027) ----------------------------------------------------------------

const keptCopy = (path) => caches.match(path, { cacheName: PLAN_CACHE });
let forgottenAt = 0; // a fetch that started before the last "forget" never stores its answer

async function forgetPlans() {
  forgottenAt = Date.now();
  await caches.delete(PLAN_CACHE);
  return { kept: false };
}

async function forgetPlan(path) {
  if (!(await caches.has(PLAN_CACHE))) return;
  const cache = await caches.open(PLAN_CACHE);
  await cache.delete(path);
  if ((await cache.keys()).length === 0) await caches.delete(PLAN_CACHE);
}

/** Not shown to this browser any more: signed out (a redirect to sign in) or not in the family (404). */
const refused = (response) => response.type === "opaqueredirect" || response.redirected || [401, 403, 404, 410].includes(response.status);

/**
 * The server's answer for a plan page decides: a fresh copy is kept, or the copy is deleted because
 * this browser may no longer see the plan. A passing failure (a 503, a 500) leaves the copy as it is.
 * `onlyIfKept`: a refresh, which must never bring back a plan that was forgotten meanwhile.
 */
async function notePlanAnswer(path, response, startedAt, onlyIfKept) {
  if (refused(response)) {
    await forgetPlan(path);
    return { kept: false, reason: "signed-out" };
  }
  const html = (response.headers.get("Content-Type") || "").startsWith("text/html");
  if (response.status !== 200 || response.type !== "basic" || !html) return { kept: Boolean(await keptCopy(path)), reason: "unavailable" };
  const keptAt = new Date().toISOString();
  const headers = new Headers(response.headers);
  headers.set("X-Steady-Kept-At", keptAt);
  const copy = new Response(await response.clone().arrayBuffer(), { status: 200, headers });
  if (startedAt < forgottenAt || (onlyIfKept && !(await keptCopy(path)))) return { kept: false };
  await (await caches.open(PLAN_CACHE)).put(path, copy);
  if (startedAt < forgottenAt) {
    await forgetPlans();
    return { kept: false };
  }
  await storeFilesOf(response);
  await trimFiles();
  return { kept: true, keptAt };
}

/** The plan page with this browser's session (its cookies), as the member sees it. Never follows a redirect. */
const fetchPlan = (path) => fetch(path, { credentials: "same-origin", cache: "no-store", redirect: "manual" });

/** "Keep our plan on this phone", pressed on the plan page. */
async function keepPlan(path) {
  const startedAt = Date.now();
  try {
    return await notePlanAnswer(path, await fetchPlan(path), startedAt, false);
  } catch {
    return { kept: false, reason: "offline" };
  }
}

/**
 * Asked by the plan page when it opens (with the plan version it shows): is it kept here? A copy of
 * another version (the plan changed), or older than PLAN_REFRESH_MS, is fetched again.
 */
async function planStatus(path, version) {
  const copy = await keptCopy(path);
  if (!copy) return { kept: false };
  const keptAt = copy.headers.get("X-Steady-Kept-At");
  const sameVersion = version === undefined || (await copy.clone().text()).includes(`data-plan-version="${version}"`);
  if (sameVersion && Date.now() - Date.parse(keptAt) < PLAN_REFRESH_MS) return { kept: true, keptAt };
  const startedAt = Date.now();
  try {
    return await notePlanAnswer(path, await fetchPlan(path), startedAt, true);
  } catch {
    return { kept: true, keptAt, offline: true };
  }
}

/**
 * A kept plan page: the network first (with this browser's session, so the server decides), the
 * kept copy when there is no signal. Not kept on this device: like any other page.
 */
async function planPage(event, url) {
  const stored = await keptCopy(url.pathname);
  if (!stored) return otherPage(event.request, url);
  const startedAt = Date.now();
  const network = fetch(event.request).then((response) => {
    // The page with a notice in its address ("?saved=…") is not kept as it is: the bare page is fetched again.
    const noting = refused(response) || url.search === "" ? notePlanAnswer(url.pathname, response.clone(), startedAt, true) : refreshPlanNow(url.pathname);
    try {
      event.waitUntil(noting);
    } catch {
      // the kept copy was already answered; the noting still finishes
    }
    return response;
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS));
  try {
    const first = await Promise.race([network, timeout.then(() => stored)]);
    return first || (await network);
  } catch {
    return stored;
  }
}

/** After a visit to "…/plan?saved=…": the bare page, fetched again for the kept copy. */
async function refreshPlanNow(path) {
  const startedAt = Date.now();
  try {
    await notePlanAnswer(path, await fetchPlan(path), startedAt, true);
  } catch {
    // the signal went: the copy stays as it was
  }
}

// ---- A quick exit with no signal ------------------------------------------------------------------

let exitPending = caches.has(EXIT_PENDING_CACHE);

/** /quick-exit.js could not reach the server: the session is ended before the next page loads. */
async function noteExitPending() {
  await forgetPlans();
  await (await caches.open(EXIT_PENDING_CACHE)).put("/exit", new Response("pending"));
  exitPending = Promise.resolve(true);
  return { pending: true };
}

async function finishExit() {
  if (!(await exitPending)) return;
  try {
    const response = await fetch("/exit?by=worker", { method: "POST", credentials: "same-origin", cache: "no-store" });
    if (!response.ok) return;
    await caches.delete(EXIT_PENDING_CACHE);
    exitPending = Promise.resolve(false);
  } catch {
    // still no signal: the next page tries again
  }
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  const reply = (value) => event.ports[0] && event.ports[0].postMessage(value);
  let path = null;
  if (typeof data.path === "string") {
    const url = new URL(data.path, self.location.origin);
    if (isPlanPath(url) && url.pathname === data.path) path = data.path;
  }
  let work;
  if (data.type === "keep-plan" && path) work = keepPlan(path);
  else if (data.type === "plan-status" && path) work = planStatus(path, Number.isSafeInteger(data.version) && data.version >= 0 ? data.version : undefined);
  else if (data.type === "forget-plans") work = forgetPlans();
  else if (data.type === "exit-pending") work = noteExitPending();
  else return;
  event.waitUntil(work.then(reply, () => reply({ kept: false, reason: "error" })));
});

/** The stored offline page, in the language of the address asked for (/es/... is Spanish). */
async function offlineFallback(url) {
  const cache = await caches.open(PAGES_CACHE);
  const spanish = Boolean(url && /^\/es(\/|$)/.test(url.pathname));
  const page = (spanish && (await cache.match("/es/offline"))) || (await cache.match("/offline"));
  if (page) return page;
  const words = spanish ? "No hay conexión. En una emergencia, llame al 911." : "You are offline. Call 911 in an emergency.";
  return new Response(words, { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
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
    // After a quick exit with no signal, the session ends before any page loads.
    const answer = () => (isOfflinePage(url) ? offlinePage(event, url) : isPlanPath(url) ? planPage(event, url) : otherPage(request, url));
    event.respondWith(finishExit().then(answer));
    return;
  }
  if (isStaticFile(url)) {
    const storedPage = (client) => Boolean(client && (isOfflinePage(new URL(client.url)) || isPlanPath(new URL(client.url))));
    event.respondWith(
      self.clients
        .get(event.clientId)
        .then((client) => staticFile(request, url, storedPage(client))),
    );
  }
  // Everything else (data requests, /api, exports, prefetches, other family pages): not handled, straight to the network.
});
