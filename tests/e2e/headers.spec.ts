import { createHash } from "node:crypto";
import { test, expect, pageIn } from "./support/test";
import type { Tabs } from "./support/test";
import type { Page } from "@playwright/test";
import { observatory } from "../support/observatory";
import { createFamily, newPerson, signUp, signUpCounselor } from "./support/people";
import { pressKeys } from "./support/keys";
import { SERVICE_WORKERS_ON } from "../../playwright.config";

/**
 * Every route kind scores A+ with no penalty under the MDN HTTP Observatory rules
 * (tests/support/observatory.ts cites them), and no page breaks its own Content-Security-Policy.
 * The e2e server runs `next start` (production), so HSTS is sent.
 */
function watchPolicy(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text().slice(0, 160));
  });
  return violations;
}

/** A new counselor's shared reading list (one page), as the link the counselor would send. */
async function readingListLink(tabs: Tabs, name: string): Promise<string> {
  const counselor = await tabs.newPage();
  await signUpCounselor(counselor, newPerson(name));
  await counselor.goto("/counselor/links");
  await counselor.getByLabel("The three stages of relapse").check();
  await counselor.getByRole("button", { name: "Create the link" }).click();
  return (await counselor.getByTestId("reading-list-link").innerText()).trim();
}

async function scan(page: Page, path: string, baseURL: string) {
  const response = await page.goto(path, { waitUntil: "networkidle" });
  const headers = await response!.allHeaders();
  const body = /text\/html/.test(headers["content-type"] ?? "") ? await response!.text() : undefined;
  return { status: response!.status(), headers, result: observatory(headers, { body, origin: baseURL }) };
}

test("each route kind scores A+ with zero penalties, and none breaks its policy", async ({ tabs, baseURL }) => {
  const context = await tabs.newContext();
  const page = await pageIn(context);
  const violations = watchPolicy(page);
  // A family, and a counselor's shared link, to scan.
  await signUp(page, newPerson("Scanner"));
  const familyId = await createFamily(page, "The Scanned Family");
  const link = new URL(await readingListLink(tabs, "Counsel")).pathname;

  const kinds: [string, string][] = [
    ["home", "/"],
    ["guide page", "/guide/stages-of-relapse"],
    ["family dashboard", `/family/${familyId}`],
    ["check-in form", `/family/${familyId}/check-ins/new`],
    ["shared link", link],
    ["API route", "/api/health"],
    ["404", "/no-such-page"],
  ];
  const lines: string[] = [];
  for (const [kind, path] of kinds) {
    const { status, headers, result } = await scan(page, path, baseURL!);
    lines.push(`${kind.padEnd(17)} ${String(status).padEnd(4)} ${result.score} ${result.grade}`);
    expect(result.penalties, `${kind}: ${JSON.stringify(result.penalties)}`).toEqual([]);
    expect(result.grade, kind).toBe("A+");
    expect(headers["strict-transport-security"], kind).toMatch(/max-age=31536000/);
    expect(headers["cross-origin-opener-policy"], kind).toBe("same-origin");
    expect(headers["cross-origin-resource-policy"], kind).toBe("same-origin");
    expect(headers["content-security-policy"], kind).not.toMatch(/unsafe-inline|unsafe-eval/);
  }
  console.log(`MDN HTTP Observatory rules, per route kind:\n${lines.join("\n")}`);
  expect(violations).toEqual([]);
});

test("guide pages stay prerendered under the strict policy: their one inline script is allowed by its hash, not by a nonce", async ({ request }) => {
  const response = await request.get("/guide/triggers");
  expect(response.headers()["x-nextjs-prerender"]).toBeTruthy();
  const policy = response.headers()["content-security-policy"]!;
  // Reading pages ship without the framework runtime and its inline payload; one inline loader
  // starts our own scripts after the first paint (decision 053).
  const inline = [...(await response.text()).matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  expect(inline).toHaveLength(1);
  expect(policy).toContain(`script-src 'self' 'sha256-${createHash("sha256").update(inline[0]!, "utf8").digest("base64")}';`);
  expect(policy).not.toMatch(/nonce/);
  const dynamic = await request.get("/sign-in");
  expect(dynamic.headers()["content-security-policy"]).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  const again = await request.get("/sign-in");
  expect(again.headers()["content-security-policy"]).not.toBe(dynamic.headers()["content-security-policy"]);
});

test("the quick exit works with JavaScript on a shared link page, under its policy", async ({ tabs }) => {
  const link = await readingListLink(tabs, "Exit");
  const family = await tabs.newPage();
  const violations = watchPolicy(family);
  await family.route("https://weather.com/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Weather</title>neutral" }));
  await family.goto(link, { waitUntil: "load" });
  await expect(family.locator(".quick-exit")).toHaveCSS("font-weight", "700"); // its stylesheet loaded
  await pressKeys(family, "Escape", 2);
  await expect(family).toHaveURL("https://weather.com/");
  expect(violations).toEqual([]);
});

test.describe("with the service worker", () => {
  // It registers and fetches pages and files of its own: those are held to the policy too.
  test.use(SERVICE_WORKERS_ON);

  test("no page of the app breaks its policy, with JavaScript on (styles, scripts, the service worker)", async ({ page }) => {
    const violations = watchPolicy(page);
    await signUp(page, newPerson("Policy"));
    const familyId = await createFamily(page, "The Policy Family");
    const f = `/family/${familyId}`;
    const paths = [
      "/", "/guide", "/guide/glossary", "/guide/keeping-them-alive", "/right-now", "/crisis", "/offline",
      "/family", f, `${f}/check-ins`, `${f}/check-ins/new`, `${f}/check-ins/right-now`, `${f}/plan`, `${f}/plan/edit`,
      `${f}/plan/edit/people`, `${f}/plan/history`, `${f}/plan/print`, `${f}/members`, `${f}/counselors`, `${f}/settings`,
      `${f}/notifications`, "/account", "/account/recovery-code", "/counselor/become", "/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ];
    for (const path of paths) {
      const response = await page.goto(path, { waitUntil: "networkidle" });
      expect(response!.status(), path).toBe(200);
      expect(response!.headers()["content-security-policy"], path).toMatch(/script-src 'self'/);
    }
    expect(violations).toEqual([]);
  });
});
