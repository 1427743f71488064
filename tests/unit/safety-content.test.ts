import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/content/catalogue";

/** The safety facts must match ../shared/CONTENT.md exactly. */
const catalogue = loadCatalogue(`${process.cwd()}/content`);
const contact = (id: string) => catalogue.crisis.contacts.find((c) => c.id === id)!;

describe("crisis numbers", () => {
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

  it("the strip shows 911, 988, the SAMHSA helpline and Poison Control", () => {
    expect(catalogue.crisis.contacts.filter((c) => c.inStrip).map((c) => c.id)).toEqual([
      "emergency",
      "lifeline-988",
      "samhsa-helpline",
      "poison-control",
    ]);
  });

  it("988 can be called or texted; the parent line says it is not a crisis line", () => {
    expect(contact("lifeline-988").text).toBe("988");
    expect(contact("parent-helpline").when).toMatch(/not a crisis line/i);
  });
});

describe("overdose", () => {
  it("steps follow the CDC order", () => {
    const titles = catalogue.overdose.steps.map((s) => s.title.toLowerCase());
    expect(titles[0]).toMatch(/naloxone.*911/);
    expect(titles[1]).toMatch(/breathing/);
    expect(titles[2]).toMatch(/side/);
    expect(titles[3]).toMatch(/stay/);
    expect(titles[4]).toMatch(/second dose.*2 to 3 minutes/);
  });

  it("names every sign and says to treat doubt as an overdose", () => {
    const signs = catalogue.overdose.signs.map((s) => s.label.toLowerCase()).join(" ");
    for (const word of ["woken", "breathing", "gurgling", "blue", "grey", "pinpoint"]) expect(signs).toContain(word);
    expect(catalogue.overdose.ifUnsure).toMatch(/treat it as an overdose/i);
  });

  it("covers tolerance, fentanyl, Good Samaritan laws and over-the-counter naloxone", () => {
    const facts = catalogue.overdose.facts.map((f) => f.text).join(" ");
    expect(facts).toMatch(/tolerance/);
    expect(facts).toMatch(/Fentanyl/);
    expect(facts).toMatch(/Good Samaritan/);
    expect(facts).toMatch(/over the counter/);
  });
});
