import { test, expect } from "./support/test";
import { createFamily, newPerson, signUp, signUpCounselor } from "./support/people";

const MARKER = "MARKER-7f3a9c";

test("a family's notes and private entries never reach a counselor, at any access level, on any route", async ({ tabs }) => {
  test.setTimeout(180_000);
  // The family: shared and private check-ins carrying the marker in every free-text field.
  const owner = await tabs.newPage();
  await signUp(owner, newPerson("Marker"));
  const familyId = await createFamily(owner, "The Marker family");
  for (const [note, privately] of [[`shared NOTE-${MARKER}`, false], [`private NOTE-${MARKER}`, true]] as const) {
    await owner.goto(`/family/${familyId}/check-ins/new`);
    await owner.getByText("Show the warning signs").click();
    await owner.getByLabel("Talking about using again", { exact: true }).check();
    await owner.getByLabel("Anything else you noticed?").fill(`OTHER-${MARKER}`);
    await owner.getByRole("group", { name: "How worried are you today?" }).getByLabel("4: Very worried").check();
    await owner.getByRole("group", { name: "How are you doing yourself?" }).getByLabel("1: Struggling a lot").check();
    await owner.getByLabel("Note").fill(note);
    if (privately) await owner.getByLabel(/^Only me/).check();
    await owner.getByRole("button", { name: "Save check-in" }).click();
    await expect(owner).not.toHaveURL(/\/new$/);
  }

  // The counselor, connected at "nothing yet".
  const counselor = await tabs.newPage();
  const counselorPerson = newPerson("Morgan");
  await signUpCounselor(counselor, counselorPerson);
  await counselor.getByRole("button", { name: "Create a link to connect a family" }).click();
  const connect = (await counselor.getByTestId("connection-link").innerText()).trim();
  await counselor.goto("/counselor/links");
  await counselor.getByLabel("Triggers").check();
  await counselor.getByRole("button", { name: "Create the link" }).click();
  const shared = (await counselor.getByTestId("reading-list-link").innerText()).trim();
  await owner.goto(connect);
  await owner.locator("#level-none").check();
  await owner.getByRole("button", { name: "Connect" }).click();
  await expect(owner).toHaveURL(/\/counselors/);
  await counselor.goto("/counselor");
  await expect(counselor.getByRole("button", { name: "Create a link to connect a family" })).toBeVisible();
  await counselor.getByRole("button", { name: "Create a link to connect a family" }).click();
  const unusedConnect = (await counselor.getByTestId("connection-link").innerText()).trim();

  const routes = [
    "/counselor",
    "/counselor/links",
    "/counselor/become",
    `/counselor/families/${familyId}`,
    new URL(shared).pathname,
    new URL(unusedConnect).pathname,
    `/family/${familyId}`,
    `/family/${familyId}/check-ins`,
    `/family/${familyId}/plan`,
    `/family/${familyId}/plan/print`,
    `/family/${familyId}/counselors`,
    `/family/${familyId}/export/json`,
    `/family/${familyId}/export/csv`,
    "/api/auth/get-session",
  ];

  for (const level of ["none", "plan", "plan_summary"]) {
    await owner.goto(`/family/${familyId}/counselors`);
    await owner.locator(`#level-${level}`).check();
    await owner.getByRole("button", { name: "Save what they may see" }).click();
    await expect(owner.getByText(/Saved\./)).toBeVisible();
    const answered = new Set<string>();
    for (const path of routes) {
      for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
        const response = await counselor.request.get(path, { headers, maxRedirects: 0 });
        const body = await response.text();
        expect(body, `${path} at level ${level}${"RSC" in headers ? " (RSC)" : ""}`).not.toContain(MARKER);
        if (response.status() === 200) answered.add(path);
        else if ("RSC" in headers) expect(response.status(), `${path} (RSC)`).toBeLessThan(500);
      }
    }
    // the counselor's own routes really answered (this is not a test of 404 pages only)
    for (const path of routes.slice(0, 6)) expect(answered, path).toContain(path);
    for (const path of routes.slice(6, 13)) expect(answered, `${path} is the family's own`).not.toContain(path);
    if (level === "plan_summary") {
      const summary = await counselor.request.get(`/counselor/families/${familyId}`);
      expect(await summary.text()).toContain("Check-in summary");
    }
  }
});
