import { test, expect, type Page } from "@playwright/test";
import { axe } from "./support/axe";
import { newPerson, signInThroughForm as signIn, signUpThroughForm as signUp } from "./support/people";
import type { Server } from "../support/server";
import { startMailServer } from "../support/mail-server";
import type { TestSmtp } from "../support/smtp";
import { refusedWordsIn } from "../../lib/mail/refused-words";

// "Forgot your password?" by email, on a server with mail on and a real SMTP server in the test:
// better-auth's flow through our outbox (decision 023). Without mail the page offers only the
// recovery code (tests/e2e/recovery.spec.ts).
const PHONE = { viewport: { width: 390, height: 844 } };
let server: Server | undefined;
let smtp: TestSmtp;
let stop: (() => Promise<void>) | undefined;

test.beforeAll(async () => {
  ({ server, smtp, stop } = await startMailServer("forgot"));
});
test.afterAll(async () => {
  await stop?.();
});

async function askForLink(page: Page, email: string) {
  await page.goto(`${server!.url}/sign-in/recover`);
  await page.getByLabel("Email").first().fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  return (await page.getByRole("status").innerText()).trim();
}

test("an emailed link sets a new password once, signs out every device, and says nothing about who has an account", async ({ browser }) => {
  test.setTimeout(120_000);
  const person = newPerson("Forgot");
  const laptop = await (await browser.newContext({ baseURL: server!.url })).newPage();
  await signUp(laptop, person);

  const phone = await (await browser.newContext({ ...PHONE, baseURL: server!.url })).newPage();
  const forKnown = await askForLink(phone, person.email);
  const forUnknown = await askForLink(phone, "nobody-here@example.test");
  expect(forUnknown).toBe(forKnown);
  expect(forKnown).toMatch(/If an account uses that email/);
  const results = await axe(phone);
  expect(results.violations.map((v) => v.id)).toEqual([]);

  await expect.poll(() => smtp.received.length, { timeout: 20_000 }).toBe(1);
  const mail = smtp.received[0]!;
  expect(mail.to).toEqual([person.email]);
  expect(mail.parsed.subject).toBe("Choose a new password");
  expect(mail.parsed.headers.get("list-unsubscribe")).toBeUndefined();
  expect(refusedWordsIn(`${mail.parsed.subject}\n${mail.parsed.text}\n${mail.parsed.html}`, [person.name, person.email])).toEqual([]);
  const link = /(https?:\/\/\S+\/api\/auth\/reset-password\/\S+)/.exec(mail.parsed.text ?? "")![1]!;

  await phone.goto(link);
  await expect(phone).toHaveURL(/\/sign-in\/new-password\?token=/);
  await phone.getByLabel("New password", { exact: true }).fill("password");
  await phone.getByLabel("The same password again").fill("password");
  await phone.getByRole("button", { name: "Set my new password" }).click();
  await expect(phone.locator("#newPassword-error")).toContainText(/too common|at least/);
  await phone.getByLabel("New password", { exact: true }).fill("velvet orchard compass 58");
  await phone.getByLabel("The same password again").fill("velvet orchard compass 58");
  await phone.getByRole("button", { name: "Set my new password" }).click();
  await expect(phone).toHaveURL(/\/sign-in\?reset=done/);

  // Every device signed out; the new password works; the link is spent.
  await laptop.goto("/account");
  await expect(laptop).toHaveURL(/\/sign-in/);
  await signIn(phone, { ...person, password: "velvet orchard compass 58" });
  const again = await (await browser.newContext(PHONE)).newPage();
  await again.goto(link);
  await expect(again.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  // Nothing was sent for the unknown address.
  expect(smtp.received.filter((m) => m.to.includes("nobody-here@example.test"))).toEqual([]);
});
