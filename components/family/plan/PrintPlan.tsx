import { useLocale, useTranslations } from "next-intl";
import { getCatalogue, smsHref, telHref, type Catalogue } from "@/lib/content";
import type { PlanRecord } from "@/lib/family/plan";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { NaloxoneNotice } from "./NaloxoneNotice";
import { PrintButton } from "./PrintButton";
import { formatDay, phoneHref } from "./format";
import { Moment } from "@/components/ui/Moment";
import { planPath } from "./parts";

// On paper, only this page: the site's header, crisis strip (its numbers are in the page), footer,
// breadcrumb and family menu are left off, and the margins are small so it fits on one sheet.
// Those print rules are in app/globals.css ("Printing the plan"), keyed on .print-plan: no inline
// <style>, which a strict Content-Security-Policy (style-src 'self') would block.

/** Words for the catalogue's ids in a language (retired items keep their label, so an old plan still reads well). */
function labelsOf(catalogue: Catalogue) {
  const signs = new Map(catalogue.stages.flatMap((stage) => stage.signs.map((sign) => [sign.id, sign.label] as const)));
  const triggers = new Map(catalogue.triggerGroups.flatMap((group) => group.triggers.map((trigger) => [trigger.id, trigger.label] as const)));
  return { sign: (id: string) => signs.get(id) ?? id, trigger: (id: string) => triggers.get(id) ?? id };
}

/** The characters of the sheet's fixed parts that come from the catalogue: the overdose steps and the crisis numbers. */
function fixedCharacters(catalogue: Catalogue): number {
  const { overdose, crisis } = catalogue;
  return (
    overdose.ifUnsure.length +
    overdose.steps.reduce((sum, step) => sum + step.title.length + step.detail.length, 0) +
    crisis.contacts.reduce((sum, contact) => sum + contact.name.length + contact.number.length + contact.when.length, 0)
  );
}

/**
 * A rough count of the lines this plan takes on paper at 9pt in two columns (about 55 characters
 * a line). The fixed parts (overdose steps, crisis numbers, headings) take about 62 lines in
 * English; in another language they take the lines their longer (or shorter) catalogue text needs.
 * Long plans print a size or two smaller (PRINT_SIZES); very long ones may still need two pages.
 * Warning signs and triggers print as running text (separated by " · "), house rules as written.
 */
export function printLines(content: PlanRecord["content"], locale: Locale = DEFAULT_LOCALE): number {
  const catalogue = getCatalogue(locale);
  const { sign: signLabel, trigger: triggerLabel } = labelsOf(catalogue);
  const fixed = 62 + Math.ceil((fixedCharacters(catalogue) - fixedCharacters(getCatalogue(DEFAULT_LOCALE))) / 55);
  const lines = (text: string | undefined, perLine = 55) => (text ? Math.ceil(text.length / perLine) : 0);
  const e = content.emergency;
  const naloxone = [e.naloxoneLocation, e.naloxoneWhoKnows, [e.hospitalName, e.hospitalAddress].filter(Boolean).join(", ")];
  return (
    fixed +
    naloxone.reduce((sum, text) => sum + Math.max(1, lines(text)), 0) +
    content.people.reduce((sum, p) => sum + lines(`${p.name ?? ""} (${p.relationship ?? ""}): ${p.phone ?? ""}`) + lines(p.whenToCall, 62), 0) +
    (content.treatment.length ? 3 : 0) +
    content.treatment.reduce((sum, t) => sum + lines(`${t.name ?? ""} (${t.role ?? ""}): ${t.phone ?? ""}`), 0) +
    content.relapseSteps.reduce((sum, step) => sum + lines(step, 50), 0) +
    checklistLines(content.signs, signLabel) +
    checklistLines(content.triggers, triggerLabel) +
    (content.boundaries ? 3 + lines(content.boundaries) : 0)
  );
}

function checklistLines(list: { ids: string[]; ownWords?: string }, label: (id: string) => string): number {
  if (list.ids.length === 0 && !list.ownWords) return 0;
  const text = [...list.ids.map(label), list.ownWords ?? ""].join(" · ");
  return 3 + Math.ceil(text.length / 55);
}

/**
 * The type size for a plan of so many lines, so the sheet stays one page. Measured in Chrome on US
 * Letter (tests/e2e/print.spec.ts, 2026-12-05): at 9pt a sheet holds about 109 of these lines (the
 * English test plan, 108, fills 944 of about 950 px of column), at 8pt about 124 (the Spanish test
 * plan, 126, ran 9 px onto a second page; at 7.5pt it fits). The crisis lines and the headings keep
 * their own sizes, so a smaller body type gains less than its size suggests.
 */
