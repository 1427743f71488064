import { test, expect, pageIn } from "./support/test";
import type { Tabs } from "./support/test";
import type { Page } from "@playwright/test";
import { createFamily, newPerson, signUp, type Person } from "./support/people";
import { setLocale } from "./support/sessions";
import { englishLeft } from "./support/english-left";
import { PHONE } from "./support/device";

/**
 * Issue 18: the counselor pages, connecting a family, the family's counselors page and a shared
 * reading list, read in Spanish from start to end, on a phone. Each screen leaves no English but
 * what people wrote themselves (their names, the family's name, the note).
 */

const COUNSELOR = newPerson("Marisol");
const ORGANIZATION = "Clínica Puerto";
const FAMILY = "Familia Ortega";
const NOTE = "Lea primero la página de las etapas. Hablamos el jueves.";

async function spanishPage(tabs: Tabs): Promise<Page> {
  const context = await tabs.newContext({ viewport: PHONE });
  await context.addCookies([{ name: "steady-lang", value: "es", url: test.info().project.use.baseURL! }]);
  return pageIn(context);
}

async function spanishPerson(page: Page, person: Person) {
  await signUp(page, person);
  setLocale(person.email, "es");
}


async function expectSpanish(page: Page, heading: string | RegExp, own: string[] = []) {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  expect(await englishLeft(page, own)).toEqual([]);
}

test("a Spanish counselor shares a reading list in Spanish and connects with a Spanish family, who controls what they see", async ({ tabs }) => {
  test.setTimeout(180_000);
  const own = [COUNSELOR.name, ORGANIZATION, FAMILY, NOTE];

  // Counselor sign-up, before any account: in the language this browser chose.
  const visitor = await spanishPage(tabs);
  await visitor.goto("/counselor/sign-up");
  await expectSpanish(visitor, "Crear una cuenta de consejero");
  await expect(visitor.getByRole("button", { name: "Crear la cuenta de consejero" })).toBeVisible();

  // An account set to Spanish sets up its counselor profile.
  const counselor = await spanishPage(tabs);
  await spanishPerson(counselor, COUNSELOR);
  await counselor.goto("/counselor/become");
  await expectSpanish(counselor, "Cree su perfil de consejero", own);
  await counselor.getByLabel("Organización").fill(ORGANIZATION);
  await counselor.getByRole("button", { name: "Crear mi perfil de consejero" }).click();
  await expect(counselor).toHaveURL(/\/counselor$/);
  await expectSpanish(counselor, "Inicio del consejero", own);
  await expect(counselor.getByText("Todavía no hay ninguna familia conectada.", { exact: false })).toBeVisible();

  // A reading list: first without a page (the error next to the field), then in Spanish.
  await counselor.goto("/counselor/links");
  await expectSpanish(counselor, "Listas de lectura compartidas", own);
  await expect(counselor).toHaveTitle("Listas de lectura compartidas · Steady");
  await counselor.getByRole("button", { name: "Crear el enlace" }).click();
  await expect(counselor.locator("fieldset#pages .field-error")).toContainText("Elija al menos una página.");
  await counselor.getByLabel("Las tres etapas de la recaída").check();
  await counselor.getByLabel("La sobredosis y la naloxona").check();
  await counselor.getByLabel("Una nota breve para la familia").fill(NOTE);
  await expect(counselor.getByLabel("Español")).toBeChecked();
  await counselor.getByLabel("7 días").check();
  await counselor.getByRole("button", { name: "Crear el enlace" }).click();
  const listLink = (await counselor.getByTestId("reading-list-link").innerText()).trim();
  expect(listLink).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);
  await expect(counselor.getByRole("button", { name: "Crear otro enlace" })).toBeVisible();
  expect(await englishLeft(counselor, own)).toEqual([]);

  // A connection link.
  await counselor.goto("/counselor");
  await counselor.getByRole("button", { name: "Crear un enlace para conectar con una familia" }).click();
  const connectLink = (await counselor.getByTestId("connection-link").innerText()).trim();
  expect(connectLink).toMatch(/\/connect\/[A-Za-z0-9_-]{43}$/);
  expect(await englishLeft(counselor, own)).toEqual([]);

  // The family's owner (their space made before they chose Spanish) connects.
  const owner = await spanishPage(tabs);
  const ownerPerson = newPerson("Lucia");
  await signUp(owner, ownerPerson);
  const familyId = await createFamily(owner, FAMILY);
  setLocale(ownerPerson.email, "es");
  await owner.goto(connectLink);
  await expectSpanish(owner, `Conectarse con ${COUNSELOR.name} (${ORGANIZATION})`, [...own, ownerPerson.name]);
  await expect(owner.getByText(/Nunca muestra: Las notas de los registros/)).toBeVisible();
  await owner.getByLabel(/El plan de seguridad y un resumen de los registros/).check();
  await owner.getByRole("button", { name: "Conectar", exact: true }).click();
  await expect(owner).toHaveURL(new RegExp(`/family/${familyId}/counselors\\?connected=1`));
  await expect(owner.getByRole("status").filter({ hasText: "Conectado. Aquí puede cambiar lo que ven cuando quiera." })).toBeVisible();
  await expectSpanish(owner, "Consejeros", [...own, ownerPerson.name]);
  await expect(owner).toHaveTitle(/^Consejeros · /);

  // The counselor sees the family, and the family sees each look, in Spanish.
  await counselor.goto("/counselor");
  await expectSpanish(counselor, "Inicio del consejero", own);
  await expect(counselor.getByText(/Comparten: El plan de seguridad y un resumen de los registros/)).toBeVisible();
  await counselor.screenshot({ path: "test-results/screens/spanish-counselor-390.png", fullPage: true });
  await counselor.getByRole("link", { name: FAMILY }).click();
  await expectSpanish(counselor, FAMILY, own);
  await expect(counselor.getByRole("heading", { name: "Resumen de los registros" })).toBeVisible();
  await expect(counselor.getByText("No se anotaron señales en las últimas cuatro semanas.")).toBeVisible();

  await owner.goto(`/family/${familyId}/counselors`);
  await expect(owner.getByRole("cell", { name: "Plan de seguridad", exact: true }).first()).toBeVisible();
  expect(await englishLeft(owner, [...own, ownerPerson.name])).toEqual([]);

  // A successful save says so in Spanish.
  await owner.locator("#level-plan").check();
  await owner.getByRole("button", { name: "Guardar lo que puede ver" }).click();
  await expect(owner.getByText("Guardado. Desde ahora, el consejero solo ve esto.")).toBeVisible();

  // Ending the connection: the family is told, and so is the counselor, in Spanish.
  await owner.getByRole("button", { name: `Terminar la conexión con ${COUNSELOR.name}` }).click();
  await owner.getByRole("dialog").getByRole("button", { name: "Sí, terminar la conexión" }).click();
  await expect(owner.getByText("La conexión terminó. El consejero ya no puede ver nada.")).toBeVisible();
  expect(await englishLeft(owner, [...own, ownerPerson.name])).toEqual([]);
  await counselor.goto(`/counselor/families/${familyId}`);
  await expectSpanish(counselor, `${FAMILY} terminó la conexión`, own);
  await counselor.goto("/counselor");
  await expect(counselor.getByTestId("ended-connection")).toContainText(`${FAMILY} terminó la conexión el`);
  expect(await englishLeft(counselor, own)).toEqual([]);

  // The shared list, opened by a Spanish reader: its words, its pages and their links in Spanish.
  const reader = await spanishPage(tabs);
  const opened = await reader.goto(listLink);
  expect(opened!.status()).toBe(200);
  await expectSpanish(reader, "Lecturas elegidas para ustedes", own);
  await expect(reader).toHaveTitle("Lecturas elegidas para ustedes · Steady");
  await expect(reader.getByText(NOTE)).toBeVisible();
  await expect(reader.getByRole("link", { name: /Las tres etapas de la recaída/ })).toHaveAttribute("href", "/es/guide/stages-of-relapse");
  await expect(reader.getByRole("link", { name: /La sobredosis y la naloxona/ })).toHaveAttribute("href", "/es/guide/overdose-and-naloxone");
  await expect(reader.getByRole("main").locator('a[href="tel:911"]')).toBeVisible();

  // A reader whose browser is in English still reads the list in the language it was made in.
  const english = await tabs.newPage({ viewport: PHONE });
  await english.goto(listLink);
  await expect(english.getByRole("heading", { level: 1, name: "Lecturas elegidas para ustedes" })).toBeVisible();
  await expect(english.locator(".shared-list")).toHaveAttribute("lang", "es");
  await expect(english.getByRole("link", { name: /Las tres etapas de la recaída/ })).toHaveAttribute("href", "/es/guide/stages-of-relapse");

  // The counselor ends the list; it then says so in Spanish.
  await counselor.goto("/counselor/links");
  await expect(counselor.locator(".card").filter({ hasText: "Sin etiqueta" })).toContainText("abierto 2 veces");
  await counselor.getByRole("button", { name: "Terminar este enlace" }).click();
  await counselor.getByRole("dialog").getByRole("button", { name: "Sí, terminar este enlace" }).click();
  await expect(counselor.getByText("Terminado por usted")).toBeVisible();
  expect(await englishLeft(counselor, own)).toEqual([]);
  const gone = await reader.goto(listLink);
  expect(gone!.status()).toBe(410);
  await expectSpanish(reader, "Este enlace terminó");
  await expect(reader.getByRole("link", { name: /Leer la guía/ })).toHaveAttribute("href", "/es/guide");
});

