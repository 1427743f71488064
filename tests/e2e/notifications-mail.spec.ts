import { test, expect } from "@playwright/test";
import { startMailServer } from "../support/mail-server";
import type { Server } from "../support/server";
import type { TestSmtp } from "../support/smtp";
import { familyOfTwo, mayHaveUsed, PHONE } from "./support/family-of-two";

// Notification emails, on a server of its own with mail on (the screens: notifications.spec.ts).

test.describe("with mail on (a server of its own, a real SMTP server in the test)", () => {
  let server: Server | undefined;
  let smtp: TestSmtp;
  let stop: (() => Promise<void>) | undefined;

  test.beforeAll(async () => {
    ({ server, smtp, stop } = await startMailServer("mail-e2e"));
  });
  test.afterAll(async () => {
    await stop?.();
  });

  test("an alert arrives as a bland email; its link asks first; one click turns that kind off", async ({ browser }) => {
    test.setTimeout(120_000);
    const { owner, member, familyId, ownerPerson } = await familyOfTwo(browser, server!.url);
    await owner.goto(`/family/${familyId}/notifications`);
    await expect(owner.getByText(ownerPerson.email)).toBeVisible();

    await mayHaveUsed(member, familyId, "NOTE-MARKER he was nodding off");
    await expect.poll(() => smtp.received.length, { timeout: 20_000 }).toBe(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual([ownerPerson.email]);
    expect(mail.parsed.subject).toBe("Something new in your family space");
    // (The integration leak test checks every kind against the full list; here, the obvious ones.)
    const said = `${mail.parsed.subject}\n${mail.parsed.text}\n${mail.parsed.html}`.replace(/[A-Za-z0-9_-]{43}/g, "<token>");
    expect(said).not.toMatch(/NOTE-MARKER|\b(Luis|Ana|Rivera|used|opioids?)\b/i);
    const unfolded = mail.raw.replace(/\r?\n[ \t]+/g, " ");
    const oneClick = /^List-Unsubscribe: <([^>]+)>/m.exec(unfolded)![1]!;
    expect(unfolded).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const pageLink = /(http\S+\/unsubscribe\/[A-Za-z0-9_-]{43})/.exec(mail.parsed.text ?? "")![1]!;

    // Opening the link asks; it does not change anything.
    const reader = await (await browser.newContext({ viewport: PHONE })).newPage();
    await reader.goto(pageLink);
    await expect(reader.getByRole("heading", { name: "Stop these emails?" })).toBeVisible();
    await reader.screenshot({ path: "test-results/screenshots/unsubscribe-390.png", fullPage: true });
    await owner.goto(`/family/${familyId}/notifications`);
    await expect(owner.getByLabel("When someone notes “may have used”")).toBeChecked();

    // A mail program's one-click POST (RFC 8058) turns alerts off, without signing in.
    const response = await fetch(oneClick, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
    expect(response.status).toBe(200);
    await owner.reload();
    await expect(owner.getByLabel("When someone notes “may have used”")).not.toBeChecked();

    // The page's button works too (and says so).
    await reader.getByRole("button", { name: "Stop this kind of email" }).click();
    await expect(reader.getByText("You will not get this kind of email any more.")).toBeVisible();
  });
});
