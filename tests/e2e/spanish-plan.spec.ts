import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { PLAN_PARTS } from "../../components/family/plan/parts";
import { englishLeft } from "./support/english-left";
import { createFamily, newPerson, signUp } from "./support/people";
import { setLocale } from "./support/sessions";

/**
 * The safety plan and the relapse moment for a Spanish reader (issue 18), on a phone: the family's
 * own "right now" after a "may have used" check-in, each part of the plan with a refusal and a
 * save, the plan, its past versions and the printed copy. No English sentence on any of them.
 */
const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

const SHOTS = "docs/screenshots/spanish";

async function noEnglish(page: Page, own: string[] = []) {
  expect(await englishLeft(page, own)).toEqual([]);
}

/** A "may have used" check-in through the English form (the check-ins area has its own Spanish spec). */
async function mayHaveUsed(page: Page, familyId: string) {
  await page.goto(`/family/${familyId}/check-ins/new`);
  await page.getByLabel(/may have used/).check();
  await page.getByRole("group", { name: "How worried are you today?" }).getByLabel("4: Very worried").check();
  await page.getByRole("group", { name: "How are you doing yourself?" }).getByLabel("2: Having a hard time").check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page).toHaveURL(new RegExp(`/family/${familyId}/check-ins/right-now\\?checkIn=[^&#]+$`));
  return page.url();
}

