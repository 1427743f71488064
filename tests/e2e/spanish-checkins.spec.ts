import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { englishLeft } from "./support/english-left";
import { createFamily, newPerson, signUp } from "./support/people";
import { setLocale } from "./support/sessions";

// Check-ins in Spanish (issue 18, decision 052): a person whose saved language is Spanish meets no
// English sentence on the timeline, the new check-in form (quick and full), the edit page and
// deleting; the signs and triggers are the Spanish catalogue's; refusals are Spanish, next to their field.
test.use({ viewport: { width: 390, height: 844 } });

const FAMILY = "Familia Ortega";
const OTHER_SIGNS = "Duerme casi todo el día";
const NOTE = "Hablamos un rato en la cena";
const NOTE_CHANGED = "Hablamos otra vez por la mañana";

/** The page has no English left, beside what the person wrote themselves. */
async function allSpanish(page: Page, own: string[]) {
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  expect(await englishLeft(page, own)).toEqual([]);
}

test("a Spanish reader adds a quick and a full check-in, filters, edits and deletes, all in Spanish", async ({ page }) => {
  test.setTimeout(120_000);
  const person = newPerson("Marisol");
  await signUp(page, person);
  const familyId = await createFamily(page, FAMILY);
  setLocale(person.email, "es");
  const own = [person.name, FAMILY, OTHER_SIGNS, NOTE, NOTE_CHANGED];
  const list = `/family/${familyId}/check-ins`;

  // The empty timeline.
  await page.goto(list);
  await expect(page.getByRole("heading", { level: 1, name: "Registros" })).toBeVisible();
  await expect(page).toHaveTitle(/Registros/);
  await expect(page.getByRole("heading", { name: "Todavía no hay registros" })).toBeVisible();
  await allSpanish(page, own);

  // The form, then a mistake: a day still to come and no answers. Spanish, next to each field.
  await page.goto(`${list}/new`);
  await expect(page.getByRole("heading", { level: 1, name: "Agregar un registro" })).toBeVisible();
  await expect(page).toHaveTitle(/Agregar un registro/);
  await expect(page.getByRole("link", { name: "Busque ayuda ahora" })).toHaveAttribute("href", "/es/crisis");
  await allSpanish(page, own);
  await page.getByLabel("Fecha").fill("2099-01-01");
  await page.getByRole("button", { name: "Guardar registro" }).click();
  await expect(page.locator("#date-error")).toContainText("Esta fecha todavía no llega. Elija hoy o un día anterior.");
  await expect(page.locator("#worry-error")).toContainText("Elija cuánto le preocupa, del 1 al 5.");
  await expect(page.locator("#wellbeing-error")).toContainText("Elija cómo está usted, del 1 al 5.");
  await allSpanish(page, own);

  // A quick check-in: the two answers, then "Guardar ahora".
  await page.goto(`${list}/new`);
  await page.getByRole("group", { name: "¿Cuánto le preocupa hoy?" }).getByLabel("2: Me preocupa un poco").check();
  await page.getByRole("group", { name: "¿Cómo está usted?" }).getByLabel("4: Estoy bastante bien").check();
  await page.getByRole("button", { name: "Guardar ahora" }).click();
  await expect(page).toHaveURL(new RegExp(`/family/${familyId}/check-ins\\?done=saved`));
  await expect(page.getByRole("status")).toHaveText("Su registro está guardado.");
  await expect(page.getByText("Preocupación")).toBeVisible();
  await expect(page.getByText("2 de 5: Me preocupa un poco")).toBeVisible();
  await allSpanish(page, own);

  // A full check-in: signs and triggers from the Spanish catalogue, own words, only for me.
  await page.goto(`${list}/new`);
  await page.getByText("Mostrar las señales de alerta").click();
  await expect(page.getByRole("heading", { name: "Señales de recaída emocional" })).toBeVisible();
  await page.getByLabel("Se aleja de la familia y los amigos", { exact: true }).check();
  await page.getByLabel("¿Vio algo más?").fill(OTHER_SIGNS);
  await page.getByText("Mostrar la lista de desencadenantes").click();
  await page.getByLabel("Estrés que parece demasiado para aguantar", { exact: true }).check();
  await page.getByRole("group", { name: "¿Cuánto le preocupa hoy?" }).getByLabel("3: Me preocupa bastante").check();
  await page.getByRole("group", { name: "¿Cómo está usted?" }).getByLabel("2: Lo estoy pasando mal").check();
  await page.getByLabel("Nota").fill(NOTE);
  await page.getByLabel(/^Solo yo/).check();
  await allSpanish(page, own);
  await page.getByRole("button", { name: "Guardar registro" }).click();
  await expect(page).toHaveURL(/done=saved/);
  const cards = page.getByRole("list", { name: "Registros, primero lo más reciente" }).getByRole("article");
  await expect(cards).toHaveCount(2);
  const full = cards.first();
  await expect(full).toContainText("Lo agregó usted.");
  await expect(full).toContainText("Privado: solo usted puede verlo.");
  await expect(full).toContainText("Recaída emocional: Se aleja de la familia y los amigos");
  await expect(full).toContainText("Estrés que parece demasiado para aguantar (desencadenantes emocionales)");
  await expect(full.getByRole("heading", { name: "Posibles desencadenantes" })).toBeVisible();
  await expect(page.getByText("Registros 1 a 2 de 2.")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/spanish-checkins-390.png" });
  await allSpanish(page, own);

  // The filters: a stage, in Spanish.
  await page.getByLabel("Etapa").selectOption({ label: "Señales de recaída emocional" });
  await page.getByRole("button", { name: "Mostrar", exact: true }).click();
  await expect(page).toHaveURL(/stage=emotional/);
  await expect(cards).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Quitar filtros" })).toBeVisible();
  await allSpanish(page, own);

  // Edit: the form comes back filled, in Spanish; the change is saved.
  await cards.first().getByRole("link", { name: /^Cambiar o eliminar el registro del / }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cambiar su registro" })).toBeVisible();
  await expect(page).toHaveTitle(/Cambiar un registro/);
  await expect(page.getByLabel("Se aleja de la familia y los amigos", { exact: true })).toBeChecked();
  await allSpanish(page, own);
  await page.getByLabel("Nota").fill(NOTE_CHANGED);
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page).toHaveURL(/done=updated/);
  await expect(page.getByRole("status")).toHaveText("Sus cambios están guardados.");
  await expect(page.getByText(NOTE_CHANGED)).toBeVisible();

  // Delete: without the tick, a Spanish refusal next to the box; with it, gone.
  await cards.first().getByRole("link", { name: /^Cambiar o eliminar/ }).click();
  await page.getByRole("button", { name: "Eliminar este registro" }).click();
  await expect(page.locator("#confirm-error")).toContainText("Marque la casilla para confirmar y luego presione Eliminar otra vez.");
  await allSpanish(page, own);
  await page.getByLabel("Sí, eliminar este registro").check();
  await page.getByRole("button", { name: "Eliminar este registro" }).click();
  await expect(page).toHaveURL(/done=deleted/);
  await expect(page.getByRole("status")).toHaveText("El registro se eliminó.");
  await expect(cards).toHaveCount(1);
  await expect(page.getByText(NOTE_CHANGED)).toHaveCount(0);
  await allSpanish(page, own);
});
