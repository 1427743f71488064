import { readFileSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { test, expect, pageIn } from "./support/test";
import type { Page } from "@playwright/test";
import { E2E_BASE_URL, E2E_DATABASE_URL } from "../../playwright.config";
import { axe } from "./support/axe";
import { englishLeft } from "./support/english-left";
import { PHONE } from "./support/family-of-two";
import { newPerson, signUp } from "./support/people";
import { setLocale } from "./support/sessions";
import { addDays, latestToday } from "../../lib/dates";
import es from "../../messages/es/family.json" with { type: "json" };

// The family space in Spanish (issue 18, decision 052): a person whose saved language is Spanish
// creates a family, reads the dashboard, invites someone (who reads the invitation in Spanish,
// signed out and signed in), manages members, and deletes the family; the other member is told in
// Spanish. On every screen, no English sentence is left (englishLeft), beyond the person's own words.

const CATALOGUE = join(process.cwd(), "content", "es", "catalogue");
const triggers = JSON.parse(readFileSync(join(CATALOGUE, "triggers.json"), "utf8")) as { groups: { id: string; name: string; triggers: { id: string; label: string }[] }[] };
const stressLabel = triggers.groups.flatMap((g) => g.triggers).find((t) => t.id === "emotional.stress")!.label;

const FAMILY = "Familia Rivera";

function sqlite() {
  return new Database(E2E_DATABASE_URL.slice("file:".length), { timeout: 10_000 });
}

/**
 * Check-ins written straight into the e2e database (the check-in form is another area's, and this
 * spec is about the dashboard): shared, by the owner, `daysAgo` before today, with signs and triggers.
 */
function addCheckIns(familyId: string, email: string, entries: { daysAgo: number; signs: string[]; triggers: string[]; useSuspected?: boolean; wellbeing: number }[]) {
  const db = sqlite();
  const stamp = (date: Date) => date.toISOString().replace("Z", "+00:00");
  const id = () => `e2e${randomBytes(12).toString("hex")}`;
  const author = (db.prepare(`SELECT id FROM "user" WHERE email = ?`).get(email.toLowerCase()) as { id: string }).id;
  const today = latestToday();
  const write = db.transaction(() => {
    for (const entry of entries) {
      const day = stamp(new Date(`${addDays(today, -entry.daysAgo)}T00:00:00Z`));
      const now = stamp(new Date());
      const checkInId = id();
      db.prepare(
        `INSERT INTO "CheckIn" (id, familyId, authorId, date, worry, wellbeing, shared, useSuspected, createdAt, updatedAt) VALUES (?, ?, ?, ?, 3, ?, 1, ?, ?, ?)`,
      ).run(checkInId, familyId, author, day, entry.wellbeing, entry.useSuspected ? 1 : 0, now, now);
      for (const sign of entry.signs) {
        db.prepare(`INSERT INTO "CheckInSign" (id, checkInId, familyId, authorId, shared, date, stageId, signId) VALUES (?, ?, ?, ?, 1, ?, ?, ?)`).run(
          id(), checkInId, familyId, author, day, sign.split(".")[0], sign,
        );
      }
      for (const trigger of entry.triggers) {
        db.prepare(`INSERT INTO "CheckInTrigger" (id, checkInId, familyId, authorId, shared, date, groupId, triggerId) VALUES (?, ?, ?, ?, 1, ?, ?, ?)`).run(
          id(), checkInId, familyId, author, day, trigger.split(".")[0], trigger,
        );
      }
    }
  });
  write();
  db.close();
}

async function spanishOnly(page: Page, own: string[]) {
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  expect(await englishLeft(page, own)).toEqual([]);
}

test("the family space in Spanish: create, dashboard, members, invitation, settings, delete", async ({ tabs }) => {
  test.setTimeout(180_000);
  const rosa = newPerson("Rosa");
  const luis = newPerson("Luis");
  const owner = await tabs.newPage({ viewport: PHONE });
  await signUp(owner, rosa);
  setLocale(rosa.email, "es");

  // /family: a mistake first (no name), the error in Spanish next to the field; then created.
  await owner.goto("/family");
  await expect(owner.getByRole("heading", { level: 1, name: es.Family.heading })).toBeVisible();
  await expect(owner).toHaveTitle(new RegExp(es.Family.metaTitle));
  await spanishOnly(owner, [rosa.name]);
  await owner.getByRole("button", { name: es.Family.form.submit }).click();
  await expect(owner.locator("#name-error")).toContainText(es.Family.errors.nameMissing);
  await owner.getByLabel(es.Family.form.name).fill(FAMILY);
  await owner.getByRole("button", { name: es.Family.form.submit }).click();
  await expect(owner).toHaveURL(/\/family\/[^/]+$/);
  const familyId = owner.url().split("/family/")[1]!;

  // The empty dashboard, and the tabs (with "Más" open: the other pages and the account).
  await expect(owner.getByRole("heading", { level: 1, name: es.Dashboard.heading })).toBeVisible();
  await expect(owner.getByRole("heading", { name: es.Dashboard.empty.heading })).toBeVisible();
  await spanishOnly(owner, [FAMILY, rosa.name]);
  await owner.locator(".family-tab-more summary").click();
  await expect(owner.locator(".family-tab-more").getByRole("link", { name: es.FamilyNav.members })).toBeVisible();
  await spanishOnly(owner, [FAMILY, rosa.name]);
  await owner.keyboard.press("Escape");

  // A few check-ins: the dashboard names stages and triggers from the Spanish catalogue.
  addCheckIns(familyId, rosa.email, [
    { daysAgo: 1, signs: ["mental.cravings", "mental.old-contacts"], triggers: ["emotional.stress"], wellbeing: 2, useSuspected: true },
    { daysAgo: 4, signs: ["mental.just-once", "emotional.isolating"], triggers: ["emotional.stress"], wellbeing: 2 },
    { daysAgo: 17, signs: ["emotional.isolating", "emotional.poor-sleep"], triggers: [], wellbeing: 3 },
  ]);
  await owner.goto(`/family/${familyId}`);
  await expect(owner.getByRole("heading", { name: es.Dashboard.stageHeading })).toBeVisible();
  await expect(owner.getByText(/la mayoría de las señales anotadas en su espacio familiar fueron de recaída mental/)).toBeVisible();
  await expect(owner.getByText(es.Dashboard.usedOnce)).toBeVisible();
  await expect(owner.getByText(stressLabel)).toBeVisible();
  await expect(owner.getByText("(anotado 2 veces)")).toBeVisible();
  await expect(owner.locator("figure svg[role=img]").first()).toHaveAttribute("aria-label", /^Gráfica de barras de las señales anotadas/);
  await spanishOnly(owner, [FAMILY, rosa.name]);
  // SHOTS=1 writes the screenshot issue 18 asks for (not on every run: the tree stays clean).
  if (process.env.SHOTS) await owner.screenshot({ path: "docs/screenshots/spanish/family-390.png" });
  expect((await axe(owner)).violations.map((v) => v.id)).toEqual([]);
  // The tables behind "Ver estas cifras en una tabla" are Spanish too.
  for (const summary of await owner.getByText(es.Dashboard.chart.showTable).all()) await summary.click();
  await expect(owner.getByRole("columnheader", { name: es.Dashboard.chart.allSigns })).toBeVisible();
  await spanishOnly(owner, [FAMILY, rosa.name]);

  // Members: invite someone.
  await owner.goto(`/family/${familyId}/members`);
  await expect(owner.getByRole("heading", { level: 1, name: es.Members.heading })).toBeVisible();
  await spanishOnly(owner, [FAMILY, rosa.name]);
  await owner.getByRole("button", { name: es.Members.forms.invite }).click();
  const link = (await owner.getByTestId("invite-link").innerText()).trim();
  await expect(owner.getByRole("button", { name: es.Members.forms.inviteAgain })).toBeVisible();
  await spanishOnly(owner, [FAMILY, rosa.name, link]);

  // The invitation, signed out, in a browser that chose Spanish; a broken link too.
  const stranger = await tabs.newContext({ viewport: PHONE });
  await stranger.addCookies([{ name: "steady-lang", value: "es", url: E2E_BASE_URL }]);
  const guest = await pageIn(stranger);
  await guest.goto(new URL(link).pathname);
  await expect(guest.getByRole("heading", { level: 1, name: `Lo invitan a entrar a ${FAMILY}` })).toBeVisible();
  await expect(guest.getByRole("link", { name: es.Invite.createAccount })).toBeVisible();
  await spanishOnly(guest, [FAMILY]);
  await guest.goto("/invite/not-a-real-invitation-token");
  await expect(guest.getByRole("heading", { level: 1, name: es.Invite.brokenHeading })).toBeVisible();
  await spanishOnly(guest, []);
  // The family space, signed out: what it is, in Spanish.
  await guest.goto("/family");
  await expect(guest.getByRole("heading", { level: 1, name: es.Family.intro.heading })).toBeVisible();
  await spanishOnly(guest, []);

  // The invitee, signed in and reading Spanish, joins.
  const member = await tabs.newPage({ viewport: PHONE });
  await signUp(member, luis);
  setLocale(luis.email, "es");
  await member.goto(new URL(link).pathname);
  await expect(member.getByRole("heading", { level: 1, name: `Lo invitan a entrar a ${FAMILY}` })).toBeVisible();
  await spanishOnly(member, [FAMILY, luis.name]);
  await member.getByRole("button", { name: `Entrar a ${FAMILY}` }).click();
  await expect(member).toHaveURL(new RegExp(`/family/${familyId}\\?joined=1$`));
  await expect(member.getByRole("status").filter({ hasText: `Ya es miembro de ${FAMILY}.` })).toBeVisible();
  await spanishOnly(member, [FAMILY, luis.name]);
  await member.goto(`/family/${familyId}/members`);
  await expect(member.getByRole("heading", { name: es.Members.leaveHeading })).toBeVisible();
  await spanishOnly(member, [FAMILY, luis.name, rosa.name]);

  // The owner's members page with a member: reset links, hand-over, remove. A new invitation,
  // revoked: the confirmation in Spanish.
  await owner.goto(`/family/${familyId}/members`);
  await expect(owner.getByRole("heading", { name: es.Members.handOverHeading })).toBeVisible();
  await expect(owner.getByRole("button", { name: `Quitar a ${luis.name}` })).toBeVisible();
  await spanishOnly(owner, [FAMILY, rosa.name, luis.name]);
  expect((await axe(owner)).violations.map((v) => v.id)).toEqual([]);
  await owner.getByRole("button", { name: es.Members.forms.invite }).click();
  await expect(owner.getByTestId("invite-link")).toBeVisible();
  await owner.goto(`/family/${familyId}/members`);
  await expect(owner.getByRole("heading", { name: es.Members.invitesHeading })).toBeVisible();
  await spanishOnly(owner, [FAMILY, rosa.name, luis.name]);
  await owner.getByRole("button", { name: es.Members.forms.revoke }).click();
  // The page is drawn again at once (the link is no longer open, so its form and message go): the list says so.
  await expect(owner.getByRole("listitem").filter({ hasText: `· ${es.Members.status.revoked}` })).toBeVisible();
  await expect(owner.getByRole("button", { name: es.Members.forms.revoke })).toHaveCount(0);
  // Hand-over with nobody chosen: the error next to the choice.
  await owner.getByRole("button", { name: es.Members.forms.handOver, exact: true }).click();
  await expect(owner.locator("#newOwner-error")).toContainText(es.Members.errors.chooseMember);

  // Settings: a wrong name first, then the family is deleted.
  await owner.goto(`/family/${familyId}/settings`);
  await expect(owner.getByRole("heading", { level: 1, name: es.FamilySettings.heading })).toBeVisible();
  await expect(owner).toHaveTitle(new RegExp(es.FamilySettings.metaTitle));
  await spanishOnly(owner, [FAMILY, rosa.name]);
  await owner.getByLabel(`Escriba el nombre de la familia para confirmar: ${FAMILY}`).fill("Familia Rivero");
  await owner.getByRole("button", { name: es.FamilySettings.deleteSubmit }).click();
  await expect(owner.locator("#confirmName-error")).toContainText(`Escriba el nombre de la familia tal como es: ${FAMILY}`);
  await owner.getByLabel(`Escriba el nombre de la familia para confirmar: ${FAMILY}`).fill(FAMILY);
  await owner.getByRole("button", { name: es.FamilySettings.deleteSubmit }).click();
  await expect(owner).toHaveURL(/\/family\?deleted=1$/);
  const notice = owner.getByTestId("family-deleted");
  await expect(notice).toContainText(`Se eliminó el espacio familiar ${FAMILY}.`);
  await expect(notice).toContainText("Se borró para siempre: 3 registros, el plan de seguridad, 2 membresías, 0 invitaciones abiertas");
  await spanishOnly(owner, [FAMILY, rosa.name]);

  // The member is told, in Spanish.
  await member.goto(`/family/${familyId}`);
  await expect(member).toHaveURL(new RegExp(`/family/deleted/${familyId}$`));
  await expect(member.getByRole("heading", { level: 1, name: es.FamilyDeleted.heading })).toBeVisible();
  await spanishOnly(member, [luis.name]);
});
