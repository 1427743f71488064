import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "./support/test";
import { seedWith } from "./support/seed";

/**
 * THE access matrix: every page and route handler, for every actor, with the expected answer, and
 * the family's markers (a shared note, a private note, the other family's notes) checked in the
 * HTML and in the RSC payload of every answer. Server actions are held to the same rule by
 * tests/integration/fuzz-actions.test.ts (another family's ids in bound arguments and form
 * fields; the database unchanged). A new page or route handler fails the first test until it has a row here.
 */
type World = {
  tag: string;
  familyA: { id: string };
  familyB: { id: string };
  sharedA: { id: string };
  privateA: { id: string };
  inviteA: { token: string };
  readingListToken: string;
  connectToken: string;
  resetToken: string;
  counselors: Record<"none" | "plan" | "plan_summary" | "revoked" | "unconnected", { cookie: string }>;
} & Record<"ownerA" | "memberA" | "removedA" | "ownerB", { cookie: string; userId: string }>;

const ACTORS = ["owner", "member", "other family", "removed member", "counselor, no consent", "counselor, level none", "counselor, level plan", "counselor, level plan+summary", "counselor, revoked", "signed out"] as const;
type Actor = (typeof ACTORS)[number];
type Outcome = "ok" | "404" | "sign in" | "become counselor" | "405" | "to /family" | "to /counselor" | "to /account" | "to /unsubscribe" | "leaves";

const family = (actor: Actor): Outcome => (actor === "owner" || actor === "member" ? "ok" : actor === "signed out" ? "sign in" : "404");
const authorOnly = (author: Actor) => (actor: Actor): Outcome => (actor === author ? "ok" : actor === "signed out" ? "sign in" : "404");
const exportRoute = (actor: Actor): Outcome => (actor === "owner" || actor === "member" ? "ok" : "404");
const signedIn = (actor: Actor): Outcome => (actor === "signed out" ? "sign in" : "ok");
// Only someone who could open a family when it was deleted sees that it was; a live family is a 404.
const signedInNotFound = (actor: Actor): Outcome => (actor === "signed out" ? "sign in" : "404");
const anyone = (): Outcome => "ok";
// Signing in or up again while signed in goes to your families.
const signedOutOnly = (actor: Actor): Outcome => (actor === "signed out" ? "ok" : "to /family");
// ownerA is a counselor too (not connected to their own family); the others in families are not counselors.
const isCounselor = (actor: Actor) => actor.startsWith("counselor") || actor === "owner";
const counselorHome = (actor: Actor): Outcome => (actor === "signed out" ? "sign in" : isCounselor(actor) ? "ok" : "become counselor");
// A counselor whose connection the family ended is told so (the family's name and the date, nothing else).
const connectedCounselor = (actor: Actor): Outcome =>
  ["counselor, level none", "counselor, level plan", "counselor, level plan+summary", "counselor, revoked"].includes(actor) ? "ok" : actor === "signed out" ? "sign in" : isCounselor(actor) ? "404" : "become counselor";

