import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toString as hastToString } from "hast-util-to-string";
import type { Element, Root as HastRoot, RootContent } from "hast";
import { loadCatalogue, offered } from "@/lib/content/catalogue";
import { loadPages } from "@/lib/content/pages";

/**
 * The clinical facts the guide must state, checked against the words a parent reads
 * (../shared/CONTENT.md, "Safety facts"; docs/content-review.md lists each with its source).
 */
const CONTENT = join(process.cwd(), "content");
const catalogue = loadCatalogue(CONTENT);
const pages = loadPages(CONTENT, catalogue);
const page = (slug: string) => pages.find((p) => p.slug === slug)!;
const contact = (id: string) => catalogue.crisis.contacts.find((c) => c.id === id)!;

const MOUD = /medicines? for opioid use disorder|buprenorphine|methadone/i;

const HEADING = /^h[2-6]$/;
const level = (node: Element) => Number(node.tagName.slice(1));

/** Sections of a page: each h2-h6 with the text up to the next heading of the same or a higher level. */
function sections(tree: HastRoot): { id: string; title: string; text: string }[] {
  // Pages wrap each h2 and what follows it in a <section>; read them as one flat run.
  const flat = tree.children.flatMap((n) => (n.type === "element" && n.tagName === "section" ? n.children : [n]));
  const nodes = flat.filter((n): n is RootContent => n.type === "element" || n.type === "text");
  const out: { id: string; title: string; text: string }[] = [];
  nodes.forEach((node, index) => {
    if (node.type !== "element" || !HEADING.test(node.tagName)) return;
    const parts: string[] = [];
    for (const next of nodes.slice(index + 1)) {
      if (next.type === "element" && HEADING.test(next.tagName) && level(next) <= level(node)) break;
      parts.push(hastToString(next));
    }
    out.push({ id: String(node.properties?.id ?? ""), title: hastToString(node), text: parts.join(" ").replace(/\s+/g, " ") });
  });
  return out;
}
const section = (slug: string, id: string) => {
  const found = sections(page(slug).hast).find((s) => s.id === id);
  if (!found) throw new Error(`${slug} has no section #${id}`);
  return found.text;
};
const pageText = (slug: string) => hastToString(page(slug).hast).replace(/\s+/g, " ");
const allText = () => pages.map((p) => pageText(p.slug)).join(" ");

describe("the crisis strip", () => {
  it("is exactly 911, 988 and the SAMHSA helpline, in that order", () => {
    expect(catalogue.crisis.contacts.filter((c) => c.inStrip).map((c) => c.number)).toEqual(["911", "988", "1-800-662-4357"]);
  });

  it.each([
    ["emergency", "911", "911"],
    ["lifeline-988", "988", "988"],
    ["samhsa-helpline", "1-800-662-4357", "+18006624357"],
    ["poison-control", "1-800-222-1222", "+18002221222"],
    ["never-use-alone", "1-800-484-3731", "+18004843731"],
    ["parent-helpline", "1-855-378-4373", "+18553784373"],
  ])("%s is %s", (id, number, dial) => {
    expect(contact(id).number).toBe(number);
    expect(contact(id).dial).toBe(dial);
  });

  it("988 is for calls, texts and drug use crises; Poison Control sends a person who cannot be woken to 911", () => {
    expect(contact("lifeline-988").text).toBe("988");
    expect(contact("lifeline-988").when).toMatch(/drug use crisis/);
    expect(contact("poison-control").inStrip).toBe(false);
    expect(contact("poison-control").when).toMatch(/cannot be woken.*call 911/);
    expect(contact("parent-helpline").when).toMatch(/not a crisis line/i);
  });
});

