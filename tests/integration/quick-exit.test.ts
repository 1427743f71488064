import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_RATE_LIMIT = "off";
});
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { exitLink, exitPost, isOwnNavigation } from "@/lib/auth/exit";
import { QUICK_EXIT_URL } from "@/lib/site";
import { person } from "../support/world";

// Quick exit ends the session on the server (docs/decisions/027-exit-leaves-nothing-behind.md).
const origin = new URL(env().APP_URL).origin;
const sessionsOf = (userId: string) => db.session.count({ where: { userId } });
const NAVIGATION = { "sec-fetch-site": "same-origin", "sec-fetch-mode": "navigate", "sec-fetch-user": "?1", "sec-fetch-dest": "document" };

describe("POST /exit (from /quick-exit.js)", () => {
  it("ends the session, deletes its cookie and tells the browser to clear the site's data", async () => {
    const me = await person("Leaver");
    expect(await sessionsOf(me.userId)).toBe(1);
    const response = await exitPost(new Request(`${origin}/exit`, { method: "POST", headers: { cookie: me.cookie, origin } }));
    expect(response.status).toBe(204);
    expect(response.headers.get("Clear-Site-Data")).toBe('"cache", "cookies", "storage"');
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.getSetCookie().join("\n")).toMatch(/session_token=;.*Max-Age=0/i);
    expect(await sessionsOf(me.userId)).toBe(0);
  });

  it("from the service worker (an exit made with no signal): the worker clears its own storage", async () => {
    const me = await person("Offline");
    const response = await exitPost(new Request(`${origin}/exit?by=worker`, { method: "POST", headers: { cookie: me.cookie, origin } }));
    expect(response.status).toBe(204);
    expect(response.headers.get("Clear-Site-Data")).toBe('"cache", "cookies"');
    expect(await sessionsOf(me.userId)).toBe(0);
  });

  it("is refused from another site, or with no Origin at all, and the session stays", async () => {
    const me = await person("Stayer");
    const cases: Record<string, string>[] = [{ cookie: me.cookie, origin: "https://elsewhere.example" }, { cookie: me.cookie }];
    for (const headers of cases) {
      const response = await exitPost(new Request(`${origin}/exit`, { method: "POST", headers }));
      expect(response.status).toBe(403);
      expect(response.headers.get("Clear-Site-Data")).toBeNull();
    }
    expect(await sessionsOf(me.userId)).toBe(1);
  });

  it("with no session: still 204, nothing to end", async () => {
    const response = await exitPost(new Request(`${origin}/exit`, { method: "POST", headers: { origin } }));
    expect(response.status).toBe(204);
  });
});

describe("GET /exit (the Quick exit link without JavaScript)", () => {
  it("a click on our own page ends the session and goes on to the neutral site", async () => {
    const me = await person("Clicker");
    const response = await exitLink(new Request(`${origin}/exit`, { headers: { cookie: me.cookie, ...NAVIGATION } }));
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe(QUICK_EXIT_URL);
    expect(response.headers.get("Clear-Site-Data")).toBe('"cache", "cookies", "storage"');
    expect(await sessionsOf(me.userId)).toBe(0);
  });

  it("a link on another site, a prefetch, or a request with no fetch metadata only sends the browser on", async () => {
    const me = await person("Guarded");
    const cases: Record<string, string>[] = [
      { ...NAVIGATION, "sec-fetch-site": "cross-site" },
      { ...NAVIGATION, "sec-fetch-site": "same-site" },
      { ...NAVIGATION, "sec-purpose": "prefetch" },
      { ...NAVIGATION, "sec-fetch-user": "" },
      { "sec-fetch-site": "same-origin", "sec-fetch-mode": "no-cors", "sec-fetch-dest": "image" },
      {},
    ];
    for (const headers of cases) {
      const response = await exitLink(new Request(`${origin}/exit`, { headers: { cookie: me.cookie, ...headers } }));
      expect(response.status, JSON.stringify(headers)).toBe(303);
      expect(response.headers.get("Location")).toBe(QUICK_EXIT_URL);
      expect(response.headers.get("Clear-Site-Data"), JSON.stringify(headers)).toBeNull();
      expect(isOwnNavigation(new Headers(headers)), JSON.stringify(headers)).toBe(false);
    }
    expect(await sessionsOf(me.userId)).toBe(1);
  });
});
