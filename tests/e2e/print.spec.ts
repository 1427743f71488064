import { test, expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { CHROMIUM_ARGS, E2E_DATABASE_URL, FULL_CHROMIUM } from "../../playwright.config";
import { createFamily, newPerson, signUp } from "./support/people";
import { setLocale } from "./support/sessions";

// The full browser, not the headless shell the other specs use: printing as from a person's Chrome (decision 040).
test.use({ launchOptions: { executablePath: FULL_CHROMIUM, args: CHROMIUM_ARGS } });

// Issue 8, item 14: the plan prints without its buttons or a second warning, in few pages, and the
// one-page copy also carries the warning signs, triggers and house rules.

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A long, realistic plan, written straight into the test database (the editor is tested elsewhere). */
function fullPlan() {
  return {
    emergency: {
      naloxoneLocation: "Kitchen drawer, left of the sink, in the blue box",
      naloxoneWhoKnows: "Mom, Dad and Aunt Marta",
      naloxoneExpiry: inDays(10), // "expires soon": the warning shows
      hospitalName: "St. Mary's Hospital",
      hospitalAddress: "1200 Main Street, Springfield",
    },
    people: [
      { name: "Aunt Marta", relationship: "aunt", phone: "555-0100", whenToCall: "Any time, day or night. She has been through this." },
      { name: "Coach Dee", relationship: "sponsor", phone: "555-0101", whenToCall: "When he talks about cravings." },
      { name: "Sam", relationship: "brother", phone: "555-0102", whenToCall: "Evenings, to help keep things calm at home." },
      { name: "Pastor Lee", relationship: "church", phone: "555-0103" },
    ],
    treatment: [
      { name: "Dr. Okafor", role: "buprenorphine prescriber", phone: "555-0200" },
      { name: "Jamie", role: "counselor", phone: "555-0201" },
    ],
    signs: {
      ids: ["emotional.isolating", "emotional.skipping-meetings", "mental.thinking-about-using", "mental.cravings", "mental.romanticizing-use", "physical.hiding-use"],
      ownWords: "Stops answering texts from his sister. Sleeps all day on weekends.",
    },
    triggers: {
      ids: ["emotional.stress", "emotional.money-or-work", "emotional.trauma-or-grief"],
      ownWords: "Paydays, and the anniversary of Grandpa's death in March.",
    },
    responses: { ids: [] },
    boundaries:
      "BOUNDARY-MARKER No drugs or alcohol in the house. We do not give cash; we pay bills directly. If he uses at home, we call his counselor the same day. We will not lie to his employer for him. We keep naloxone where everyone can reach it.",
    goals: "Keep going to group twice a week. Get back to work part time by spring.",
    aftercare: "Group on Tuesdays and Thursdays at 7 pm. Doctor every two weeks.",
    relapseSteps: [
      "Stay calm. Check that he is safe and breathing.",
      "Call Dr. Okafor's office the next morning.",
      "Tell Aunt Marta.",
      "Remind him that one slip does not undo his progress.",
      "Review the house rules together when things are calm.",
    ],
  };
}

/** The same plan as a Spanish-speaking family would write it (their own words run longer, as Spanish does). */
function spanishPlan() {
  const plan = fullPlan();
  return {
    ...plan,
    emergency: {
      ...plan.emergency,
      naloxoneLocation: "En el cajón de la cocina, a la izquierda del fregadero, en la caja azul",
      naloxoneWhoKnows: "Mamá, papá y la tía Marta",
      hospitalName: "Hospital Santa María",
      hospitalAddress: "1200 Main Street, Springfield",
    },
    people: [
      { name: "Tía Marta", relationship: "tía", phone: "555-0100", whenToCall: "A cualquier hora, de día o de noche. Ella ya pasó por esto." },
      { name: "Don Beto", relationship: "padrino del grupo", phone: "555-0101", whenToCall: "Cuando él hable de las ganas de consumir." },
      { name: "Samuel", relationship: "hermano", phone: "555-0102", whenToCall: "En las noches, para ayudar a mantener la calma en casa." },
      { name: "Pastor Luis", relationship: "iglesia", phone: "555-0103" },
    ],
    treatment: [
      { name: "Dra. Okafor", role: "le receta la buprenorfina", phone: "555-0200" },
      { name: "Jaime", role: "consejero", phone: "555-0201" },
    ],
    signs: { ...plan.signs, ownWords: "Deja de contestar los mensajes de su hermana. Duerme todo el día los fines de semana." },
    triggers: { ...plan.triggers, ownWords: "Los días de pago, y el aniversario de la muerte del abuelo en marzo." },
    boundaries:
      "BOUNDARY-MARKER Nada de drogas ni alcohol en la casa. No le damos dinero en efectivo; pagamos las cuentas directamente. Si consume en casa, llamamos a su consejero el mismo día. No vamos a mentirle a su jefe por él. Tenemos la naloxona donde todos la pueden alcanzar.",
    relapseSteps: [
      "Mantener la calma. Ver que esté a salvo y que respire.",
      "Llamar a la oficina de la Dra. Okafor a la mañana siguiente.",
      "Avisarle a la tía Marta.",
      "Recordarle que un tropiezo no borra su progreso.",
      "Repasar juntos las reglas de la casa cuando todo esté en calma.",
    ],
  };
}

function seedPlan(familyId: string, editor: string, plan: object = fullPlan()) {
  const db = new Database(E2E_DATABASE_URL.slice("file:".length));
  try {
    // The same timestamp format Prisma wrote for the family.
    const { createdAt } = db.prepare('SELECT "createdAt" FROM "Family" WHERE "id" = ?').get(familyId) as { createdAt: string };
    const content = JSON.stringify(plan);
    db.prepare('INSERT INTO "SafetyPlan" ("id", "familyId", "version", "content", "updatedAt") VALUES (?, ?, 1, ?, ?)').run(randomUUID(), familyId, content, createdAt);
    db.prepare('INSERT INTO "SafetyPlanVersion" ("id", "familyId", "version", "content", "editedBy", "createdAt") VALUES (?, ?, 1, ?, ?, ?)').run(
      randomUUID(),
      familyId,
      content,
      editor,
      createdAt,
    );
  } finally {
    db.close();
  }
}

async function pdfPages(page: Page, path: string): Promise<number> {
  const pdf = await page.pdf({ format: "Letter", printBackground: true });
  writeFileSync(path, pdf);
  return pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

test("the plan and its one-page copy print as they should", async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const person = newPerson("Odile");
  await signUp(page, person);
  const familyId = await createFamily(page, "The Moreau family");
  seedPlan(familyId, person.name);

  // The full plan: no buttons or "change" links on paper, and the naloxone warning once.
  await page.goto(`/family/${familyId}/plan`);
  await expect(page.getByText("BOUNDARY-MARKER").first()).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("link", { name: "Change the plan" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Print a one-page copy" })).toBeHidden();
  for (const link of await page.getByRole("link", { name: /^Change/ }).all()) await expect(link).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Parts of the plan" })).toBeHidden();
  const warnings = page.getByText(/Your naloxone expires in/);
  let visibleWarnings = 0;
  for (const warning of await warnings.all()) if (await warning.isVisible()) visibleWarnings += 1;
  expect(visibleWarnings).toBe(1);
  const planPages = await pdfPages(page, testInfo.outputPath("plan.pdf"));
  console.log(`plan pages: ${planPages}`);
  expect(planPages).toBeLessThanOrEqual(3);

  // The one-page copy: signs, triggers and house rules too, still on one sheet.
  await page.emulateMedia({ media: "screen" });
  await page.goto(`/family/${familyId}/plan/print`);
  await page.screenshot({ path: testInfo.outputPath("plan-print-390.png"), fullPage: true });
  await page.emulateMedia({ media: "print" });
  const main = page.locator("main");
  await expect(main.getByText("Pulling away from family and friends")).toBeVisible();
  await expect(main.getByText("Stress that feels too big to handle")).toBeVisible();
  await expect(main.getByText(/BOUNDARY-MARKER/)).toBeVisible();
  await expect(main.getByText("Sleeps all day on weekends", { exact: false })).toBeVisible();
  await expect(main.locator('a[href="tel:911"]').first()).toBeVisible();
  await expect(main.getByRole("button", { name: "Print this page" })).toBeHidden();
  const printPages = await pdfPages(page, testInfo.outputPath("plan-print.pdf"));
  console.log(`print pages: ${printPages}`);
  expect(printPages).toBe(1);
  await context.close();
});

test("in Spanish, the plan and its one-page copy print on as few pages as in English", async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const person = newPerson("Odalys");
  await signUp(page, person);
  const familyId = await createFamily(page, "La familia Moreno");
  seedPlan(familyId, person.name, spanishPlan());
  setLocale(person.email, "es");

  await page.goto(`/family/${familyId}/plan`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByText("BOUNDARY-MARKER").first()).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("link", { name: "Cambiar el plan" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Partes del plan" })).toBeHidden();
  let visibleWarnings = 0;
  for (const warning of await page.getByText(/Su naloxona vence en/).all()) if (await warning.isVisible()) visibleWarnings += 1;
  expect(visibleWarnings).toBe(1);
  const planPages = await pdfPages(page, testInfo.outputPath("plan-es.pdf"));
  console.log(`plan pages (es): ${planPages}`);
  expect(planPages).toBeLessThanOrEqual(3);

  await page.emulateMedia({ media: "screen" });
  await page.goto(`/family/${familyId}/plan/print`);
  await page.screenshot({ path: testInfo.outputPath("plan-print-es-390.png"), fullPage: true });
  await page.emulateMedia({ media: "print" });
  const main = page.locator("main");
  await expect(main.getByRole("heading", { name: "Plan de seguridad: La familia Moreno" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "Si cree que es una sobredosis" })).toBeVisible();
  await expect(main.getByText("Se aleja de la familia y los amigos", { exact: false })).toBeVisible();
  await expect(main.getByText(/BOUNDARY-MARKER/)).toBeVisible();
  await expect(main.locator('a[href="tel:911"]').first()).toBeVisible();
  await expect(main.getByRole("button", { name: "Imprimir esta página" })).toBeHidden();
  const printPages = await pdfPages(page, testInfo.outputPath("plan-print-es.pdf"));
  console.log(`print pages (es): ${printPages}`);
  expect(printPages).toBe(1);
  await context.close();
});
