import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "./support/test";
import type { Tabs } from "./support/test";
import { seedWith } from "./support/seed";
import { PLAN_PARTS } from "../../components/family/plan/parts";
import { READING_PAGES } from "./pages";

/**
 * No text a person typed may make a page wider than the phone (issue 17, item 1): a long link in a
 * plan step once made /plan 590 px wide at 390 px, the bottom tabs slid off the screen. Every page,
 * at 320 and 390 px, as the person who would see it, with every shown field holding long unbroken
 * words and long links (tests/e2e/support/make-long-text-world.ts).
 */
type Who = { userId: string; name: string; cookie: string };
type World = {
  familyId: string;
  owner: Who;
  member: Who;
  counselor: Who;
  sharedCheckInId: string;
  privateCheckInId: string;
  alertCheckInId: string;
  inviteToken: string;
  connectToken: string;
  readingListToken: string;
  resetToken: string;
};
type Viewer = "signed out" | "owner" | "member" | "counselor";
type Row = { file: string; viewer: Viewer; path: (w: World) => string };

function readingFile(path: string): string {
  if (path === "/offline") return "app/[locale]/offline/page.tsx";
  if (path.startsWith("/guide/")) return "app/[locale]/guide/[slug]/page.tsx";
  return path === "/" ? "app/[locale]/page.tsx" : `app/[locale]${path}/page.tsx`;
}
const f = (w: World) => `/family/${w.familyId}`;
const family = (file: string, sub: string, viewer: Viewer = "owner"): Row => ({ file: `app/(app)/family/[familyId]${file}`, viewer, path: (w) => `${f(w)}${sub}` });
const ROWS: Row[] = [
  ...READING_PAGES.map((path): Row => ({ file: readingFile(path), viewer: "signed out", path: () => path })),
  { file: "app/(app)/(auth)/sign-in/page.tsx", viewer: "signed out", path: () => "/sign-in" },
  { file: "app/(app)/(auth)/sign-up/page.tsx", viewer: "signed out", path: () => "/sign-up" },
  { file: "app/(app)/(auth)/sign-in/new-password/page.tsx", viewer: "signed out", path: () => "/sign-in/new-password?token=not-a-real-token" },
  { file: "app/(app)/(auth)/sign-in/recover/page.tsx", viewer: "signed out", path: () => "/sign-in/recover" },
  { file: "app/(app)/reset/[token]/page.tsx", viewer: "signed out", path: (w) => `/reset/${w.resetToken}` },
  { file: "app/(app)/unsubscribe/[token]/page.tsx", viewer: "signed out", path: () => "/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" },
  { file: "app/(app)/counselor/sign-up/page.tsx", viewer: "signed out", path: () => "/counselor/sign-up" },
  { file: "app/(app)/s/[token]/page.tsx", viewer: "signed out", path: (w) => `/s/${w.readingListToken}` },
  { file: "app/(app)/invite/[token]/page.tsx", viewer: "signed out", path: (w) => `/invite/${w.inviteToken}` },
  { file: "app/(app)/family/page.tsx", viewer: "signed out", path: () => "/family" },
  { file: "app/(app)/connect/[token]/page.tsx", viewer: "owner", path: (w) => `/connect/${w.connectToken}` },
  { file: "app/(app)/family/page.tsx", viewer: "owner", path: () => "/family" },
  { file: "app/(app)/account/page.tsx", viewer: "owner", path: () => "/account" },
  { file: "app/(app)/account/page.tsx", viewer: "member", path: () => "/account" },
  { file: "app/(app)/account/recovery-code/page.tsx", viewer: "owner", path: () => "/account/recovery-code" },
  { file: "app/(app)/counselor/become/page.tsx", viewer: "owner", path: () => "/counselor/become" },
  { file: "app/(app)/family/deleted/[familyId]/page.tsx", viewer: "owner", path: (w) => `/family/deleted/${w.familyId}` },
  family("/page.tsx", ""),
  family("/page.tsx", "", "member"),
  family("/check-ins/page.tsx", "/check-ins"),
  family("/check-ins/page.tsx", "/check-ins", "member"),
  family("/check-ins/new/page.tsx", "/check-ins/new"),
  family("/check-ins/right-now/page.tsx", "/check-ins/right-now"),
  family("/plan/page.tsx", "/plan"),
  family("/plan/page.tsx", "/plan", "member"),
  family("/plan/edit/page.tsx", "/plan/edit"),
  ...PLAN_PARTS.map((part) => family("/plan/edit/[part]/page.tsx", `/plan/edit/${part.id}`)),
  family("/plan/history/page.tsx", "/plan/history"),
  family("/plan/history/[version]/page.tsx", "/plan/history/1"),
  family("/plan/print/page.tsx", "/plan/print"),
  family("/notifications/page.tsx", "/notifications"),
  family("/notifications/page.tsx", "/notifications", "member"),
  family("/members/page.tsx", "/members"),
  family("/counselors/page.tsx", "/counselors"),
  family("/settings/page.tsx", "/settings"),
  { file: "app/(app)/counselor/page.tsx", viewer: "counselor", path: () => "/counselor" },
  { file: "app/(app)/counselor/links/page.tsx", viewer: "counselor", path: () => "/counselor/links" },
  { file: "app/(app)/counselor/families/[familyId]/page.tsx", viewer: "counselor", path: (w) => `/counselor/families/${w.familyId}` },
];
// Rows whose path needs the world's check-in ids (the edit forms and the "right now" after an alert).
const CHECK_IN_ROWS: Row[] = [
  { file: "app/(app)/family/[familyId]/check-ins/[checkInId]/edit/page.tsx", viewer: "owner", path: (w) => `${f(w)}/check-ins/${w.sharedCheckInId}/edit` },
  { file: "app/(app)/family/[familyId]/check-ins/[checkInId]/edit/page.tsx", viewer: "member", path: (w) => `${f(w)}/check-ins/${w.privateCheckInId}/edit` },
  { file: "app/(app)/family/[familyId]/check-ins/right-now/page.tsx", viewer: "owner", path: (w) => `${f(w)}/check-ins/right-now?checkIn=${w.alertCheckInId}` },
];
const PAGES = [...ROWS, ...CHECK_IN_ROWS];

