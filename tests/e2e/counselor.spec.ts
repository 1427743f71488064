import { test, expect } from "./support/test";
import { createFamily, newPerson, signUp, signUpCounselor, signUpCounselorThroughForm } from "./support/people";


test("a counselor shares a reading list; a family opens it without an account; revoked answers 410", async ({ tabs, baseURL }) => {
  const counselor = await tabs.newPage();
  await signUpCounselor(counselor, newPerson("Jordan"), "Harbor Counseling");
  await counselor.goto("/counselor/links");
  await counselor.getByLabel("The three stages of relapse").check();
  await counselor.getByLabel("Overdose and naloxone").check();
  await counselor.getByLabel("A short note for the family").fill("Start with the stages page. We can talk Thursday.");
  await counselor.getByLabel("Private label").fill("for the Moreno group");
  await counselor.getByLabel("7 days").check();
  await counselor.getByRole("button", { name: "Create the link" }).click();
  const link = (await counselor.getByTestId("reading-list-link").innerText()).trim();
  expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);

  const family = await tabs.newPage();
  const foreign: string[] = [];
  family.on("request", (r) => {
    if (new URL(r.url()).origin !== new URL(baseURL!).origin) foreign.push(r.url());
  });
  const opened = await family.goto(link);
  expect(opened!.status()).toBe(200);
  expect(opened!.headers()["referrer-policy"]).toBe("no-referrer");
  expect(opened!.headers()["cache-control"]).toContain("no-store");
  expect(opened!.headers()["x-robots-tag"]).toContain("noindex");
  await expect(family.getByText("Start with the stages page. We can talk Thursday.")).toBeVisible();
  await expect(family.getByRole("link", { name: "The three stages of relapse" })).toHaveAttribute("href", "/guide/stages-of-relapse");
  await expect(family.getByRole("main").locator('a[href="tel:911"]')).toBeVisible();
  expect(await family.content()).not.toContain("for the Moreno group");
  expect(foreign).toEqual([]);

  await counselor.goto("/counselor/links");
  await expect(counselor.locator(".card").filter({ hasText: "for the Moreno group" })).toContainText("opened 1 time");
  await counselor.getByRole("button", { name: "End this link" }).click();
  await counselor.getByRole("dialog").getByRole("button", { name: "Yes, end this link" }).click();
  await expect(counselor.getByText("Ended by you")).toBeVisible();

  const gone = await family.goto(link);
  expect(gone!.status()).toBe(410);
  await expect(family.getByRole("heading", { name: "This link has ended" })).toBeVisible();
  await expect(family.getByRole("link", { name: "Read the guide" })).toBeVisible();
  // The crisis numbers are one tap away in the page frame's "Get help".
  await expect(family.locator("header .get-help")).toBeVisible();
});

test("a counselor connects with a family; the family controls and revokes access", async ({ tabs }) => {
  test.setTimeout(120_000);
  const counselor = await tabs.newPage();
  await signUpCounselor(counselor, newPerson("Avery"), "Harbor Counseling");
  await counselor.getByRole("button", { name: "Create a link to connect a family" }).click();
  const link = (await counselor.getByTestId("connection-link").innerText()).trim();

  const owner = await tabs.newPage();
  await signUp(owner, newPerson("Dana"));
  const familyId = await createFamily(owner, "The Okafor family");
  await owner.goto(`/family/${familyId}/plan/edit/emergency`);
  await owner.getByLabel("Where the naloxone is kept").fill("Blue bag by the door");
  await owner.getByRole("button", { name: "Save this part" }).click();
  await expect(owner).toHaveURL(new RegExp(`/family/${familyId}/plan`));

  await owner.goto(link);
  await expect(owner.getByRole("heading", { name: /Connect with Avery/ })).toBeVisible();
  await expect(owner.getByText(/Never shows: Check-in notes/)).toBeVisible();
  await owner.getByLabel(/The safety plan and a check-in summary/).check();
  await owner.getByRole("button", { name: "Connect" }).click();
  await expect(owner).toHaveURL(new RegExp(`/family/${familyId}/counselors`));

  await counselor.goto("/counselor");
  await expect(counselor.getByRole("link", { name: "The Okafor family" })).toBeVisible();
  await counselor.getByRole("link", { name: "The Okafor family" }).click();
  await expect(counselor.getByText("Blue bag by the door")).toBeVisible();
  await expect(counselor.getByRole("heading", { name: "Check-in summary" })).toBeVisible();

  // the family sees each look in the log
  await owner.goto(`/family/${familyId}/counselors`);
  await expect(owner.getByRole("cell", { name: "Safety plan" }).first()).toBeVisible();

  // lower the level: the summary disappears at once
  await owner.locator("#level-plan").check();
  await owner.getByRole("button", { name: "Save what they may see" }).click();
  await expect(owner.getByText(/Saved\. The counselor sees only this/)).toBeVisible();
  await counselor.reload();
  await expect(counselor.getByText("Blue bag by the door")).toBeVisible();
  await expect(counselor.getByRole("heading", { name: "Check-in summary" })).toHaveCount(0);

  // revoke (after a confirmation): at once the counselor sees only that the family ended it
  await owner.getByRole("button", { name: /End the connection with Avery/ }).click();
  await owner.getByRole("dialog").getByRole("button", { name: "Yes, end the connection" }).click();
  await expect(owner.getByText(/The connection is ended/)).toBeVisible();
  await counselor.goto(`/counselor/families/${familyId}`);
  await expect(counselor.getByRole("heading", { name: "The Okafor family ended the connection" })).toBeVisible();
  expect(await counselor.content()).not.toContain("Blue bag by the door");
});

test("a counselor's sign-up ends with a recovery code, as a family's does; the account page speaks to a counselor", async ({ page }) => {
  const person = newPerson("Riley");
  await page.goto("/counselor/sign-up");
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Organization").fill("Harbor Counseling");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create counselor account" }).click();
  await expect(page.getByRole("heading", { name: "One more step: your recovery code" })).toBeVisible();
  await page.getByRole("button", { name: "Show my recovery code" }).click();
  await expect(page.getByTestId("recovery-code")).toBeVisible();
  await page.getByRole("link", { name: "I have saved it. Continue" }).click();
  await expect(page).toHaveURL(/\/counselor$/);

});

test("a counselor who skipped the recovery code is told plainly, with no family owner to ask", async ({ page }) => {
  await signUpCounselorThroughForm(page, newPerson("Sam"), "Harbor Counseling");
  await page.goto("/account");
  await expect(page.getByText("You have no recovery code. Without one, a forgotten password locks you out of this account.")).toBeVisible();
  await expect(page.getByText(/owner of your family space/)).toHaveCount(0);
});
