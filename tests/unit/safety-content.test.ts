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
