import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Source } from "./schema";

/**
 * The safety facts of ../shared/CONTENT.md, each with the words that state it, the authority it
 * was checked against, and how it was checked. `docs/content-review.md` is written from this list
 * (`npm run content-review`), so a clinician can review the guide in one sitting, and a test fails
 * when a fact's words leave the guide or the document falls out of date.
 */
export type Verification = "authority page" | "authority text, via a copy" | "recalled, not seen here";

export type SafetyFact = {
  fact: string;
  /** Words that state the fact in content/ (a regular expression, matched line by line). */
  stated: RegExp;
  sources: string[];
  checked: string;
  verification: Verification;
  note?: string;
};

const CHECKED = "2026-11-22";

export const SAFETY_FACTS: SafetyFact[] = [
  { fact: "Medicines for opioid use disorder (buprenorphine, methadone, naltrexone) are the main treatment, the standard of care", stated: /call it the standard of care/, sources: ["samhsa-moud", "fda-moud"], checked: CHECKED, verification: "authority page" },
  { fact: "Taken long term, buprenorphine and methadone cut the risk of death about in half", stated: /buprenorphine or methadone long term are about half as likely to die/, sources: ["nasem-moud-save-lives"], checked: CHECKED, verification: "authority text, via a copy", note: "National Academies 2019. Naltrexone has no such mortality evidence; the page says so." },
  { fact: "Medicine is not swapping one drug for another", stated: /Isn't that swapping one drug for another/, sources: ["samhsa-moud"], checked: CHECKED, verification: "authority page" },
  { fact: "Since 2023 any clinician with a standard DEA registration may prescribe buprenorphine; no waiver", stated: /Since 2023, any clinician who is licensed to prescribe controlled/, sources: ["samhsa-mat-act"], checked: CHECKED, verification: "authority page", note: "Telehealth rules are still changing (2025 final rule delayed; flexibilities extended through 2026): the page says so instead of giving a date." },
  { fact: "Methadone for addiction comes only from a licensed opioid treatment program", stated: /only from a licensed opioid treatment program/, sources: ["fda-moud"], checked: CHECKED, verification: "authority page" },
  { fact: "Extended-release naltrexone needs 7-10 days without opioids first (longer after methadone or buprenorphine)", stated: /7 to 10 days without any opioid first/, sources: ["fda-moud"], checked: CHECKED, verification: "authority text, via a copy", note: "7-10 days is from the Vivitrol label; up to 2 weeks after methadone or buprenorphine." },
  { fact: "After a return to use, the first question is starting or restarting medicine", stated: /first question is whether to start or restart/, sources: ["samhsa-moud", "nida-moud"], checked: CHECKED, verification: "authority page" },
  { fact: "Detox alone leaves tolerance low and raises the risk of fatal overdose", stated: /Detox lowers tolerance in a few days/, sources: ["medlineplus-withdrawal", "nida-moud"], checked: CHECKED, verification: "authority text, via a copy" },
  { fact: "Tolerance drops after any time without using (detox, treatment, jail, hospital)", stated: /After time without using, such as detox, treatment, jail or a hospital stay/, sources: ["medlineplus-withdrawal", "cdc-overdose-response"], checked: CHECKED, verification: "authority text, via a copy" },
  { fact: "Overdose signs: cannot be woken, slow or no breathing, gurgling or snoring, blue or grey lips and nails, pinpoint pupils, limp body", stated: /They cannot be woken up, even when you call their name/, sources: ["cdc-overdose-response"], checked: CHECKED, verification: "authority text, via a copy", note: "Seen in CDC's 2017 and 2021 text; the current page's wording was not seen here." },
  { fact: "If unsure, treat it as an overdose", stated: /If you are not sure, treat it as an overdose/, sources: ["cdc-overdose-response"], checked: CHECKED, verification: "authority text, via a copy" },
  { fact: "Step 1: call 911 and give naloxone (on their back, one spray in one nostril); Narcan named", stated: /"title": "Call 911 and give naloxone\."/, sources: ["cdc-naloxone", "fda-naloxone-otc"], checked: CHECKED, verification: "authority page" },
  { fact: "Step 2: support breathing, CPR or rescue breaths as the dispatcher guides, hands-only CPR if untrained; do not wait for naloxone", stated: /start CPR or rescue breaths\. The 911 dispatcher will tell you/, sources: ["aha-poisoning-2023", "aha-hands-only-cpr"], checked: CHECKED, verification: "authority text, via a copy", note: "AHA: standard resuscitation takes priority over naloxone; 2025 guideline wording not seen here." },
  { fact: "Step 3: another dose with a new device every 2-3 minutes until they respond or help arrives", stated: /Give another dose every 2 to 3 minutes if they do not respond/, sources: ["cdc-naloxone", "samhsa-overdose-toolkit"], checked: CHECKED, verification: "authority text, via a copy", note: "From the approved naloxone label." },
  { fact: "Step 4: recovery position only once they breathe", stated: /Once they are breathing, turn them on their side/, sources: ["cdc-overdose-response", "samhsa-overdose-toolkit"], checked: CHECKED, verification: "authority text, via a copy" },
  { fact: "Step 5: stay; naloxone wears off in 30-90 minutes, before many opioids", stated: /Naloxone wears off in 30 to 90 minutes/, sources: ["samhsa-overdose-toolkit"], checked: CHECKED, verification: "authority text, via a copy" },
  { fact: "Step 6: after waking they still need the emergency room and may be in withdrawal; do not use again", stated: /They should go to the emergency room, even if they seem fine/, sources: ["samhsa-overdose-toolkit", "cdc-naloxone"], checked: CHECKED, verification: "authority text, via a copy" },
  { fact: "Naloxone nasal spray is over the counter in the US since 2023 and often free", stated: /Since 2023, naloxone nasal spray has been sold over the counter/, sources: ["fda-naloxone-otc"], checked: CHECKED, verification: "authority text, via a copy", note: "FDA approval 29 March 2023. 'Often free' is widely true but was not checked against a federal page." },
  { fact: "Xylazine is often mixed into fentanyl; naloxone does not reverse it; give naloxone anyway", stated: /Naloxone does not undo xylazine\. Give naloxone anyway/, sources: ["cdc-xylazine"], checked: CHECKED, verification: "authority text, via a copy" },
  { fact: "Fentanyl test strips; a negative test does not prove a drug safe; state laws differ", stated: /Fentanyl test strips are small paper strips/, sources: ["cdc-fentanyl"], checked: CHECKED, verification: "recalled, not seen here", note: "CDC page URL recalled; re-open before publishing." },
  { fact: "Never use alone; Never Use Alone line 1-800-484-3731", stated: /Never Use Alone, 1-800-484-3731/, sources: ["never-use-alone"], checked: CHECKED, verification: "recalled, not seen here", note: "Number seen only on a third-party page here." },
  { fact: "Do not mix opioids with alcohol, benzodiazepines or other sedatives", stated: /benzodiazepines, such as Xanax or Valium/, sources: ["cdc-stop-overdose"], checked: CHECKED, verification: "authority page" },
  { fact: "Opioid withdrawal: aches, runny nose, watery eyes, yawning, sweating, goosebumps, large pupils, diarrhea, vomiting, poor sleep; rarely dangerous by itself", stated: /It can bring aches, a runny nose, yawning, sweating, goosebumps/, sources: ["medlineplus-withdrawal"], checked: CHECKED, verification: "authority text, via a copy" },
  { fact: "Good Samaritan overdose laws exist in most states and protect callers from some drug charges; details vary", stated: /Most US states have Good Samaritan overdose laws/, sources: ["gao-good-samaritan"], checked: CHECKED, verification: "authority text, via a copy", note: "GAO 2021: 47 states and DC had both Good Samaritan and naloxone access laws." },
  { fact: "For an adult, HIPAA and 42 CFR Part 2 keep programs from telling family without a signed release; families can still give information", stated: /Privacy rules limit what the program can tell you\. They do not stop you/, sources: ["hhs-part2", "hhs-hipaa-family"], checked: CHECKED, verification: "authority page", note: "Part 2 covers addiction treatment programs; an emergency room is under HIPAA alone (HHS FAQ 3001)." },
  { fact: "FindTreatment.gov and the SAMHSA National Helpline (free, confidential, 24/7, English and Spanish)", stated: /The SAMHSA National Helpline, 1-800-662-4357\.\*\* Free and private, day and night, in English/, sources: ["findtreatment", "samhsa-helpline"], checked: CHECKED, verification: "authority text, via a copy" },
  { fact: "Ask every program whether it starts and continues medicine", stated: /Do you start medicine for opioid use disorder here/, sources: ["samhsa-finding-quality"], checked: CHECKED, verification: "recalled, not seen here" },
  { fact: "Deceptive treatment marketing: paid referrals, free travel, guarantees, no medicine", stated: /offers free travel, free rent or cash to go to a program/, sources: ["ftc-treatment-marketing"], checked: CHECKED, verification: "authority page" },
  { fact: "CRAFT has the best evidence for helping a loved one into treatment (about two in three)", stated: /about two in three families who learned CRAFT/, sources: ["craft-trial"], checked: CHECKED, verification: "authority page", note: "1999 trial: CRAFT 64%, Johnson intervention 30%, Al-Anon facilitation 13%; a 2010 review of four trials agrees." },
  { fact: "Relapse rates: drug use disorders 40-60%, type 1 diabetes 30-50%, hypertension and asthma 50-70%", stated: /\| Drug use disorders \| 40 to 60 in 100 \|/, sources: ["nida-treatment-recovery"], checked: CHECKED, verification: "authority text, via a copy", note: "NIDA, from McLellan et al., JAMA 2000." },
  { fact: "Crisis strip: 911, 988 (call or text, also for drug use crises), SAMHSA helpline", stated: /"when": "Call or text any time if you or your loved one is in crisis/, sources: ["lifeline-988", "samhsa-helpline"], checked: CHECKED, verification: "authority page" },
  { fact: "Poison Control 1-800-222-1222 is for questions while the person is awake and breathing; otherwise 911", stated: /If someone cannot be woken or is not breathing well, call 911 instead/, sources: ["poison-help"], checked: CHECKED, verification: "authority page" },
  { fact: "Parent helpline 1-855-378-4373 sets up a call with a specialist; not a crisis line", stated: /Call to set up a time to talk with a trained specialist\. This is not a crisis line/, sources: ["parent-helpline"], checked: CHECKED, verification: "authority text, via a copy" },
  { fact: "Safe disposal: take-back first; flush only what the FDA list names", stated: /Some strong pain medicines should be flushed/, sources: ["fda-disposal", "dea-takeback"], checked: CHECKED, verification: "authority text, via a copy" },
];

export type FactLocation = { file: string; line: number };

/** Where each fact is stated: the first matching line under content/ (pages before the catalogue). */
export function locateFacts(contentDir: string, root: string): Map<SafetyFact, FactLocation | undefined> {
  const files = [
    ...readdirSync(join(contentDir, "pages")).sort().map((name) => join(contentDir, "pages", name)),
    ...readdirSync(join(contentDir, "catalogue")).sort().map((name) => join(contentDir, "catalogue", name)),
  ];
  const lines = files.flatMap((file) => readFileSync(file, "utf8").split("\n").map((text, index) => ({ file, line: index + 1, text })));
  return new Map(
    SAFETY_FACTS.map((fact) => {
      const hit = lines.find((entry) => fact.stated.test(entry.text));
      return [fact, hit ? { file: relative(root, hit.file), line: hit.line } : undefined];
    }),
  );
}

export function contentReviewMarkdown(contentDir: string, root: string, sources: Source[]): string {
  const located = locateFacts(contentDir, root);
  const link = (id: string) => {
    const source = sources.find((s) => s.id === id);
    return source ? `[${source.publisher.replace(/\s*\(.*\)$/, "")}: ${source.title}](${source.url})` : `unknown source ${id}`;
  };
  const rows = SAFETY_FACTS.map((fact, index) => {
    const where = located.get(fact);
    const place = where ? `\`${where.file}:${where.line}\`` : "**not stated**";
    return `| ${index + 1} | ${fact.fact} | ${place} | ${fact.sources.map(link).join("<br>")} | ${fact.checked} | ${fact.verification}${fact.note ? `. ${fact.note}` : ""} |`;
  });
  return [
    "# Content review: the safety facts",
    "",
    "Written by `npm run content-review` from `lib/content/review.ts`; a test fails when this file is",
    "out of date or when a fact's words leave the guide. Each row names the file and line that states",
    "the fact, the public source it was checked against, and how it was checked:",
    "",
    "- **authority page**: the authority's own page was read.",
    "- **authority text, via a copy**: the authority's words were read in a faithful copy or an older",
    "  version of its page; the live page was not opened here (this machine has no internet).",
    "- **recalled, not seen here**: the source is the canonical one, but its text was not seen here.",
    "  Re-open it before publishing.",
    "",
    "| # | Fact | Stated at | Source | Checked | How |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
