import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import Database from "better-sqlite3";
import { createHash, randomBytes } from "node:crypto";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { axeViolations } from "./support/axe";
import { englishLeft } from "./support/english-left";
import { PHONE } from "./support/family-of-two";
import { createFamily, newPerson, signUp, type Person } from "./support/people";
import { setLocale } from "./support/sessions";
import { chooseUnofferedOption } from "./support/tamper";

// The notifications area for a person who reads Spanish (issue 18): the notifications page and its
// forms, the unsubscribe page and its one-click answer, and the export's words. The English
// screens: notifications.spec.ts; the emails themselves: tests/integration/mail-leak.test.ts.

const FAMILY = "La familia Rivera";

let database: Database.Database | undefined;
const db = () => (database ??= new Database(E2E_DATABASE_URL.slice("file:".length), { timeout: 10_000 }));
const stamp = (date: Date) => date.toISOString().replace("Z", "+00:00");
const userId = (email: string) => (db().prepare(`SELECT id FROM "user" WHERE email = ?`).get(email.toLowerCase()) as { id: string }).id;

/**
 * An email already sent to this person (the main server sends none: mail is off), with the
 * unsubscribe token its link would carry; only the token's hash is stored, as the outbox does.
 */
function sentEmail(person: Person, familyId: string, kind = "alert"): string {
  const token = randomBytes(32).toString("base64url");
  const now = stamp(new Date());
  db()
    .prepare(
      `INSERT INTO "MailOutbox" (id, userId, familyId, kind, toAddress, subject, text, unsubscribeHash, status, attempts, nextAttemptAt, sentAt, createdAt) VALUES (?, ?, ?, ?, ?, 'Algo nuevo en su espacio familiar', '-', ?, 'sent', 1, ?, ?, ?)`,
    )
    .run(randomBytes(12).toString("hex"), userId(person.email), familyId, kind, person.email.toLowerCase(), createHash("sha256").update(token).digest("hex"), now, now, now);
  return token;
}

/** A second member, joined straight in the database (joining has its own specs). */
function join(person: Person, familyId: string) {
  db()
    .prepare(`INSERT INTO "Membership" (id, familyId, userId, role, createdAt) VALUES (?, ?, ?, 'member', ?)`)
    .run(randomBytes(12).toString("hex"), familyId, userId(person.email), stamp(new Date()));
}

/** The page has no English left beside what the person wrote. */
async function spanishPage(page: Page, allow: string[]) {
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  expect(await englishLeft(page, allow)).toEqual([]);
}

