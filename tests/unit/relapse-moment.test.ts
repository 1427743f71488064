import { describe, expect, it } from "vitest";
import { getPage } from "@/lib/content";
import { getRightNowDigest } from "@/lib/content/right-now";
import { nameList, toldSentences as toldIn, type ToldWords } from "@/components/relapse-moment/told";
import { translator } from "@/lib/i18n/text";
import type { WhoWasTold } from "@/lib/notifications/alert-audience";
import type { Locale } from "@/lib/i18n/locales";

const wordsIn = (locale: Locale): ToldWords => (key, values) => translator(locale)(`RelapseMoment.told.${key}`, values);
const toldSentences = (told: WhoWasTold, locale: Locale = "en") => toldIn(told, wordsIn(locale), locale);

describe("the block that acts first (content/pages/right-now.md)", () => {
  it("opens /right-now, before the overdose signs: call 911, then give naloxone, which links to the steps", () => {
    const html = getPage("right-now")!.html;
    const act = html.indexOf('class="act-now"');
    expect(act).toBeGreaterThanOrEqual(0);
    expect(act).toBeLessThan(html.indexOf('class="overdose-signs"'));
    const call = html.indexOf('href="tel:911"');
    const naloxone = html.indexOf('href="#steps"');
    expect(act).toBeLessThan(call);
    expect(call).toBeLessThan(naloxone);
    expect(html).toContain('id="steps"');
    expect(html.indexOf('id="steps"')).toBeLessThan(html.indexOf('class="overdose-steps"'));
  });

  it("is the same markup on the family's own page, with the steps and each later step shortened", () => {
    const digest = getRightNowDigest();
    expect(digest.actNowHtml).toMatch(/^<div class="act-now">/);
    expect(getPage("right-now")!.html).toContain(digest.actNowHtml);
    expect(digest.stepsHtml).toContain('class="overdose-steps"');
    expect(digest.later.map((s) => s.id)).toEqual(["talk", "safety", "next-24-hours", "next-week"]);
    for (const step of digest.later) {
      expect(step.leadHtml).toMatch(/^<p>/);
      expect(step.href).toBe(`/right-now#${step.id}`);
    }
  });
});

describe("who was told, in words", () => {
  it("names the members the alert went to", () => {
    expect(nameList(["Luis"])).toBe("Luis");
    expect(nameList(["Ana", "Luis"])).toBe("Ana and Luis");
    expect(nameList(["Ana", "Luis", "Sam"])).toBe("Ana, Luis and Sam");
    expect(toldSentences({ state: "told", names: ["Luis"], turnedOff: 0, emailed: false }).lead).toBe("We let Luis know.");
    expect(toldSentences({ state: "told", names: ["Ana", "Luis"], turnedOff: 0, emailed: false }).lead).toBe("We let the other two members know: Ana and Luis.");
    const some = toldSentences({ state: "told", names: ["Ana"], turnedOff: 2, emailed: true });
    expect(some.more).toBe("Two other members have turned these alerts off, so they were not told. They will see it in the family space, and we sent an email that says only that there is something new.");
    expect(toldSentences({ state: "told", names: null, turnedOff: 0, emailed: false }).lead).toBe("We let the other members of your family space know.");
  });

  it("says why nobody was told", () => {
    expect(toldSentences({ state: "private" }).lead).toMatch(/^Nobody was told\. This check-in is private/);
    expect(toldSentences({ state: "alone" }).lead).toMatch(/only member/);
    expect(toldSentences({ state: "off", turnedOff: 2 }).lead).toMatch(/turned these alerts off/);
    expect(toldSentences({ state: "not-sent" }).lead).toMatch(/could not send/);
  });
});

describe("who was told, when some turned alerts off", () => {
  it("does not say 'the other' members when not all of them were told", () => {
    expect(toldSentences({ state: "told", names: ["Ana", "Luis"], turnedOff: 1, emailed: false }).lead).toBe("We let two members know: Ana and Luis.");
  });
});

describe("who was told, in Spanish", () => {
  it("names the members in Spanish, with the numbers in words", () => {
    expect(nameList(["Ana", "Luis", "Sam"], "es")).toBe("Ana, Luis y Sam");
    expect(toldSentences({ state: "told", names: ["Luis"], turnedOff: 0, emailed: false }, "es").lead).toBe("Avisamos a Luis.");
    expect(toldSentences({ state: "told", names: ["Ana", "Luis"], turnedOff: 0, emailed: false }, "es").lead).toBe("Avisamos a las otras dos personas: Ana y Luis.");
    expect(toldSentences({ state: "told", names: ["Ana", "Luis"], turnedOff: 1, emailed: false }, "es").lead).toBe("Avisamos a dos personas: Ana y Luis.");
    const some = toldSentences({ state: "told", names: ["Ana"], turnedOff: 2, emailed: true }, "es");
    expect(some.more).toBe("Otras dos personas apagaron estos avisos, así que no se enteraron. Lo verán en el espacio familiar. También les enviamos un correo electrónico que solo dice que hay algo nuevo.");
    expect(toldSentences({ state: "private" }, "es").lead).toMatch(/^No avisamos a nadie\. Este registro es privado/);
  });
});