test("the connect page in Spanish: signed out, with no family space, and a link that does not work", async ({ tabs }) => {
  const counselor = await spanishPage(tabs);
  const person = newPerson("Rafael");
  await spanishPerson(counselor, person);
  await counselor.goto("/counselor/become");
  await counselor.getByRole("button", { name: "Crear mi perfil de consejero" }).click();
  await expect(counselor).toHaveURL(/\/counselor$/);
  await counselor.getByRole("button", { name: "Crear un enlace para conectar con una familia" }).click();
  const link = (await counselor.getByTestId("connection-link").innerText()).trim();

  // Signed out, in a browser that chose Spanish.
  const visitor = await spanishPage(tabs);
  await visitor.goto(link);
  await expectSpanish(visitor, `Conectarse con ${person.name}`, [person.name]);
  await expect(visitor.getByRole("link", { name: "Inicie sesión para elegir" })).toBeVisible();

  // Signed in with no family space of their own.
  const lone = await spanishPage(tabs);
  await spanishPerson(lone, newPerson("Ana"));
  await lone.goto(link);
  await expect(lone.getByRole("link", { name: "Cree su espacio familiar" })).toBeVisible();
  expect(await englishLeft(lone, [person.name, "Ana"])).toEqual([]);

  // A link that does not work.
  await lone.goto(link.replace(/[A-Za-z0-9_-]{43}$/, "x".repeat(43)));
  await expectSpanish(lone, "Este enlace no funciona");
});
