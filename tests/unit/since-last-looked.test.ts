import { describe, expect, it } from "vitest";
import { describeEvent as describeIn } from "@/components/family/dashboard/describe-event";
import { translator, type MessageKey } from "@/lib/i18n/text";
import type { Locale } from "@/lib/i18n/locales";
import type { FamilyEventView } from "@/lib/notifications/events";

/** The words in a language, as the dashboard gives them ("Dashboard.since", messages/<locale>/family.json). */
const words = (locale: Locale) => {
  const t = translator(locale);
  return (key: string, values?: Record<string, string | number>) => t(`Dashboard.since.${key}` as MessageKey, values);
};
const describeEvent = (event: FamilyEventView, familyId: string, locale: Locale = "en") => describeIn(event, familyId, words(locale), locale);

const event = (kind: FamilyEventView["kind"], data: FamilyEventView["data"], actorName: string | null = null): FamilyEventView => ({
  id: "e1",
  kind,
  data,
  actorName,
  createdAt: new Date("2026-03-03T15:00:00Z"),
});

describe("'Since you last looked' in words (in the app, signed in)", () => {
  it("says each kind plainly, with where to go next", () => {
    expect(describeEvent(event("alert", { date: "2026-03-03" }, "Luis"), "f1")).toEqual({
      text: "Luis noted “may have used” in a check-in for March 3, 2026.",
      link: { href: "/family/f1/check-ins/right-now", label: "What to do right now" },
    });
    expect(describeEvent(event("alert", {}), "f1").text).toBe("Someone in your family noted “may have used” in a check-in.");
    expect(describeEvent(event("reminder", {}), "f1").text).toBe("Your check-in reminder.");
    expect(describeEvent(event("naloxone", { days: 7, expiry: "2026-03-10" }), "f1").text).toBe(
      "The naloxone in your plan reaches its date in 7 days (March 10, 2026). Get a new one from a pharmacy.",
    );
    expect(describeEvent(event("naloxone", { days: 0, expiry: "2026-03-03" }), "f1").text).toContain("reaches its date today");
    expect(describeEvent(event("quiet", { days: 5 }), "f1").text).toBe("Nobody has added a check-in for 5 days.");
    expect(describeEvent(event("weekly", { checkIns: 1, signs: 2, stageId: "mental", from: "2026-02-23", to: "2026-03-01" }), "f1").text).toBe(
      "Last week (Feb 23 to Mar 1): 1 check-in. The signs noted point most to Mental relapse.",
    );
    expect(describeEvent(event("weekly", { checkIns: 0, signs: 0, stageId: null, from: "2026-02-23", to: "2026-03-01" }), "f1").text).toContain("No signs were noted.");
    expect(describeEvent(event("counselor", { change: "connected", name: "Casey", level: "plan" }), "f1").text).toBe(
      "Casey was connected to your family space, and may see: the safety plan.",
    );
    expect(describeEvent(event("counselor", { change: "revoked", name: "Casey", level: null }), "f1").text).toBe("Casey was disconnected from your family space.");
  });

  it("says the same in Spanish, with the Spanish catalogue's stage names and Spanish dates", () => {
    expect(describeEvent(event("alert", { date: "2026-03-03" }, "Luis"), "f1", "es")).toEqual({
      text: "Luis anotó “puede haber consumido” en un registro del 3 de marzo de 2026.",
      link: { href: "/family/f1/check-ins/right-now", label: "Qué hacer ahora mismo" },
    });
    expect(describeEvent(event("alert", {}), "f1", "es").text).toBe("Alguien de su familia anotó “puede haber consumido” en un registro.");
    expect(describeEvent(event("naloxone", { days: 1, expiry: "2026-03-04" }), "f1", "es").text).toBe(
      "La naloxona de su plan vence en 1 día (4 de marzo de 2026). Consiga una nueva en una farmacia.",
    );
    expect(describeEvent(event("quiet", { days: 5 }), "f1", "es").text).toBe("Nadie ha agregado un registro en 5 días.");
    expect(describeEvent(event("weekly", { checkIns: 2, signs: 2, stageId: "mental", from: "2026-02-23", to: "2026-03-01" }), "f1", "es").text).toBe(
      "La semana pasada (23 feb al 1 mar): 2 registros. Las señales anotadas apuntan más a esta etapa: Recaída mental.",
    );
    expect(describeEvent(event("counselor", { change: "connected", name: "Casey", level: "plan" }), "f1", "es").text).toBe(
      "Casey quedó conectado a su espacio familiar y puede ver: el plan de seguridad.",
    );
  });
});
