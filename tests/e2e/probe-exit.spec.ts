import { test, expect } from "@playwright/test";
import { createFamily, newPerson, signUp } from "./support/people";

test("probe: exit then back, today", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    window.addEventListener("pageshow", (e) => { (window as any).__persisted = (e as PageTransitionEvent).persisted; });
  });
  const page = await context.newPage();
  await page.route("https://weather.com/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Weather</title>neutral" }));
  await signUp(page, newPerson("Probe"));
  const familyId = await createFamily(page, "The Probe family");
  const r = await page.goto(`/family/${familyId}`);
  console.log("cache-control", r?.headers()["cache-control"]);
  await page.goto(`/family/${familyId}/plan`);
  await page.getByRole("link", { name: "Quick exit" }).click();
  await expect(page).toHaveURL("https://weather.com/");
  await page.goBack();
  await page.waitForLoadState("load");
  console.log("back url", page.url(), "persisted", await page.evaluate(() => (window as any).__persisted));
  console.log("text", (await page.locator("body").innerText()).slice(0, 300));
  await page.screenshot({ path: "/tmp/probe-before.png" });
});