type Row = { file: string; path: (w: World) => string; expect: (actor: Actor) => Outcome; page: boolean };
const f = (w: World) => `/family/${w.familyA.id}`;
const ROWS: Row[] = [
  { file: "app/[locale]/page.tsx", path: () => "/", expect: anyone, page: true },
  { file: "app/[locale]/guide/page.tsx", path: () => "/guide", expect: anyone, page: true },
  { file: "app/[locale]/guide/[slug]/page.tsx", path: () => "/guide/triggers", expect: anyone, page: true },
  { file: "app/[locale]/right-now/page.tsx", path: () => "/right-now", expect: anyone, page: true },
  { file: "app/[locale]/crisis/page.tsx", path: () => "/crisis", expect: anyone, page: true },
  { file: "app/(app)/(auth)/sign-in/page.tsx", path: () => "/sign-in", expect: signedOutOnly, page: true },
  { file: "app/(app)/(auth)/sign-up/page.tsx", path: () => "/sign-up", expect: signedOutOnly, page: true },
  { file: "app/(app)/(auth)/sign-in/new-password/page.tsx", path: () => "/sign-in/new-password?token=not-a-real-token", expect: anyone, page: true },
  { file: "app/(app)/(auth)/sign-in/recover/page.tsx", path: () => "/sign-in/recover", expect: (actor) => (actor === "signed out" ? "ok" : "to /account"), page: true },
  // A reset link is the credential itself: whoever holds it sees the member's first name and a password form, nothing of the family.
  { file: "app/(app)/reset/[token]/page.tsx", path: (w) => `/reset/${w.resetToken}`, expect: anyone, page: true },
  // The token is the key (256 bits, from an email); an unknown one says the link no longer works.
  { file: "app/(app)/unsubscribe/[token]/page.tsx", path: () => "/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", expect: anyone, page: true },
  { file: "app/api/unsubscribe/[token]/route.ts", path: () => "/api/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", expect: () => "to /unsubscribe", page: false },
  { file: "app/(app)/account/recovery-code/page.tsx", path: () => "/account/recovery-code", expect: signedIn, page: true },
  { file: "app/(app)/counselor/sign-up/page.tsx", path: () => "/counselor/sign-up", expect: anyone, page: true },
  { file: "app/api/health/route.ts", path: () => "/api/health", expect: anyone, page: false },
  // The web app manifests (decision 052): the same public file for everyone.
  { file: "app/manifest.webmanifest/route.ts", path: () => "/manifest.webmanifest", expect: anyone, page: false },
  { file: "app/es/manifest.webmanifest/route.ts", path: () => "/es/manifest.webmanifest", expect: anyone, page: false },
  { file: "app/api/health/ready/route.ts", path: () => "/api/health/ready", expect: anyone, page: false },
  { file: "app/api/auth/[...all]/route.ts", path: () => "/api/auth/get-session", expect: anyone, page: false },
  { file: "app/sign-out/route.ts", path: () => "/sign-out", expect: () => "405", page: false },
  // After sign-out, a Spanish reader's step back to the sign-in page (the language cookie again); anyone lands on sign-in, nothing else.
  { file: "app/(app)/(auth)/sign-in/signed-out/route.ts", path: () => "/sign-in/signed-out?lang=es", expect: () => "sign in", page: false },
  // The language switch takes posts only; a GET changes nothing.
  { file: "app/language/route.ts", path: () => "/language", expect: () => "405", page: false },
  // Quick exit without JavaScript: everyone is sent on to the neutral site; no session ends here (no fetch metadata of a click on our page).
  { file: "app/exit/route.ts", path: () => "/exit", expect: () => "leaves", page: false },
  { file: "app/(app)/s/[token]/page.tsx", path: (w) => `/s/${w.readingListToken}`, expect: anyone, page: true },
  { file: "app/[locale]/offline/page.tsx", path: () => "/offline", expect: anyone, page: true },
  // An invitation shows who invited and asks to sign in; it reveals nothing of the family's data.
  { file: "app/(app)/invite/[token]/page.tsx", path: (w) => `/invite/${w.inviteA.token}`, expect: anyone, page: true },
  { file: "app/(app)/connect/[token]/page.tsx", path: (w) => `/connect/${w.connectToken}`, expect: anyone, page: true },
  { file: "app/(app)/account/page.tsx", path: () => "/account", expect: signedIn, page: true },
  // Signed out, /family says what a family space is and offers sign-up and sign-in.
  { file: "app/(app)/family/page.tsx", path: () => "/family", expect: anyone, page: true },
  { file: "app/(app)/family/deleted/[familyId]/page.tsx", path: (w) => `/family/deleted/${w.familyA.id}`, expect: signedInNotFound, page: true },
  { file: "app/(app)/counselor/page.tsx", path: () => "/counselor", expect: counselorHome, page: true },
  { file: "app/(app)/counselor/links/page.tsx", path: () => "/counselor/links", expect: counselorHome, page: true },
  { file: "app/(app)/counselor/become/page.tsx", path: () => "/counselor/become", expect: signedIn, page: true },
  { file: "app/(app)/counselor/families/[familyId]/page.tsx", path: (w) => `/counselor/families/${w.familyA.id}`, expect: connectedCounselor, page: true },
  { file: "app/(app)/family/[familyId]/page.tsx", path: f, expect: family, page: true },
  { file: "app/(app)/family/[familyId]/check-ins/page.tsx", path: (w) => `${f(w)}/check-ins`, expect: family, page: true },
  { file: "app/(app)/family/[familyId]/check-ins/new/page.tsx", path: (w) => `${f(w)}/check-ins/new`, expect: family, page: true },
  { file: "app/(app)/family/[familyId]/check-ins/[checkInId]/edit/page.tsx", path: (w) => `${f(w)}/check-ins/${w.sharedA.id}/edit`, expect: authorOnly("owner"), page: true },
  { file: "app/(app)/family/[familyId]/check-ins/[checkInId]/edit/page.tsx", path: (w) => `${f(w)}/check-ins/${w.privateA.id}/edit`, expect: authorOnly("member"), page: true },
  { file: "app/(app)/family/[familyId]/check-ins/right-now/page.tsx", path: (w) => `${f(w)}/check-ins/right-now`, expect: family, page: true },
  // With a check-in id in the link (a private one, the member's): who was told is shown only to its author, never its note.
  { file: "app/(app)/family/[familyId]/check-ins/right-now/page.tsx", path: (w) => `${f(w)}/check-ins/right-now?checkIn=${w.privateA.id}`, expect: family, page: true },
  { file: "app/(app)/family/[familyId]/plan/edit/[part]/page.tsx", path: (w) => `${f(w)}/plan/edit/people`, expect: family, page: true },
  { file: "app/(app)/family/[familyId]/plan/page.tsx", path: (w) => `${f(w)}/plan`, expect: family, page: true },
  { file: "app/(app)/family/[familyId]/plan/edit/page.tsx", path: (w) => `${f(w)}/plan/edit`, expect: family, page: true },
  { file: "app/(app)/family/[familyId]/plan/history/page.tsx", path: (w) => `${f(w)}/plan/history`, expect: family, page: true },
  { file: "app/(app)/family/[familyId]/plan/history/[version]/page.tsx", path: (w) => `${f(w)}/plan/history/1`, expect: family, page: true },
  { file: "app/(app)/family/[familyId]/plan/print/page.tsx", path: (w) => `${f(w)}/plan/print`, expect: family, page: true },
  { file: "app/(app)/family/[familyId]/notifications/page.tsx", path: (w) => `${f(w)}/notifications`, expect: family, page: true },
  { file: "app/(app)/family/[familyId]/members/page.tsx", path: (w) => `${f(w)}/members`, expect: family, page: true },
  { file: "app/(app)/family/[familyId]/counselors/page.tsx", path: (w) => `${f(w)}/counselors`, expect: family, page: true },
  // Members export here too; deleting the family is the owner's (its action refuses anyone else).
  { file: "app/(app)/family/[familyId]/settings/page.tsx", path: (w) => `${f(w)}/settings`, expect: family, page: true },
  { file: "app/(app)/family/[familyId]/export/json/route.ts", path: (w) => `${f(w)}/export/json`, expect: exportRoute, page: false },
  { file: "app/(app)/family/[familyId]/export/csv/route.ts", path: (w) => `${f(w)}/export/csv`, expect: exportRoute, page: false },
];