test("the notifications page in Spanish: choices, a refused hour, saves (phone)", async ({ tabs }) => {
  test.setTimeout(120_000);
  const owner = await tabs.newPage({ viewport: PHONE });
  const ana = newPerson("Ana");
  await signUp(owner, ana);
  const familyId = await createFamily(owner, FAMILY);
  setLocale(ana.email, "es");
  const own = [FAMILY, ana.name];

  await owner.goto(`/family/${familyId}/notifications`);
  await expect(owner.getByRole("heading", { level: 1, name: "Avisos" })).toBeVisible();
  await expect(owner).toHaveTitle(/^Avisos/);
  await expect(owner.getByLabel("Cuando alguien anota que su ser querido puede haber consumido")).toBeChecked();
  await expect(owner.getByLabel("Un recordatorio para escribir un registro")).not.toBeChecked();
  await expect(owner.getByText("Este sitio no envía correos.")).toBeVisible();
  await expect(owner.getByLabel("Día").locator("option", { hasText: "Los lunes" })).toHaveCount(1);
  await expect(owner.getByLabel("Hora").locator("option[value='19']")).toHaveText("7 p.m.");
  await spanishPage(owner, own);
  expect(await axeViolations(owner)).toEqual([]);
  // SHOTS=1 writes the screenshot issue 18 asks for (not on every run: the tree stays clean).
  if (process.env.SHOTS) await owner.screenshot({ path: "docs/screenshots/spanish/notifications-390.png", fullPage: true });

  // A tampered hour: the Spanish refusal next to the field, the ticks kept.
  await owner.getByLabel("Un recordatorio para escribir un registro").check();
  await chooseUnofferedOption(owner, "#reminderHour", "25");
  await owner.getByRole("button", { name: "Guardar mis opciones" }).click();
  await expect(owner.locator("#reminderHour-error")).toContainText("Elija una hora de la lista.");
  await expect(owner.getByLabel("Un recordatorio para escribir un registro")).toBeChecked();
  await spanishPage(owner, [...own, "25"]);

  // A good save, confirmed in Spanish, and kept.
  await owner.goto(`/family/${familyId}/notifications`);
  await owner.getByLabel("Un recordatorio para escribir un registro").check();
  await owner.getByLabel("Día").selectOption("monday");
  await owner.getByLabel("Hora").selectOption("7");
  await owner.getByRole("button", { name: "Guardar mis opciones" }).click();
  await expect(owner.getByText("Guardado. Estas son sus opciones para este espacio familiar.")).toBeVisible();
  await spanishPage(owner, own);
  await owner.reload();
  await expect(owner.getByLabel("Un recordatorio para escribir un registro")).toBeChecked();
  await expect(owner.getByLabel("Día")).toHaveValue("monday");

  // Quiet days: the owner chooses; a member reads the choice in Spanish.
  await owner.getByLabel("La familia está en silencio después de").selectOption("5");
  await owner.getByRole("button", { name: "Guardar para la familia" }).click();
  await expect(owner.getByText("Guardado para toda la familia.")).toBeVisible();
  await spanishPage(owner, own);
  const member = await tabs.newPage({ viewport: PHONE });
  const luis = newPerson("Luis");
  await signUp(member, luis);
  join(luis, familyId);
  setLocale(luis.email, "es");
  await member.goto(`/family/${familyId}/notifications`);
  await expect(member.getByText("El dueño de la familia eligió 5 días sin registros.")).toBeVisible();
  await expect(member.getByLabel("La familia está en silencio después de")).toHaveCount(0);
  await spanishPage(member, [FAMILY, luis.name]);

  // The export's words follow the language too (the JSON's field names stay English keys).
  const csv = await owner.request.get(`/family/${familyId}/export/csv`);
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split("\r\n")[0]).toMatch(/^"Fecha","Escrito por","Quién lo ve"/);
  const json = await (await owner.request.get(`/family/${familyId}/export/json`)).json();
  expect(json.note).toBe("Los registros incluyen los que se comparten con la familia y los suyos privados.");
});

test("the unsubscribe page in Spanish: asks, stops that kind, answers in the email's language", async ({ tabs }) => {
  test.setTimeout(120_000);
  const page = await tabs.newPage({ viewport: PHONE });
  const ana = newPerson("Ana");
  await signUp(page, ana);
  const familyId = await createFamily(page, FAMILY);
  setLocale(ana.email, "es");

  // A link that no longer works.
  await page.goto(`/unsubscribe/${"A".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Este enlace ya no funciona" })).toBeVisible();
  await spanishPage(page, [ana.name]);

  // The link from her email: it asks first, in Spanish; the button stops alerts.
  await page.goto(`/unsubscribe/${sentEmail(ana, familyId)}`);
  await expect(page.getByRole("heading", { level: 1, name: "¿Dejar de recibir estos correos?" })).toBeVisible();
  await expect(page).toHaveTitle(/^Dejar de recibir estos correos/);
  await spanishPage(page, [ana.name]);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Dejar de recibir este tipo de correo" }).click();
  await expect(page.getByText("Ya no recibirá este tipo de correo.")).toBeVisible();
  await spanishPage(page, [ana.name]);
  await page.goto(`/family/${familyId}/notifications`);
  await expect(page.getByLabel("Cuando alguien anota que su ser querido puede haber consumido")).not.toBeChecked();

  // Opened on a browser that was never told a language, signed out: the page speaks the email's language.
  const stranger = await tabs.newPage({ viewport: PHONE });
  const token = sentEmail(ana, familyId, "weekly");
  await stranger.goto(`/unsubscribe/${token}`);
  await expect(stranger.getByRole("heading", { level: 1, name: "¿Dejar de recibir estos correos?" })).toBeVisible();
  await expect(stranger.locator("main div.page[lang='es']")).toBeVisible();
  // A mail program's one-click POST gets its answer in that language too.
  const oneClick = await stranger.request.post(`/api/unsubscribe/${token}`, { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.status()).toBe(200);
  expect(await oneClick.text()).toBe("Ya no recibirá este tipo de correo.\n");
});