describe("the overdose response", () => {
  const steps = catalogue.overdose.steps;
  const titles = steps.map((s) => s.title.toLowerCase());

  it("goes: 911 and naloxone, breathing, repeat doses, side once breathing, stay, after waking", () => {
    expect(titles).toHaveLength(6);
    expect(titles[0]).toMatch(/^call 911 and give naloxone/);
    expect(titles[1]).toMatch(/breathe/);
    expect(titles[2]).toMatch(/another dose every 2 to 3 minutes/);
    expect(titles[3]).toMatch(/^once they are breathing, turn them on their side/);
    expect(titles[4]).toMatch(/^stay with them/);
    expect(titles[5]).toMatch(/after they wake/);
  });

  it("breathing help comes before the repeat dose and names CPR, rescue breaths and hands-only CPR", () => {
    expect(steps[1]!.detail).toMatch(/CPR or rescue breaths/);
    expect(steps[1]!.detail).toMatch(/dispatcher/);
    expect(steps[1]!.detail).toMatch(/hands-only CPR/);
  });

  it("repeats with a new device until they respond or help takes over", () => {
    expect(steps[2]!.detail).toMatch(/new naloxone device each time/);
    expect(steps[2]!.detail).toMatch(/until they wake up.*or until help/);
  });

  it("names Narcan beside naloxone, its 30 to 90 minutes, the emergency room and withdrawal", () => {
    expect(steps[0]!.detail).toMatch(/Narcan/);
    expect(steps[4]!.detail).toMatch(/30 to 90 minutes/);
    expect(steps[5]!.detail).toMatch(/emergency room/);
    expect(steps[5]!.detail).toMatch(/withdrawal/);
    expect(steps[5]!.detail).toMatch(/Using again/);
  });

  it("names every sign and says to treat doubt as an overdose", () => {
    const signs = catalogue.overdose.signs.map((s) => s.label.toLowerCase()).join(" ");
    for (const word of ["woken", "breathing", "gurgling", "snoring", "blue", "grey", "pinpoint", "limp"]) expect(signs).toContain(word);
    expect(catalogue.overdose.ifUnsure).toMatch(/treat it as an overdose/i);
  });

  it("covers tolerance, fentanyl, xylazine, Good Samaritan laws and over-the-counter naloxone since 2023", () => {
    const facts = catalogue.overdose.facts.map((f) => f.text).join(" ");
    expect(facts).toMatch(/tolerance/);
    expect(facts).toMatch(/Fentanyl/);
    expect(facts).toMatch(/Xylazine.*Naloxone does not undo xylazine\. Give naloxone anyway/);
    expect(facts).toMatch(/Good Samaritan/);
    expect(facts).toMatch(/Since 2023.*over the counter/);
  });

  it("every page that shows the steps shows all of them, in order", () => {
    for (const slug of ["right-now", "overdose-and-naloxone", "planning-ahead"]) {
      const text = pageText(slug);
      const at = steps.map((step) => text.indexOf(step.title));
      expect(at.every((i) => i >= 0), slug).toBe(true);
      expect([...at].sort((a, b) => a - b), slug).toEqual(at);
    }
  });
});

describe("medicine for opioid use disorder", () => {
  // Every place that tells a family what to do after a return to use.
  const responses: [string, () => string][] = [
    ["/right-now, the next 24 hours", () => section("right-now", "next-24-hours")],
    ["responding to a relapse, medicine first", () => section("responding-to-relapse", "medicine")],
    ["responding to a relapse, going back to treatment", () => section("responding-to-relapse", "back-to-treatment")],
    ["stages of relapse, physical", () => section("stages-of-relapse", "physical")],
    ["working with providers, questions", () => section("working-with-treatment-providers", "questions")],
    ["working with providers, changes", () => section("working-with-treatment-providers", "changes")],
    ["planning ahead, what to do", () => section("planning-ahead", "what-to-do")],
    ["overdose, after they wake up", () => section("overdose-and-naloxone", "after")],
    ["the physical stage in the catalogue", () => catalogue.stages.find((s) => s.id === "physical")!.familyCanDo.join(" ")],
    ["the helpful responses", () => offered(catalogue.responses.helpful).map((r) => `${r.label} ${r.why}`).join(" ")],
  ];
  it.each(responses)("is named in %s", (_where, text) => {
    expect(text()).toMatch(MOUD);
  });

  it("names all three medicines and how each starts", () => {
    const text = pageText("medicines-for-opioid-use-disorder");
    for (const name of ["Buprenorphine", "Methadone", "Naltrexone"]) expect(text).toContain(name);
    expect(text).toMatch(/7 to 10 days without any opioid/);
    expect(text).toMatch(/licensed opioid treatment program/);
    expect(text).toMatch(/Since 2023/);
    expect(text).toMatch(/swapping one drug for another/);
  });

  it("never recommends detox on its own: every section that says detox also names the medicine", () => {
    let mentions = 0;
    for (const p of pages) {
      if (p.slug === "glossary") continue;
      for (const s of sections(p.hast)) {
        const own = s.text.match(/\bdetox/gi)?.length ?? 0;
        mentions += own;
        if (own) expect(`${s.text}`, `${p.slug}#${s.id}`).toMatch(MOUD);
      }
    }
    console.log(`"detox" appears ${mentions} times in page sections, always beside the medicine`);
    const everywhere = `${allText()} ${JSON.stringify(offered(catalogue.responses.helpful))}`;
    expect(everywhere).not.toMatch(/push for (medical )?detox|ask about (medical )?detox|detox with a doctor/i);
  });

  it("counts its mentions", () => {
    const text = allText();
    const moud = text.match(/medicines? for opioid use disorder|\bMOUD\b|buprenorphine|methadone|naltrexone/gi)?.length ?? 0;
    console.log(`medicine for opioid use disorder is named ${moud} times across ${pages.length} pages`);
    expect(moud).toBeGreaterThan(40);
  });
});

