import fc from "fast-check";
import { test, expect } from "./support/test";
import type { APIRequestContext } from "@playwright/test";
import { createFamily, newPerson, signUp } from "./support/people";

/**
 * Bad input over HTTP, to the running production server: what the attack found answered with 500s
 * (tampered bound arguments, bodies over 1 MB, 50,000-character names, cross-origin action posts,
 * malformed action bodies), plus fast-check's generated bodies. Every answer is a 4xx or a calm
 * form message; none is a 5xx.
 */
test.describe.configure({ timeout: 180_000 });

type Probe = { name: string; status: number };

function actionFields(html: string) {
  const form = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((m) => m[1]!).find((f) => f.includes("$ACTION"));
  const fields: [string, string][] = [];
  for (const input of (form ?? "").matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = (/value="([^"]*)"/.exec(input[0])?.[1] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    if (name) fields.push([name, value]);
  }
  const id = /"id":"([0-9a-f]+)"/.exec(fields.map(([, v]) => v).join(" "))?.[1] ?? "";
  return { fields, id };
}

async function probeAll(request: APIRequestContext, origin: string, path: string, extra: [string, string][]): Promise<Probe[]> {
  const { fields, id } = actionFields(await (await request.get(path)).text());
  expect(id, `an action form on ${path}`).not.toBe("");
  const results: Probe[] = [];
  const post = async (name: string, options: Parameters<APIRequestContext["post"]>[1]) => {
    const r = await request.post(path, { maxRedirects: 0, ...options, headers: { origin, ...(options?.headers ?? {}) } });
    results.push({ name, status: r.status() });
  };
  const mpa = (replace: (name: string, value: string) => string, more: [string, string][] = []) => {
    const multipart: Record<string, string> = {};
    for (const [name, value] of [...fields, ...extra, ...more]) multipart[name] = replace(name, value);
    return { multipart };
  };
  const bound = (value: string) => mpa((name, v) => (/^\$ACTION_\d+:[1-9]$/.test(name) ? value : v));
  await post("form as sent", mpa((_, v) => v));
  for (const tampered of ["[null,null,null]", '"x"', "[".repeat(3000) + "]".repeat(3000), "[{", '["$Q1"]', '[{"__proto__":{"polluted":1}}]', "[1e999]"]) await post(`bound ${tampered.slice(0, 12)}`, bound(tampered));
  await post("action id broken", mpa((name, v) => (/^\$ACTION_\d+:0$/.test(name) ? "{" : v)));
  await post("cross-origin", { ...mpa((_, v) => v), headers: { origin: "https://elsewhere.example" } });
  await post("origin null", { ...mpa((_, v) => v), headers: { origin: "null" } });
  await post("over 1 MB", mpa((_, v) => v, [["note", "x".repeat(1_100_000)]]));
  await post("50,000-character name", mpa((_, v) => v, [["name", "n".repeat(50_000)], ["email", `${"e".repeat(50_000)}@example.test`]]));
  const fetchHeaders = { "next-action": id, accept: "text/x-component" };
  await post("fetch: text body", { data: "[null]", headers: { ...fetchHeaders, "content-type": "text/plain;charset=UTF-8" } });
  await post("fetch: deep nesting", { multipart: { "0": "[".repeat(5000) + "]".repeat(5000) }, headers: fetchHeaders });
  await post("fetch: references to nothing", { multipart: { "0": '["$K9","$Q3","$@7","$T"]' }, headers: fetchHeaders });
  await post("fetch: unknown action", { multipart: { "0": "[]" }, headers: { ...fetchHeaders, "next-action": "00ff" } });
  await post("garbage multipart", { data: "--xx\r\nnope", headers: { "content-type": "multipart/form-data; boundary=xx" } });
  // Generated bodies: random fields and values, random action arguments.
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(fc.oneof(fc.constantFrom(...fields.map(([n]) => n), "0", "1_name", "$ACTION_ID_x"), fc.string({ maxLength: 12 })), fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: "binary", maxLength: 60 }), fc.json({ maxDepth: 3 }))), { maxLength: 8 }),
      fc.boolean(),
      async (generated, asFetch) => {
        const multipart: Record<string, string> = {};
        for (const [name, value] of generated) multipart[name] = value;
        const r = await request.post(path, { maxRedirects: 0, multipart, headers: { origin, ...(asFetch ? fetchHeaders : {}) } });
        results.push({ name: "generated", status: r.status() });
      },
    ),
    { numRuns: 150 },
  );
  return results;
}

test("bad input to server actions gets a 4xx or a calm message, never a 5xx", async ({ page, baseURL }) => {
  const person = newPerson("Prober");
  await signUp(page, person);
  const familyId = await createFamily(page, "The Probed Family");
  const request = page.request;
  const all: Probe[] = [];
  all.push(...(await probeAll(request, baseURL!, "/sign-up", [["name", "Pat"], ["email", "pat@example.test"], ["password", "x"]])));
  all.push(...(await probeAll(request, baseURL!, `/family/${familyId}/check-ins/new`, [["worry", "3"], ["wellbeing", "3"]])));
  all.push(...(await probeAll(request, baseURL!, `/family/${familyId}/members`, [])));
  const fiveHundreds = all.filter((p) => p.status >= 500);
  console.log(`bad input over HTTP: ${all.length} requests, ${fiveHundreds.length} answered 5xx; statuses ${JSON.stringify(Object.fromEntries([...new Set(all.map((p) => p.status))].map((s) => [s, all.filter((p) => p.status === s).length])))}`);
  expect(fiveHundreds).toEqual([]);
  expect(all.find((p) => p.name === "cross-origin")?.status).toBe(403);
  expect(all.find((p) => p.name === "over 1 MB")?.status).toBe(413);
});

test("a refused post shows a calm page", async ({ request, baseURL }) => {
  const r = await request.post("/sign-in", { multipart: { email: "a@b.co" }, headers: { origin: "https://elsewhere.example" } });
  expect(r.status()).toBe(403);
  expect(await r.text()).toContain("This form was sent from another site, so nothing was saved.");
  expect(baseURL).toBeTruthy();
});

test("update-user refuses an image and untrimmed or oversized names; sign-up refuses a 50,000-character name", async ({ request, baseURL }) => {
  const person = newPerson("Updater");
  const headers = { origin: baseURL! };
  expect((await request.post("/api/auth/sign-up/email", { headers, data: { name: "n".repeat(50_000), email: person.email, password: person.password } })).status()).toBe(400);
  expect((await request.post("/api/auth/sign-up/email", { headers, data: { name: " Padded ", email: person.email, password: person.password } })).status()).toBe(400);
  expect((await request.post("/api/auth/sign-up/email", { headers, data: { name: person.name, email: person.email, password: person.password } })).status()).toBe(200);
  for (const body of [{ image: "javascript:alert(1)" }, { name: "Ok", image: "https://example.test/x.png" }, { name: "  Spaced  " }, { name: "n".repeat(61) }, { name: "" }, { name: "Bad\u0000Name" }]) {
    const r = await request.post("/api/auth/update-user", { headers, data: body });
    expect(r.status(), JSON.stringify(body).slice(0, 40)).toBe(400);
  }
  const ok = await request.post("/api/auth/update-user", { headers, data: { name: "Renamed" } });
  expect(ok.status()).toBe(200);
  const session = await (await request.get("/api/auth/get-session")).json();
  expect(session.user.name).toBe("Renamed");
  expect(session.user.image ?? null).toBeNull();
});