const PRINT_SIZES = [
  { above: 120, className: "print:text-[7.5pt]" },
  { above: 108, className: "print:text-[8pt]" },
] as const;
const printSize = (lines: number) => PRINT_SIZES.find((size) => lines > size.above)?.className ?? "print:text-[9pt]";

const blank = <span className="text-muted print:text-black">________________________</span>;

/**
 * The one-page copy for the fridge, a wallet or a bag: crisis numbers, the overdose steps, the
 * naloxone, the people to call and the relapse steps. Print rules (print:) make the type small
 * and set it in two columns.
 */
export function PrintPlan({ familyId, familyName, plan }: { familyId: string; familyName: string; plan: PlanRecord }) {
  const t = useTranslations("PrintPlan");
  const locale = useLocale();
  const catalogue = getCatalogue(locale);
  const { overdose, crisis } = catalogue;
  const { sign: signLabel, trigger: triggerLabel } = labelsOf(catalogue);
  const { content } = plan;
  const e = content.emergency;
  const size = printLines(content, locale);
  return (
    <article
      className={`print-plan text-base print:leading-[1.25] ${printSize(size)}`}
      aria-labelledby="print-title"
    >
      <div className="card no-print grid gap-2">
        <p className="m-0">
          {t("intro")}
          {size > 180 ? ` ${t("long")}` : null}
        </p>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <PrintButton />
          <span className="muted">{t("orMenu")}</span>
        </div>
        <p className="m-0">
          <a href={planPath(familyId)}>{t("back")}</a>
        </p>
      </div>

      <header className="mb-3 print:mb-[2mm]">
        <h1 id="print-title" className="print:m-0 print:text-[14pt] print:text-black">
          {t("title", { family: familyName })}
        </h1>
        <p className="muted m-0 print:text-[8pt] print:text-black">
          {plan.updatedAt ? (
            <>
              {plan.updatedBy
                ? t.rich("updatedBy", { name: plan.updatedBy, when: () => <Moment date={plan.updatedAt!} dayOnly /> })
                : t.rich("updated", { when: () => <Moment date={plan.updatedAt!} dayOnly /> })}{" "}
            </>
          ) : null}
          {t("reprint")}
        </p>
      </header>

      <div className="grid gap-4 print:block print:columns-2 print:gap-[7mm] print:[column-rule:1px_solid_#999]">
        <Block title={t("overdose")} alert whole>
          <p className="m-0 mb-1 font-bold">{overdose.ifUnsure}</p>
          <ol className="m-0 list-decimal pl-5 print:pl-[4.5mm]">
            {overdose.steps.map((step) => (
              <li key={step.id} className="mb-1 print:mb-[0.6mm]">
                <strong>{step.title}</strong> {step.detail}
              </li>
            ))}
          </ol>
        </Block>

        <Block title={t("naloxone")} whole>
          <NaloxoneNotice status={plan.naloxone} compact />
          <dl className="m-0 grid gap-1 print:gap-[0.5mm]">
            <Line term={t("kept")}>{e.naloxoneLocation ?? blank}</Line>
            <Line term={t("whoCanUse")}>{e.naloxoneWhoKnows ?? blank}</Line>
            <Line term={t("expires")}>{e.naloxoneExpiry ? formatDay(e.naloxoneExpiry, "long", locale) : blank}</Line>
            <Line term={t("emergencyRoom")}>
              {e.hospitalName || e.hospitalAddress ? [e.hospitalName, e.hospitalAddress].filter(Boolean).join(", ") : blank}
            </Line>
          </dl>
        </Block>

        <Block title={t("crisisNumbers")}>
          <ul className="m-0 grid list-none gap-1 p-0 print:gap-[0.6mm]">
            {crisis.contacts.map((contact) => (
              <li key={contact.id}>
                <strong>{contact.name}:</strong>{" "}
                <a href={telHref(contact.dial)} className="font-bold whitespace-nowrap">
                  {contact.number}
                </a>
                {contact.text ? (
                  <>
                    {" "}
                    {t.rich("callOrText", { text: (chunks) => <a href={smsHref(contact.text!)}>{chunks}</a> })}
                  </>
                ) : null}
                <span className="block text-muted print:text-[7.5pt] print:text-black">{contact.when}</span>
              </li>
            ))}
          </ul>
        </Block>

        <Block title={t("people")}>
          {content.people.length > 0 ? (
            <ul className="m-0 grid list-none gap-1 p-0 print:gap-[0.6mm]">
              {content.people.map((person, i) => (
                <li key={i}>
                  <Contact name={person.name} detail={person.relationship} phone={person.phone} />
                  {person.whenToCall ? <span className="block print:text-[7.5pt]">{person.whenToCall}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <WriteIn lines={3} />
          )}
        </Block>

        {content.treatment.length > 0 ? (
          <Block title={t("treatment")}>
            <ul className="m-0 grid list-none gap-1 p-0 print:gap-[0.6mm]">
              {content.treatment.map((member, i) => (
                <li key={i}>
                  <Contact name={member.name} detail={member.role} phone={member.phone} />
                </li>
              ))}
            </ul>
          </Block>
        ) : null}

        <Block title={t("relapse")}>
          {content.relapseSteps.length > 0 ? (
            <ol className="m-0 list-decimal pl-5 print:pl-[4.5mm]">
              {content.relapseSteps.map((step, i) => (
                <li key={i} className="mb-1 whitespace-pre-line print:mb-[0.6mm]">
                  {step}
                </li>
              ))}
            </ol>
          ) : (
            <WriteIn lines={4} numbered />
          )}
        </Block>

        <Chosen title={t("signs")} ids={content.signs.ids} label={signLabel} ownWords={content.signs.ownWords} />
        <Chosen title={t("triggers")} ids={content.triggers.ids} label={triggerLabel} ownWords={content.triggers.ownWords} />

        {content.boundaries ? (
          <Block title={t("houseRules")}>
            <p className="m-0 whitespace-pre-line print:text-[0.94em]">{content.boundaries}</p>
          </Block>
        ) : null}
      </div>
    </article>
  );
}

/**
 * A boxed part of the sheet. On paper a long part may continue in the next column (never in the
 * middle of a line of a list), so the two columns fill the sheet; the overdose steps and the
 * naloxone stay whole.
 */
function Block({ title, alert = false, whole = false, children }: { title: string; alert?: boolean; whole?: boolean; children: React.ReactNode }) {
  return (
    <section
      className={`${whole ? "break-inside-avoid" : "print:box-decoration-clone print:[&_li]:break-inside-avoid"} rounded-lg border px-3 py-2 print:mb-[2mm] print:rounded-none print:px-[2mm] print:py-[1.2mm] ${
        alert ? "border-2 border-alert bg-alert-bg print:border-black print:bg-transparent" : "border-line bg-white print:border-black"
      }`}
    >
      <h2 className="mt-0 mb-1 text-[1.15rem] print:mb-[1mm] print:text-[10pt] print:text-black">{title}</h2>
      {children}
    </section>
  );
}

/** Chosen signs or triggers, as running text on paper (a list per line would not fit the sheet). */
function Chosen({ title, ids, label, ownWords }: { title: string; ids: string[]; label: (id: string) => string; ownWords?: string }) {
  if (ids.length === 0 && !ownWords) return null;
  return (
    <Block title={title}>
      <div className="print:text-[0.94em]">
      {ids.length > 0 ? (
        <ul className="m-0 list-disc pl-5 print:list-none print:p-0">
          {ids.map((id, i) => (
            <li key={id} className="print:inline">
              {label(id)}
              <span className="hidden print:inline" aria-hidden="true">
                {i < ids.length - 1 ? "\u00a0· " : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {ownWords ? <p className="m-0 mt-1 whitespace-pre-line print:mt-[0.6mm]">{ownWords}</p> : null}
      </div>
    </Block>
  );
}

function Line({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="inline font-semibold">{term}: </dt>
      <dd className="m-0 inline">{children}</dd>
    </div>
  );
}

function Contact({ name, detail, phone }: { name?: string; detail?: string; phone?: string }) {
  const t = useTranslations("PrintPlan");
  return (
    <>
      <strong>{name ?? detail ?? t("noName")}</strong>
      {name && detail ? ` (${detail})` : null}
      {phone ? (
        <>
          {": "}
          <a href={phoneHref(phone)} className="font-bold whitespace-nowrap">
            {phone}
          </a>
        </>
      ) : null}
    </>
  );
}

/** Empty lines to write on by hand, when the plan has nothing here yet. */
function WriteIn({ lines, numbered = false }: { lines: number; numbered?: boolean }) {
  const t = useTranslations("PrintPlan");
  return (
    <>
      <p className="m-0 text-muted print:hidden">{t("nothingYet")}</p>
      <ol className="m-0 hidden list-none p-0 print:block" aria-hidden="true">
        {Array.from({ length: lines }, (_, i) => (
          <li key={i} className="h-[6mm] border-b border-black">
            {numbered ? `${i + 1}.` : null}
          </li>
        ))}
      </ol>
    </>
  );
}
