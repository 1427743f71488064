import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toString as hastToString } from "hast-util-to-string";
import type { Element, Root as HastRoot, RootContent } from "hast";
import { loadCatalogue, offered } from "@/lib/content/catalogue";
import { loadPages } from "@/lib/content/pages";
import { renderMarkdown } from "@/lib/content/markdown";
import { contentStrings } from "@/lib/content/strings";
import { figuresIn } from "@/lib/content/parity";

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

  it("keeps every step title short enough for a phone's first screen", () => {
    for (const step of steps) expect(step.title.length, step.title).toBeLessThanOrEqual(50);
  });

  it("step 1 says call 911, then give naloxone, in that order", () => {
    expect(steps[0]!.title).toBe("Call 911 and give naloxone.");
    const detail = steps[0]!.detail;
    expect(detail).toMatch(/^Call 911 first/);
    expect(detail.indexOf("911")).toBeLessThan(detail.indexOf("spray one dose"));
  });

  it("says how to give rescue breaths in the step itself, and that CPR for an overdose includes breaths", () => {
    const detail = steps[1]!.detail;
    for (const words of [/tilt the head back/, /pinch the nose/, /seal your mouth over theirs/, /one breath every 5 seconds/, /Watch the chest rise/]) {
      expect(detail).toMatch(words);
    }
    expect(detail).toMatch(/dispatcher says CPR: 30 hard, fast pushes mid-chest, then 2 breaths/);
    expect(detail).toMatch(/hands-only CPR/);
    expect(detail).toMatch(/Do not wait for naloxone to work/);
    expect(section("overdose-and-naloxone", "breathing")).toMatch(/CPR works best with breaths/);
    expect(catalogue.glossary.find((t) => t.id === "cpr")!.definition).toMatch(/with breaths/);
  });

  it("when they get sleepy again or breathe slowly: another dose, breaths, call 911 again", () => {
    expect(steps[4]!.detail).toMatch(/If they get sleepy again or breathe slowly: give another dose, help them breathe, and call 911 again/);
    expect(steps[4]!.detail).not.toMatch(/never leave them alone\./);
    expect(section("overdose-and-naloxone", "after")).toMatch(/If they get sleepy again, or their breathing slows, act at once\. Give another dose of naloxone, help them breathe, and call 911 again/);
  });

  it("when they refuse the emergency room: stay, naloxone in reach, call back", () => {
    expect(steps[5]!.detail).toMatch(/If they will not go, stay with them for the next few hours, keep naloxone in reach, and call 911 again/);
    expect(section("overdose-and-naloxone", "after")).toMatch(/If they refuse to go to the hospital.*Stay with them.*naloxone in reach.*Call 911 again/);
  });

  it("never lets them sleep it off: snoring or gurgling can be an overdose", () => {
    const nodding = section("overdose-and-naloxone", "nodding-off");
    expect(nodding).toMatch(/Never let them "sleep it off\."/);
    expect(nodding).toMatch(/Snoring or gurgling can be the sound of an overdose/);
    expect(nodding).toMatch(/recovery position/);
    expect(nodding).toMatch(/When in doubt, call/);
    expect(steps[4]!.detail).toMatch(/Do not let them sleep it off/);
    expect(section("stages-of-relapse", "physical")).toMatch(/never let them "sleep it off\."/);
    // Every "sleep it off" anywhere is a "never" or a "do not".
    const everywhere = `${allText()} ${JSON.stringify(catalogue.overdose)}`;
    for (const found of everywhere.matchAll(/sleep it off/gi)) {
      expect(everywhere.slice(Math.max(0, found.index! - 40), found.index), "sleep it off").toMatch(/never|not|Do not|don't/i);
    }
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
    expect(facts).toMatch(/Fentanyl.*about 50 times stronger than heroin/);
    expect(facts).toMatch(/fake pills that look just like real prescription pills/);
    expect(facts).toMatch(/Xylazine.*Naloxone does not undo xylazine\. Give naloxone anyway/);
    expect(facts).toMatch(/Good Samaritan.*but not from everything.*different in each state/);
    expect(facts).toMatch(/Since 2023.*over the counter/);
    expect(facts).toMatch(/Expired naloxone is better than none/);
    expect(facts).toMatch(/Touching fentanyl, or being near it, will not make you overdose/);
    expect(facts).toMatch(/stimulant.*Give naloxone anyway/);
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
    ["suicide risk, after a relapse or an overdose", () => section("suicide-risk", "risk")],
    ["when your loved one is an adult, involuntary commitment", () => section("when-your-loved-one-is-an-adult", "commitment")],
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

describe("medicine in the house", () => {
  it("locks up take-home methadone and buprenorphine: one dose can kill a child", () => {
    for (const [slug, id] of [["support-for-you", "storage"], ["suicide-risk", "medicines"]] as const) {
      const text = section(slug, id);
      expect(text, slug).toMatch(/Lock up take-home methadone and buprenorphine too, even (when they are )?(your loved one's own)/);
      expect(text, slug).toMatch(/One dose can kill a child/);
      expect(text, slug).toMatch(/Keep naloxone out/);
    }
    expect(section("suicide-risk", "medicines")).toMatch(/methadone label carries .*boxed warning/);
    expect(section("medicines-for-opioid-use-disorder", "methadone")).toMatch(/Lock up take-home doses\. One dose can kill a child/);
    expect(section("medicines-for-opioid-use-disorder", "buprenorphine")).toMatch(/Keep it locked up at home: a single film or tablet can kill a child/);
  });

  it("a child who may have swallowed some: 911 right away, and Poison Control for other medicines", () => {
    const child = section("suicide-risk", "child");
    expect(child).toMatch(/call 911 right away, even if the child seems fine/);
    expect(child).toMatch(/give naloxone/);
    expect(child).toMatch(/Poison Control/);
    expect(child).toMatch(/1-800-222-1222/);
    expect(section("support-for-you", "storage")).toMatch(/If a child may have swallowed some, call 911 right away/);
    expect(contact("poison-control").when).toMatch(/or a child may have swallowed an opioid, call 911 instead/);
  });
});

describe("overdose while on medicine", () => {
  const onMedicine = () => section("overdose-and-naloxone", "on-medicine");

  it("naltrexone: pushing through the block can kill; tell 911 which medicine", () => {
    expect(onMedicine()).toMatch(/Tell 911 and the crew which medicine/);
    expect(onMedicine()).toMatch(/Naltrexone.*push through the block\. That can cause a deadly overdose/);
    expect(section("medicines-for-opioid-use-disorder", "naltrexone")).toMatch(/push through the\s+block\. That can cause a deadly overdose/);
    expect(section("medicines-for-opioid-use-disorder", "naltrexone")).toMatch(/tell 911 they take naltrexone/);
  });

  it("buprenorphine: naloxone still works, more doses may be needed, keep giving breaths", () => {
    expect(onMedicine()).toMatch(/Buprenorphine\. Naloxone still works, but it may take more doses.*keep giving breaths/);
  });

  it("buprenorphine and methadone give no protection mixed with benzodiazepines or alcohol", () => {
    expect(onMedicine()).toMatch(/do not protect against an overdose when mixed with benzodiazepines, sleeping pills or alcohol/);
    expect(section("medicines-for-opioid-use-disorder", "buprenorphine")).toMatch(
      /partly blocks other opioids\. But it does not protect against an overdose when mixed with benzodiazepines.*alcohol/,
    );
    expect(section("keeping-them-alive", "mixing")).toMatch(/buprenorphine or methadone.*do not protect against it when mixed with benzodiazepines/);
  });
});

describe("topics a family looks for", () => {
  it("fentanyl's strength, fake pills, and that touching it does not cause an overdose", () => {
    expect(section("fentanyl-and-other-drugs", "fentanyl")).toMatch(/about 50 times stronger than heroin and about 100 times\s+stronger than morphine/);
    expect(section("fentanyl-and-other-drugs", "fake-pills")).toMatch(/look just like real prescription pills/);
    expect(section("fentanyl-and-other-drugs", "fake-pills")).toMatch(/only safe pills are ones a doctor prescribed/);
    expect(section("fentanyl-and-other-drugs", "touching")).toMatch(/That is not\s+true/);
    expect(section("fentanyl-and-other-drugs", "touching")).toMatch(/never hold back from helping/);
  });

  it("the signs of a stimulant overdose, and that opioids are often mixed in", () => {
    const text = section("fentanyl-and-other-drugs", "stimulants");
    for (const sign of ["chest pain", "very high body temperature", "seizure", "panic"]) expect(text).toContain(sign);
    expect(text).toMatch(/Most of those involve an opioid/);
    expect(text).toMatch(/Call 911/);
    expect(text).toMatch(/Give naloxone/);
  });

  it("suicide risk after a return to use or an overdose, 988 for both, safe storage of medicines and guns", () => {
    expect(section("suicide-risk", "risk")).toMatch(/In the year after an\s+overdose, the risk of suicide is much higher/);
    expect(section("suicide-risk", "signs")).toMatch(/being a burden/);
    expect(section("suicide-risk", "what-to-do")).toMatch(/Are you thinking about killing yourself\?/);
    expect(section("suicide-risk", "what-to-do")).toMatch(/call, text, or chat at 988lifeline\.org/);
    expect(section("suicide-risk", "for-you")).toMatch(/call or text 988 for yourself/);
    expect(section("suicide-risk", "firearms")).toMatch(/store guns away from the home/);
    expect(section("suicide-risk", "firearms")).toMatch(/unloaded and locked up, with the ammunition locked in a\s+different place/);
  });

  it("pregnancy: medicine is the recommended care; stopping suddenly is not", () => {
    const text = section("medicines-for-opioid-use-disorder", "pregnancy");
    expect(text).toMatch(/medicine for opioid use disorder is the recommended care/);
    expect(text).toMatch(/Stopping opioids suddenly during pregnancy is not\s+recommended/);
    expect(text).toMatch(/Buprenorphine and methadone are the first choices/);
  });

  it("involuntary commitment: what it is, that it varies by state, what to ask", () => {
    const text = section("when-your-loved-one-is-an-adult", "commitment");
    expect(text).toMatch(/a court orders a person into treatment without their consent/);
    expect(text).toMatch(/It depends on your state/);
    expect(text).toMatch(/Will they get medicine for opioid use disorder there/);
    expect(text).toMatch(/tolerance is low/);
  });

  it("syringe services programs, HIV and hepatitis C testing, xylazine wound care", () => {
    expect(section("keeping-them-alive", "syringe-services")).toMatch(/five times as likely to start drug treatment/);
    expect(section("keeping-them-alive", "testing")).toMatch(/Every adult should be tested for\s+hepatitis C at least once/);
    expect(section("keeping-them-alive", "testing")).toMatch(/HIV/);
    const wounds = section("fentanyl-and-other-drugs", "xylazine");
    expect(wounds).toMatch(/anywhere on the body, not only\s+where someone injects/);
    expect(wounds).toMatch(/Keep it moist and covered/);
    expect(wounds).toMatch(/Do not put alcohol or peroxide on it/);
  });

  it("expired naloxone is better than none; the helpline's TTY; 988 by chat", () => {
    expect(section("overdose-and-naloxone", "naloxone")).toMatch(/expired naloxone is better than none/);
    expect(section("keeping-them-alive", "naloxone")).toMatch(/expired naloxone is\s+better than none/);
    expect(contact("samhsa-helpline").when).toMatch(/TTY.*1-800-487-4889/);
    expect(section("finding-treatment", "start")).toMatch(/TTY line, 1-800-487-4889/);
    expect(contact("lifeline-988").when).toMatch(/chat at 988lifeline\.org/);
  });
});

describe("smaller corrections", () => {
  it("Good Samaritan protection is limited and varies by state", () => {
    expect(section("overdose-and-naloxone", "good-samaritan")).toMatch(/They do not cover everything/);
    expect(section("overdose-and-naloxone", "good-samaritan")).toMatch(/different in each state/);
    expect(allText()).not.toMatch(/Good Samaritan laws? (that )?protects? (you|people) (completely|from arrest)/i);
  });

  it("drops the claim that withdrawal gets harder each time", () => {
    expect(allText()).not.toMatch(/withdrawal (can |will )?gets? (harder|worse) (over time|each time)/i);
  });

  it("says what CRAFT's trials did and did not show for the family's own wellbeing", () => {
    const craft = section("support-for-you", "craft");
    expect(craft).toMatch(/families who tried other approaches, such as Al-Anon, felt better too/);
    expect(craft).not.toMatch(/even when their loved one did not go/);
  });

  it("methadone take-home rules changed in 2024; daily naltrexone pills; weekly buprenorphine shot; methadone tablets", () => {
    expect(section("medicines-for-opioid-use-disorder", "methadone")).toMatch(/Federal rules changed in 2024/);
    expect(section("medicines-for-opioid-use-disorder", "methadone")).toMatch(/A liquid or tablet/);
    expect(section("medicines-for-opioid-use-disorder", "naltrexone")).toMatch(/It also comes as a daily pill/);
    expect(section("medicines-for-opioid-use-disorder", "buprenorphine")).toMatch(/once a week or once a month/);
    const term = (id: string) => catalogue.glossary.find((t) => t.id === id)!.definition;
    expect(term("buprenorphine")).toMatch(/once a week or once a month/);
    expect(term("methadone")).toMatch(/liquid or a tablet/);
    expect(term("naltrexone")).toMatch(/daily pill/);
  });

  it("naloxone kept in a car: the label's temperature range", () => {
    expect(section("overdose-and-naloxone", "naloxone")).toMatch(/never above 104°F \(40°C\), and not to let it freeze/);
  });

  it("explains a sliding scale", () => {
    expect(section("finding-treatment", "start")).toMatch(/sliding scale\. That\s+means the price goes down when your income is lower/);
    expect(catalogue.glossary.map((t) => t.id)).toContain("sliding-scale");
  });

  it("credits the three-stage relapse model to its public source", () => {
    expect(pageText("stages-of-relapse")).toMatch(/Steven Melemis/);
    expect(page("stages-of-relapse").sources).toContain("melemis-relapse-stages");
  });

  it("uses person-first words: no addicts, abusers or clean and dirty for people", () => {
    const shown = `${allText()} ${JSON.stringify(catalogue.stages)} ${JSON.stringify(catalogue.triggerGroups)} ${JSON.stringify(catalogue.responses)} ${JSON.stringify(catalogue.overdose)} ${JSON.stringify(catalogue.glossary)}`;
    expect(shown).not.toMatch(/\baddicts?\b|\babusers?\b|\bjunkies?\b|\bdrug users?\b|\bsubstance abusers?\b/i);
    expect(shown).not.toMatch(/\b(stay|stays|stayed|staying|get|gets|got|getting|be|being|is|was|been) clean\b|\bclean (time|urine|drug test)\b/i);
    expect(shown).not.toMatch(/\bdirty (urine|test|drug test)\b|\b(is|was|came back) dirty\b/i);
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

/**
 * The same clinical facts in Spanish (issue 18): the Spanish catalogue and pages must state each
 * fact the English states, with the same figures and in the same order. The page checks follow the
 * English sections by their anchors (the same in both languages) and fail until every Spanish page
 * exists in content/es/pages/.
 */
describe("in Spanish", () => {
  const es = loadCatalogue(CONTENT, "es");
  const esContact = (id: string) => es.crisis.contacts.find((c) => c.id === id)!;
  const esSteps = es.overdose.steps;
  const esTitles = esSteps.map((s) => s.title.toLowerCase());
  const MOUD_ES = /medicamentos? para (la adicción a los|el trastorno por consumo de) opioides|buprenorfina|metadona/i;
  let esPagesCache: ReturnType<typeof loadPages> | undefined;
  const esPages = () => (esPagesCache ??= loadPages(CONTENT, es, { english: pages }));
  const esPage = (slug: string) => esPages().find((p) => p.slug === slug)!;
  const esSection = (slug: string, id: string) => {
    const found = sections(esPage(slug).hast).find((s) => s.id === id);
    if (!found) throw new Error(`es/${slug} has no section #${id}`);
    return found.text;
  };
  const esPageText = (slug: string) => hastToString(esPage(slug).hast).replace(/\s+/g, " ");
  const SLOW = 120_000;

  describe("the crisis numbers", () => {
    it("the strip is 911, 988 and the SAMHSA helpline, with the English numbers", () => {
      expect(es.crisis.contacts.filter((c) => c.inStrip).map((c) => c.number)).toEqual(["911", "988", "1-800-662-4357"]);
      for (const c of catalogue.crisis.contacts) expect([esContact(c.id).number, esContact(c.id).dial, esContact(c.id).text]).toEqual([c.number, c.dial, c.text]);
    });

    it("988 for drug use crises too; Poison Control sends a person who cannot be woken to 911; the parent line is not a crisis line", () => {
      expect(esContact("lifeline-988").when).toMatch(/crisis por drogas/);
      expect(esContact("poison-control").when).toMatch(/no se despierta.*llame al 911/);
      expect(esContact("poison-control").when).toMatch(/o si un niño pudo haber tragado un opioide, llame al 911/);
      expect(esContact("parent-helpline").when).toMatch(/No es una línea de crisis/);
      expect(esContact("samhsa-helpline").when).toMatch(/1-800-487-4889/);
    });
  });

  describe("the overdose response", () => {
    it("goes: 911 and naloxone, breathing, repeat doses, side once breathing, stay, after waking", () => {
      expect(esTitles).toHaveLength(6);
      expect(esTitles[0]).toMatch(/^llame al 911 y dé naloxona/);
      expect(esTitles[1]).toMatch(/respirar/);
      expect(esTitles[2]).toMatch(/otra dosis cada 2 a 3 minutos/);
      expect(esTitles[3]).toMatch(/^cuando ya respire, póngala de lado/);
      expect(esTitles[4]).toMatch(/^quédese con la persona/);
      expect(esTitles[5]).toMatch(/al despertar/);
      for (const step of esSteps) expect(step.title.length, step.title).toBeLessThanOrEqual(50);
    });

    it("step 1: call 911 first, then naloxone; say Spanish for an interpreter; Narcan named", () => {
      const detail = esSteps[0]!.detail;
      expect(detail).toMatch(/^Llame al 911 primero/);
      expect(detail.indexOf("911")).toBeLessThan(detail.indexOf("rocíe una dosis"));
      expect(detail).toMatch(/diga «Spanish»/);
      expect(detail).toMatch(/Narcan/);
    });

    it("step 2: rescue breaths every 5 seconds, CPR with breaths (30 and 2), hands-only CPR, do not wait", () => {
      const detail = esSteps[1]!.detail;
      for (const words of [/incline la cabeza de la persona hacia atrás/, /tápele la nariz/, /cubra la boca de la persona con la suya/, /una respiración cada 5 segundos/, /Mire que el pecho suba/]) {
        expect(detail).toMatch(words);
      }
      expect(detail).toMatch(/RCP: 30 compresiones fuertes y rápidas en el centro del pecho, y luego 2 respiraciones/);
      expect(detail).toMatch(/RCP solo con las manos/);
      expect(detail).toMatch(/No espere a que la naloxona haga efecto/);
      expect(es.glossary.find((t) => t.id === "cpr")!.definition).toMatch(/con respiraciones/);
      expect(es.glossary.find((t) => t.id === "rescue-breaths")!.definition).toMatch(/una respiración cada 5 segundos/);
    });

    it("step 3: a new device every 2 to 3 minutes until they wake or help takes over", () => {
      expect(esSteps[2]!.detail).toMatch(/después de 2 a 3 minutos/);
      expect(esSteps[2]!.detail).toMatch(/dispositivo nuevo de naloxona cada vez/);
      expect(esSteps[2]!.detail).toMatch(/hasta que la persona despierte.*o hasta que llegue la ayuda/);
    });

    it("step 4: the recovery position once they breathe", () => {
      expect(esSteps[3]!.detail).toMatch(/posición de recuperación/);
      expect(es.glossary.find((t) => t.id === "recovery-position")!.definition).toMatch(/de lado/);
    });

    it("step 5: 30 to 90 minutes; sleepy again or slow breathing: another dose, breaths, 911 again; never sleep it off", () => {
      const detail = esSteps[4]!.detail;
      expect(detail).toMatch(/30 a 90 minutos/);
      expect(detail).toMatch(/Si le vuelve a dar sueño o respira lento: dé otra dosis, ayúdele a respirar y llame otra vez al 911/);
      expect(detail).toMatch(/No la deje «dormir para que se le pase»/);
    });

    it("step 6: the emergency room, withdrawal, and what to do if they refuse to go", () => {
      const detail = esSteps[5]!.detail;
      expect(detail).toMatch(/sala de emergencias/);
      expect(detail).toMatch(/síntomas de abstinencia/);
      expect(detail).toMatch(/Volver a consumir/);
      expect(detail).toMatch(/Si no quiere ir, quédese con la persona las próximas horas, tenga la naloxona a mano y llame otra vez al 911/);
    });

    it("names every sign and says to treat doubt as an overdose", () => {
      const signs = es.overdose.signs.map((s) => s.label.toLowerCase()).join(" ");
      for (const word of ["no se despierta", "respira", "gorgoteo", "ronquidos", "azules", "grises", "punta de un alfiler", "flojo"]) expect(signs).toContain(word);
      expect(es.overdose.ifUnsure).toMatch(/trátelo como una sobredosis/i);
    });

    it("covers tolerance, fentanyl, xylazine, Good Samaritan laws, over-the-counter naloxone since 2023 and the rest", () => {
      const facts = es.overdose.facts.map((f) => f.text).join(" ");
      expect(facts).toMatch(/tolerancia/);
      expect(facts).toMatch(/fentanilo.*unas 50 veces más fuerte que la heroína/i);
      expect(facts).toMatch(/pastillas falsas que se ven igual que las pastillas recetadas/);
      expect(facts).toMatch(/xilacina.*La naloxona no quita el efecto de la xilacina\. Dé naloxona de todos modos/i);
      expect(facts).toMatch(/Buen Samaritano.*pero no de todo.*cambian en cada estado/);
      expect(facts).toMatch(/Desde 2023.*de venta libre/);
      expect(facts).toMatch(/naloxona vencida es mejor que nada/i);
      expect(facts).toMatch(/Tocar el fentanilo, o estar cerca de él, no le va a causar una sobredosis/);
      expect(facts).toMatch(/estimulante.*Dé naloxona de todos modos/);
    });

    it("the Spanish /crisis page shows every step in order and sends a child who may have swallowed an opioid to 911", () => {
      const text = hastToString(renderMarkdown(contentStrings("es").crisisPage.join("\n\n"), es, "crisis (es)").hast);
      const at = esSteps.map((step) => text.indexOf(step.title));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(text).toMatch(/Si un niño pudo haber tragado metadona, buprenorfina o cualquier opioide, llame al 911 enseguida/);
    });
  });

  describe("medicine and the catalogue's advice", () => {
    it("names the medicine in the physical stage and the helpful responses, and never offers detox on its own", () => {
      expect(es.stages.find((s) => s.id === "physical")!.familyCanDo.join(" ")).toMatch(MOUD_ES);
      const helpful = offered(es.responses.helpful).map((r) => `${r.label} ${r.why}`).join(" ");
      expect(helpful).toMatch(MOUD_ES);
      expect(helpful).not.toMatch(/insistir en (una )?desintoxicación|desintoxicación con un médico/i);
      for (const r of [...offered(es.responses.avoid), ...offered(es.responses.helpful)]) {
        if (/desintoxicaci/i.test(r.why)) expect(`${r.label} ${r.why}`, r.id).toMatch(MOUD_ES);
      }
    });

    it("withdrawal as it is; no shame as a sign to watch for; the medicines as in English", () => {
      const withdrawal = es.stages.flatMap((s) => s.signs).find((s) => s.id === "physical.withdrawal")!;
      expect(withdrawal.label).toMatch(/dolores.*nariz que gotea.*bostezos.*sudor/);
      expect(es.glossary.find((t) => t.id === "withdrawal")!.definition).toMatch(/casi nunca es peligroso/);
      expect(es.stages.flatMap((s) => offered(s.signs)).map((s) => s.label).join(" ")).not.toMatch(/vergüenza/i);
      const term = (id: string) => es.glossary.find((t) => t.id === id)!.definition;
      expect(term("buprenorphine")).toMatch(/una vez a la semana o una vez al mes/);
      expect(term("methadone")).toMatch(/líquido o en tableta/);
      expect(term("naltrexone")).toMatch(/pastilla diaria/);
      expect(term("naltrexone")).toMatch(/7 a 10 días sin ningún opioide/);
      expect(term("take-home-dose")).toMatch(/una sola dosis puede matar a un niño/);
    });

    it("uses person-first words and medicamento, never droga, for a medicine", () => {
      const shown = JSON.stringify([es.stages, es.triggerGroups, es.responses, es.overdose, es.glossary, es.crisis]);
      expect(shown).not.toMatch(/\b(adictos?|drogadictos?|toxicómanos?|viciosos?)\b/i);
      expect(shown).not.toMatch(/(buprenorfina|metadona|naltrexona|naloxona),? (es|son) una droga/i);
    });
  });

  describe("on the Spanish pages", () => {
    it(
      "every page that shows the steps shows all of them, in order",
      () => {
        for (const slug of ["right-now", "overdose-and-naloxone", "planning-ahead"]) {
          const text = esPageText(slug);
          const at = esSteps.map((step) => text.indexOf(step.title));
          expect(at.every((i) => i >= 0), slug).toBe(true);
          expect([...at].sort((a, b) => a - b), slug).toEqual(at);
        }
      },
      SLOW,
    );

    const afterReturn: [string, string][] = [
      ["right-now", "next-24-hours"],
      ["responding-to-relapse", "medicine"],
      ["responding-to-relapse", "back-to-treatment"],
      ["stages-of-relapse", "physical"],
      ["working-with-treatment-providers", "questions"],
      ["working-with-treatment-providers", "changes"],
      ["planning-ahead", "what-to-do"],
      ["overdose-and-naloxone", "after"],
      ["suicide-risk", "risk"],
      ["when-your-loved-one-is-an-adult", "commitment"],
    ];
    it.each(afterReturn)("%s#%s names the medicine for opioid use disorder", (slug, id) => expect(esSection(slug, id)).toMatch(MOUD_ES), SLOW);

    it(
      "never recommends detox on its own: every section that says desintoxicación also names the medicine",
      () => {
        for (const p of esPages()) {
          if (p.slug === "glossary") continue;
          for (const s of sections(p.hast)) if (/desintoxicaci/i.test(s.text)) expect(s.text, `${p.slug}#${s.id}`).toMatch(MOUD_ES);
        }
      },
      SLOW,
    );

    it(
      "the medicines, their figures, and how each starts",
      () => {
        const text = esPageText("medicines-for-opioid-use-disorder");
        for (const name of ["buprenorfina", "metadona", "naltrexona"]) expect(text.toLowerCase()).toContain(name);
        expect(text).toMatch(/7 (a|y) 10 días/);
        expect(text).toMatch(/2023/);
        expect(esSection("medicines-for-opioid-use-disorder", "methadone")).toMatch(/2024/);
        expect(esSection("medicines-for-opioid-use-disorder", "pregnancy")).toMatch(MOUD_ES);
      },
      SLOW,
    );

    it(
      "breathing, nodding off, after waking, on medicine, the law and keeping naloxone: the facts and figures of the English sections",
      () => {
        expect(esSection("overdose-and-naloxone", "breathing")).toMatch(/RCP/);
        expect(esSection("overdose-and-naloxone", "breathing")).toMatch(/respiraci/);
        expect(esSection("overdose-and-naloxone", "nodding-off")).toMatch(/posición de recuperación|de lado/);
        expect(esSection("overdose-and-naloxone", "nodding-off")).toMatch(/ronquid|gorgoteo/);
        expect(esSection("overdose-and-naloxone", "after")).toMatch(/911/);
        expect(esSection("overdose-and-naloxone", "after")).toMatch(/naloxona/);
        const onMedicine = esSection("overdose-and-naloxone", "on-medicine");
        expect(onMedicine).toMatch(/naltrexona/i);
        expect(onMedicine).toMatch(/buprenorfina/i);
        expect(onMedicine).toMatch(/benzodiacepinas/);
        expect(onMedicine).toMatch(/911/);
        expect(esSection("overdose-and-naloxone", "good-samaritan")).toMatch(/estado/);
        expect(esSection("overdose-and-naloxone", "naloxone")).toMatch(/104\s?°F/);
        expect(esSection("overdose-and-naloxone", "naloxone")).toMatch(/40\s?°C/);
        expect(esSection("overdose-and-naloxone", "naloxone")).toMatch(/vencida/);
      },
      SLOW,
    );

    it(
      "figures that must not change: relapse rates, fentanyl's strength, the TTY line, Poison Control for a child",
      () => {
        expect(figuresIn(esSection("relapse-and-chronic-illness", "numbers"))).toEqual(expect.arrayContaining(["30", "40", "50", "60", "70"]));
        expect(esSection("relapse-and-chronic-illness", "numbers")).toMatch(/NIDA/);
        expect(esSection("fentanyl-and-other-drugs", "fentanyl")).toMatch(/50 veces/);
        expect(esSection("fentanyl-and-other-drugs", "fentanyl")).toMatch(/100 veces/);
        expect(esSection("finding-treatment", "start")).toMatch(/1-800-487-4889/);
        expect(esSection("suicide-risk", "child")).toMatch(/911/);
        expect(esSection("suicide-risk", "child")).toMatch(/1-800-222-1222/);
        expect(esSection("suicide-risk", "what-to-do")).toMatch(/988/);
        expect(esSection("keeping-them-alive", "testing")).toMatch(/hepatitis C/i);
        expect(esSection("keeping-them-alive", "testing")).toMatch(/VIH/);
        for (const [slug, id] of [["support-for-you", "storage"], ["suicide-risk", "medicines"]] as const) {
          expect(esSection(slug, id), slug).toMatch(/metadona/);
          expect(esSection(slug, id), slug).toMatch(/buprenorfina/);
          expect(esSection(slug, id), slug).toMatch(/niñ[oa]/);
        }
        expect(esPageText("stages-of-relapse")).toMatch(/Melemis/);
      },
      SLOW,
    );

    it(
      "keeps the corrections: no kindling, no shorter relapses, no labels for people",
      () => {
        const all = esPages().map((p) => esPageText(p.slug)).join(" ");
        expect(all).not.toMatch(/kindling|más cortas que la anterior/i);
        expect(all).not.toMatch(/\b(adictos?|drogadictos?|toxicómanos?)\b/i);
      },
      SLOW,
    );
  });
});
