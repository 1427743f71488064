import { createElement, type FunctionComponent } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NextIntlClientProvider } from "next-intl";
import { PlanView } from "@/components/family/plan/PlanView";
import { MESSAGES } from "@/lib/i18n/messages";
import { emptyPlan } from "@/lib/family/plan";

describe("the plan's own words, by who reads them", () => {
  const content = emptyPlan();
  content.signs.ownWords = "Stops answering texts after dinner";
  content.responses.ownWords = "Sit with him on the porch";
  const render = (reader?: "family" | "counselor", locale: "en" | "es" = "en") =>
    renderToStaticMarkup(
      createElement(
        // The provider's props with its children given as createElement's third argument.
        NextIntlClientProvider as unknown as FunctionComponent<{ locale: string; messages: unknown; timeZone: string }>,
        { locale, messages: MESSAGES[locale], timeZone: "UTC" },
        createElement(PlanView, { familyId: "f1", content, naloxone: { state: "unknown" }, editable: false, reader }),
      ),
    );

  it("the family reads 'In your own words'", () => {
    const html = render();
    expect(html).toContain("In your own words");
    expect(html).not.toContain("In the family&#x27;s words");
  });

  it("a counselor reads 'In the family's words', never 'your own'", () => {
    const html = render("counselor");
    expect(html).toContain("In the family&#x27;s words");
    expect(html).not.toContain("In your own words");
    expect(html).toContain("Stops answering texts after dinner");
  });

  it("in Spanish, the same two voices and the Spanish overdose steps", () => {
    expect(render("family", "es")).toContain("Con sus propias palabras");
    const html = render("counselor", "es");
    expect(html).toContain("Con las palabras de la familia");
    expect(html).toContain("Si cree que es una sobredosis");
    expect(html).not.toContain("If you think it is an overdose");
  });
});