function routeFiles(dir = "app"): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return entry === "page.tsx" || entry === "route.ts" ? [path] : [];
  });
}

let w: World;
test.beforeAll(() => {
  w = seedWith<World>("tests/e2e/support/make-world.ts");
});

test("every page and route handler has a row in the matrix", () => {
  expect([...new Set(ROWS.map((r) => r.file))].sort()).toEqual(routeFiles().sort());
});

test("the matrix: every route, every actor, the expected answer, and no marker where it does not belong", async ({ playwright, baseURL }) => {
  test.setTimeout(300_000);
  const cookieOf: Record<Actor, string | undefined> = {
    owner: w.ownerA.cookie,
    member: w.memberA.cookie,
    "other family": w.ownerB.cookie,
    "removed member": w.removedA.cookie,
    "counselor, no consent": w.counselors.unconnected.cookie,
    "counselor, level none": w.counselors.none.cookie,
    "counselor, level plan": w.counselors.plan.cookie,
    "counselor, level plan+summary": w.counselors.plan_summary.cookie,
    "counselor, revoked": w.counselors.revoked.cookie,
    "signed out": undefined,
  };
  // Who may read each marker: family A's shared notes, its members; a private note, its author only.
  const markers: [string, Actor[]][] = [
    [`MARKER-A-shared-note-${w.tag}`, ["owner", "member"]],
    [`MARKER-A-private-note-${w.tag}`, ["member"]],
    [`MARKER-B-shared-note-${w.tag}`, ["other family"]],
    [`MARKER-B-private-note-${w.tag}`, []],
  ];
  const request = await playwright.request.newContext({ baseURL, maxRedirects: 0 });
  let cells = 0;
  let responses = 0;
  const leaks: string[] = [];
  const wrong: string[] = [];
  for (const row of ROWS) {
    for (const actor of ACTORS) {
      cells++;
      const path = row.path(w);
      const headers: Record<string, string> = cookieOf[actor] ? { cookie: cookieOf[actor]! } : {};
      const variants: Record<string, string>[] = row.page ? [{}, { rsc: "1" }] : [{}];
      for (const extra of variants) {
        // The RSC payload: what client navigation fetches (Next.js wants its _rsc cache-buster with it).
        let response = await request.get(path, { headers: { ...headers, ...extra } });
        const rscLocation = response.headers()["location"] ?? "";
        if (extra.rsc && response.status() >= 300 && response.status() < 400 && rscLocation.startsWith(`${path}?_rsc`)) {
          response = await request.get(rscLocation, { headers: { ...headers, ...extra } });
        }
        responses++;
        const status = response.status();
        const location = response.headers()["location"] ?? "";
        const outcome: Outcome | string =
          status >= 200 && status < 300 ? "ok" : status === 404 ? "404" : status === 405 ? "405" : status >= 300 && status < 400 ? (location.includes("/sign-in") ? "sign in" : location.includes("/counselor/become") ? "become counselor" : /\/family$/.test(location) ? "to /family" : /\/counselor$/.test(location) ? "to /counselor" : /\/account$/.test(location) ? "to /account" : location.includes("/unsubscribe/") ? "to /unsubscribe" : location === "https://weather.com/" ? "leaves" : `redirect ${location}`) : String(status);
        // An RSC answer carries a redirect or a 404 inside its payload (status 200); for it, what counts is what it contains.
        if (extra.rsc ? status >= 500 : outcome !== row.expect(actor)) wrong.push(`${path} as ${actor}${extra.rsc ? " (RSC)" : ""}: ${outcome}, expected ${row.expect(actor)}`);
        const body = await response.text();
        for (const [marker, entitled] of markers) {
          if (body.includes(marker) && !entitled.includes(actor)) leaks.push(`${marker} in ${path} as ${actor}${extra.rsc ? " (RSC)" : ""}`);
        }
      }
    }
  }
  await request.dispose();
  console.log(`access matrix: ${ROWS.length} routes × ${ACTORS.length} actors = ${cells} cells, ${responses} responses (HTML and RSC), ${leaks.length} leaks, ${wrong.length} unexpected answers`);
  expect(wrong).toEqual([]);
  expect(leaks).toEqual([]);
});

test("the markers do reach those entitled (the check can see them)", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL, maxRedirects: 0 });
  const member = await request.get(`/family/${w.familyA.id}/check-ins`, { headers: { cookie: w.memberA.cookie } });
  const text = await member.text();
  expect(text).toContain(`MARKER-A-shared-note-${w.tag}`);
  expect(text).toContain(`MARKER-A-private-note-${w.tag}`);
  await request.dispose();
});