function pageFiles(dir = "app"): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return pageFiles(path);
    return entry === "page.tsx" ? [path] : [];
  });
}

let w: World;
test.beforeAll(() => {
  w = seedWith<World>("tests/e2e/support/make-long-text-world.ts");
});

test("every page has a row here", () => {
  const covered = new Set(PAGES.map((r) => r.file));
  expect(pageFiles().filter((file) => !covered.has(file))).toEqual([]);
});

const PHONE_WIDTHS = [390, 320];

/** Each page loaded once at 390 px, measured, then narrowed to 320 px and measured again. */
async function widths(tabs: Tabs, baseURL: string, rows: Row[]) {
  // One tab per viewer, each page loaded in turn (a new tab per page cost a renderer each).
  const tabsOf = new Map<Viewer, Awaited<ReturnType<Tabs["newPage"]>>>();
  const tabFor = async (viewer: Viewer) => {
    if (!tabsOf.has(viewer)) {
      const page = await tabs.newPage({ viewport: { width: PHONE_WIDTHS[0]!, height: 844 } });
      const context = page.context();
      if (viewer !== "signed out") {
        const cookies = w[viewer].cookie.split("; ").map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1), url: baseURL }));
        await context.addCookies(cookies);
      }
      tabsOf.set(viewer, page);
    }
    return tabsOf.get(viewer)!;
  };
  const wide: string[] = [];
  let checked = 0;
  for (const row of rows) {
    const page = await tabFor(row.viewer);
    const path = row.path(w);
    await page.setViewportSize({ width: PHONE_WIDTHS[0]!, height: 844 });
    const response = await page.goto(path);
    expect(response?.status(), `${path} as ${row.viewer}`).toBeLessThan(500);
    for (const width of PHONE_WIDTHS) {
      await page.setViewportSize({ width, height: 844 });
      const measured = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, inner: window.innerWidth, text: document.body.innerText }));
      expect(measured.inner, path).toBe(width);
      // The world's text is really on the page it belongs to (a blank page would pass anything).
      if (path.endsWith("/plan") || path.endsWith("/plan/print")) expect(measured.text, path).toContain("https://example.org/step/");
      if (measured.scroll > measured.inner) wide.push(`${path} as ${row.viewer}: ${measured.scroll} px wide at ${measured.inner} px`);
      checked += 1;
    }
  }
  return { wide, checked };
}

// Two halves, so the two workers share them: the family's own pages, and everything else.
const halves = [
  { name: "the family's pages (owner and member)", rows: PAGES.filter((row) => row.viewer === "owner" || row.viewer === "member") },
  { name: "public, sign-in and counselor pages", rows: PAGES.filter((row) => row.viewer === "signed out" || row.viewer === "counselor") },
];
for (const half of halves) {
  test(`no page is wider than a 390 or 320 px phone, even with long words and links in every field: ${half.name}`, async ({ tabs, baseURL }) => {
    test.setTimeout(240_000);
    const { wide, checked } = await widths(tabs, baseURL!, half.rows);
    expect(checked).toBeGreaterThan(40);
    expect(wide).toEqual([]);
  });
}