describe("facts that were wrong before", () => {
  it("withdrawal is described as it is: aches, runny nose, yawning, sweating; not headache and shaking", () => {
    const withdrawal = catalogue.stages.flatMap((s) => s.signs).find((s) => s.id === "physical.withdrawal")!;
    expect(withdrawal.label).toMatch(/aches.*runny nose.*yawning.*sweating/);
    expect(allText()).not.toMatch(/headaches?, nausea/i);
    expect(catalogue.glossary.find((t) => t.id === "withdrawal")!.definition).toMatch(/rarely dangerous/);
  });

  it("drops the claim that later relapses are shorter, and the word kindling", () => {
    expect(allText()).not.toMatch(/kindling|shorter than the last|relapses are often shorter/i);
  });

  it("shows one relapse figure, NIDA's, beside the other chronic illnesses, and no completion rate", () => {
    const numbers = section("relapse-and-chronic-illness", "numbers");
    expect(numbers).toMatch(/National Institute on Drug Abuse \(NIDA\)/);
    expect(numbers).toMatch(/40 to 60 in 100/);
    expect(numbers).toMatch(/Type 1 diabetes 30 to 50 in 100/);
    expect(numbers).toMatch(/High blood pressure 50 to 70 in 100/);
    expect(numbers).toMatch(/Asthma 50 to 70 in 100/);
    expect(numbers).not.toMatch(/finish (their|a) first/i);
  });

  it("does not list shame as a warning sign to watch for", () => {
    const signs = catalogue.stages.flatMap((s) => offered(s.signs)).map((s) => s.label);
    expect(signs.join(" ")).not.toMatch(/shame/i);
    expect(offered(catalogue.responses.helpful).map((r) => r.label).join(" ")).not.toMatch(/push/i);
  });

  it("does not frame the revolving door as a lack of will", () => {
    expect(section("responding-to-relapse", "cycle")).toMatch(/not a lack of willpower/);
  });
});

describe("what a reader sees of our sources", () => {
  const FORBIDDEN = [/document\s*0\d\d/i, /\bseed-\d/i, /timberline/i, /knolls/i, /sitarik/i, /pompano/i, /425-4846/];
  it.each(pages.map((p) => [p.slug, p] as const))("%s names no source document or its brand", (_slug, p) => {
    const shown = `${p.title} ${p.summary} ${p.html} ${JSON.stringify(p.sourceDetails)}`;
    for (const pattern of FORBIDDEN) expect(shown).not.toMatch(pattern);
  });

  it("the catalogue names none either", () => {
    const shown = JSON.stringify(catalogue);
    for (const pattern of FORBIDDEN) expect(shown).not.toMatch(pattern);
  });

  it("every cited source is a public page with a full https link", () => {
    for (const p of pages) {
      expect(p.sourceDetails.length, p.slug).toBe(p.sources.length);
      for (const source of p.sourceDetails) {
        expect(new URL(source.url).protocol, source.id).toBe("https:");
        expect(new URL(source.url).hostname, source.id).toMatch(/\.[a-z]{2,}$/);
      }
    }
  });
});
