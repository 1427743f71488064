import { expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";

/** What a phone keeps: helpers for quick exit and the kept plan (docs/decisions/027). */
export const PHONE = { width: 390, height: 844 };
export const NEUTRAL_SITE = "https://weather.com/";

/** Stands in for the neutral site: the test machine has no internet. */
export async function neutralSite(target: Page | BrowserContext) {
  await target.route("https://weather.com/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Weather</title>neutral" }));
}

/**
 * Waits until the service worker is active and controls the page (polled: no event to miss). A page
 * whose navigation began while the worker was still installing is not taken by its `clients.claim()`
 * when the claim comes before the page is ready (the worker is active, the page has no controller):
 * as for a person, the next load is controlled, so the page is loaded again.
 */
export async function serviceWorkerInCharge(page: Page) {
  const state = async () => {
    const now = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const worker = (w: ServiceWorker | null | undefined) => w?.state ?? "none";
      return `controller ${navigator.serviceWorker.controller ? "yes" : "no"}; registration ${registration ? `installing ${worker(registration.installing)}, waiting ${worker(registration.waiting)}, active ${worker(registration.active)}` : "none"}; ${location.pathname}`;
    });
    if (now.startsWith("controller no") && now.includes("active activated")) await page.reload();
    return now;
  };
  // The message names the worker's state, so a page the worker never took says why.
  await expect.poll(state, { timeout: 60_000 }).toMatch(/^controller yes/);
}

/** Every entry in Cache Storage for this origin: cache name, address, and the text of HTML entries. */
export async function storedEntries(page: Page) {
  return page.evaluate(async () => {
    const entries: { cache: string; url: string; text: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const type = response?.headers.get("Content-Type") ?? "";
        entries.push({ cache: name, url: request.url, text: type.startsWith("text/html") ? await response!.text() : "" });
      }
    }
    return entries;
  });
}

/** The entries that hold a private page or any of these words. */
export async function privateEntries(page: Page, words: string[]) {
  return (await storedEntries(page)).filter(
    ({ url, text }) => /^\/(family|account|counselor|invite|connect|s)(\/|$)/.test(new URL(url).pathname) || words.some((word) => text.includes(word)),
  );
}

/** The browser's cookies for the app, as one Cookie header (to ask the server about that session later). */
export async function cookieHeader(context: BrowserContext, baseURL: string) {
  return (await context.cookies(baseURL)).map((c) => `${c.name}=${c.value}`).join("; ");
}

/** What the server answers that cookie on a family page: "signed in" (200) or "signed out" (sent to sign in). */
export async function sessionState(request: APIRequestContext, cookie: string, familyId: string) {
  const response = await request.get(`/family/${familyId}`, { headers: { cookie }, maxRedirects: 0 });
  if (response.status() === 200) return "signed in";
  if (response.status() >= 300 && response.status() < 400 && (response.headers()["location"] ?? "").includes("/sign-in")) return "signed out";
  return `answer ${response.status()}`;
}

/** Writes where the naloxone is kept, through the plan's own form. */
export async function writeNaloxonePlace(page: Page, familyId: string, place: string) {
  await page.goto(`/family/${familyId}/plan/edit/emergency`);
  await page.getByLabel("Where the naloxone is kept").fill(place);
  await page.getByRole("button", { name: "Save this part" }).click();
  await expect(page).toHaveURL(new RegExp(`/family/${familyId}/plan`));
  await expect(page.getByText(place).first()).toBeVisible();
}