test("a Spanish reader: the relapse moment, each part of the plan, the plan, its versions and the printed copy", async ({ page }) => {
  test.setTimeout(240_000);
  const person = newPerson("Rosa");
  const family = "La familia Rivera";
  const own = [person.name, family, "Tía Marta", "Cajón de la cocina, junto al fregadero", "555-010-0100", "llámela"];
  await signUp(page, person);
  const familyId = await createFamily(page, family);
  const rightNow = await mayHaveUsed(page, familyId);
  setLocale(person.email, "es");

  // The landing after "may have used": act first, then the (empty) plan, then who was told.
  await page.goto(rightNow);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page).toHaveTitle(/^Ahora mismo/);
  await expect(page.getByRole("heading", { level: 1, name: "Ahora mismo" })).toBeVisible();
  await expect(page.locator("main a[href='tel:911']").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Su plan" })).toBeVisible();
  await expect(page.getByText("Su familia todavía no ha escrito un plan.", { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { name: "A quién avisamos" })).toBeVisible();
  await expect(page.getByText("Su registro está guardado.", { exact: false })).toBeVisible();
  await expect(page.getByText("No avisamos a nadie. Usted es la única persona en este espacio familiar.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Dé naloxona: todos los pasos, en orden" })).toBeVisible();
  await noEnglish(page, own);

  // The naloxone, written from there: the form goes back to "right now".
  await page.getByRole("link", { name: "Escribir dónde está" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "En una emergencia" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Volver a Ahora mismo" })).toBeVisible();
  await noEnglish(page, own);
  await page.getByLabel("Dónde está la naloxona").fill("Cajón de la cocina, junto al fregadero");
  await page.getByLabel("Fecha de vencimiento en la caja").fill("2024-01-31");
  await page.getByRole("button", { name: "Guardar esta parte" }).click();
  await expect(page).toHaveURL(/\/check-ins\/right-now\?.*saved=emergency/);
  await expect(page.getByText("Guardado en su plan. Todos en su espacio familiar ya pueden verlo.")).toBeVisible();
  await expect(page.getByText("Su naloxona está en")).toBeVisible();
  await expect(page.getByText("Su naloxona venció el 31 de enero de 2024.")).toBeVisible();
  await noEnglish(page, own);

  // People to call: a phone that is not a number is refused, in Spanish, next to the field and in the summary.
  await page.goto(`/family/${familyId}/plan/edit/people`);
  await expect(page).toHaveTitle(/^Cambiar: A quién llamar/);
  await page.getByLabel("Nombre").first().fill("Tía Marta");
  await page.getByLabel("Teléfono").first().fill("llámela");
  await page.getByRole("button", { name: "Guardar esta parte" }).click();
  const phoneError = "Use solo números, espacios y + - ( ). Por ejemplo: 555-123-4567.";
  await expect(page.locator('[id="people.0.phone-error"]')).toContainText(phoneError);
  await expect(page.locator(".error-summary")).toContainText(`Persona 1: Teléfono: ${phoneError}`);
  await expect(page.getByLabel("Nombre").first()).toHaveValue("Tía Marta");
  await noEnglish(page, own);
  await page.getByLabel("Teléfono").first().fill("555-010-0100");
  await page.getByRole("button", { name: "Guardar esta parte" }).click();
  await expect(page).toHaveURL(/\/plan\?saved=people#part-people/);
  const saved = page.getByTestId("saved-part");
  await expect(saved.getByText("Guardado. Todos en su espacio familiar ya pueden verlo.")).toBeVisible();
  await expect(saved.getByRole("link", { name: "Siguiente: Equipo de tratamiento" })).toBeVisible();

  // A response chosen from the Spanish catalogue.
  await page.goto(`/family/${familyId}/plan/edit/responses`);
  await page.getByLabel("Mantenga la calma", { exact: true }).check();
  await page.getByRole("button", { name: "Guardar esta parte" }).click();
  await expect(page).toHaveURL(/saved=responses/);

  // The plan itself.
  await page.goto(`/family/${familyId}/plan`);
  await expect(page).toHaveTitle(/^Plan de seguridad/);
  await expect(page.getByRole("heading", { level: 1, name: "El plan de seguridad de su familia" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Si cree que es una sobredosis" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Llamar al 555-010-0100" })).toBeVisible();
  await expect(page.getByText(/^Lo guardó por última vez Rosa el \d+ de \w+ de \d{4} a las? \d+:\d\d [ap]\.m\./)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nuestro plan sin señal" })).toBeVisible();
  await noEnglish(page, own);
  if (process.env.SHOTS) mkdirSync(SHOTS, { recursive: true });
  // SHOTS=1 writes the screenshot issue 18 asks for (not on every run: the tree stays clean).
  if (process.env.SHOTS) await page.screenshot({ path: `${SHOTS}/plan-390.png` });

  // Every part's form, and the list of parts.
  await page.goto(`/family/${familyId}/plan/edit`);
  await expect(page.getByRole("heading", { level: 1, name: "Cambie su plan de seguridad" })).toBeVisible();
  await noEnglish(page, own);
  for (const part of PLAN_PARTS) {
    await page.goto(`/family/${familyId}/plan/edit/${part.id}`);
    await expect(page.getByRole("button", { name: "Guardar esta parte" })).toBeVisible();
    await noEnglish(page, own);
  }

  // Past versions, and an older one.
  await page.goto(`/family/${familyId}/plan/history`);
  await expect(page.getByRole("heading", { level: 1, name: "Versiones anteriores de su plan" })).toBeVisible();
  await expect(page.getByText("(el plan actual)")).toBeVisible();
  await noEnglish(page, own);
  await page.getByRole("link", { name: "Versión 1", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Versión 1 de su plan" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Usar esta versión como plan actual" })).toBeVisible();
  await noEnglish(page, own);

  // The printed copy.
  await page.goto(`/family/${familyId}/plan/print`);
  await expect(page.getByRole("heading", { level: 1, name: `Plan de seguridad: ${family}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Números de crisis" })).toBeVisible();
  await noEnglish(page, own);

  // Back to "right now": the plan's naloxone, a call button, the chosen response.
  await page.goto(rightNow);
  await expect(page.getByRole("link", { name: /Llamar a Tía Marta/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Lo que vamos a hacer" })).toBeVisible();
  await expect(page.getByText("Mantenga la calma", { exact: true })).toBeVisible();
  await noEnglish(page, own);
  await page.evaluate(() => window.scrollTo(0, 0));
  // SHOTS=1 writes the screenshot issue 18 asks for (not on every run: the tree stays clean).
  if (process.env.SHOTS) await page.screenshot({ path: `${SHOTS}/relapse-moment-390.png` });
});
