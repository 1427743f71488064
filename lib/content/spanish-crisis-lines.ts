/**
 * The crisis lines as they read in Spanish (issue 18, item 3), each with the public source it
 * was checked against and what that source says. The Spanish crisis block
 * (content/es/catalogue/crisis.json) shows these words; tests/unit/spanish-content.test.ts checks it.
 * They are written into docs/content-review.md ("Spanish crisis lines") by `npm run
 * content-review`, and a test keeps each number equal to the English catalogue's
 * (content/catalogue/crisis.json): the numbers must never differ between the languages.
 */
import type { Verification } from "./review";

export type SpanishSource = { url: string; publisher: string; says: string; verification: Verification };

export type SpanishCrisisLine = {
  /** The id of the same line in content/catalogue/crisis.json. */
  id: string;
  number: string;
  /** The English promise we are checking ("press 2 for Spanish"...). */
  claim: string;
  /** The exact Spanish we would show (usted, plain, the same facts as the English). */
  spanish: string;
  sources: SpanishSource[];
  /** What could not be verified here, said plainly. */
  notVerified: string;
  checked: string;
};

const CHECKED = "2026-12-04";

export const SPANISH_CRISIS_LINES: SpanishCrisisLine[] = [
  {
    id: "lifeline-988",
    number: "988",
    claim: "988 answers in Spanish: call and press 2; text AYUDA to 988",
    spanish:
      "Línea 988 de Prevención del Suicidio y Crisis. Llame al 988 y marque 2 para español. O envíe AYUDA por texto al 988. Atienden a toda hora. Llame si usted o su ser querido está en crisis. También es para una crisis por drogas, no solo para pensamientos de suicidio.",
    sources: [
      {
        url: "https://988lifeline.org/get-help/what-to-expect",
        publisher: "988 Lifeline",
        says: "A call first hears a menu: Veterans (press 1), Spanish-language (press 2), or the local center. A text to 988 offers the Spanish-language line by texting AYUDA. The page also says, in Spanish, that 988's text and chat services are now available in Spanish.",
        verification: "authority page",
      },
      {
        url: "https://www.samhsa.gov/newsroom/press-announcements/20230713/988-suicide-crisis-lifeline-adds-spanish-text-chat-service-ahead-one-year-anniversary",
        publisher: "Substance Abuse and Mental Health Services Administration",
        says: "13 July 2023: HHS added 24/7 Spanish text and chat to the Spanish call support that already existed.",
        verification: "authority page",
      },
      {
        url: "https://medium.com/wadepthealth/the-spanish-subnetwork-crisis-support-for-people-who-speak-spanish-3ef49f22004f",
        publisher: "Washington State Department of Health",
        says: "988's Spanish Subnetwork: call 988 and press 2, text \"AYUDA\" to 988, or chat online; about 170 Spanish-speaking counselors at 5 centers.",
        verification: "authority page",
      },
    ],
    notVerified:
      "The official Spanish name of the line was not seen on 988lifeline.org; \"Línea 988 de Prevención del Suicidio y Crisis\" is the name Spanish-language health media use. The address of the Spanish chat was not seen, so no chat link is given in Spanish yet.",
    checked: CHECKED,
  },
  {
    id: "samhsa-helpline",
    number: "1-800-662-4357",
    claim: "SAMHSA National Helpline: free, confidential, 24/7, in English and Spanish",
    spanish:
      "Línea Nacional de Ayuda de SAMHSA: 1-800-662-4357. Es gratis y privada, a toda hora, todos los días del año. Atienden en inglés y en español. Le ayudan a encontrar tratamiento cerca de usted.",
    sources: [
      {
        url: "https://www.samhsa.gov/find-help/helplines/national-helpline",
        publisher: "Substance Abuse and Mental Health Services Administration",
        says: "A confidential, free, 24-hour-a-day, 365-day-a-year information service, in English and Spanish, for people and families facing mental or substance use disorders; referrals to local treatment, support groups and community organizations; no counseling.",
        verification: "authority text, via a copy",
      },
    ],
    notVerified:
      "How a call reaches Spanish (a menu option, or asking) was not seen. The Spanish name is ours: SAMHSA's own Spanish name for the line was not seen here.",
    checked: CHECKED,
  },
  {
    id: "emergency",
    number: "911",
    claim: "911: say \"Spanish\" to get an interpreter",
    spanish:
      "Llame al 911. Si no habla inglés, diga «Spanish» y no cuelgue. Le van a conectar con un intérprete. Puede tardar un momento.",
    sources: [
      {
        url: "https://www.bothellwa.gov/2036/Interpreter-Services-for-Limited-English",
        publisher: "City of Bothell (Washington) Police, 911 dispatch",
        says: "In Spanish: you do not need to speak English to call 911; say which language you speak and stay on the line while the operator brings an interpreter into the call.",
        verification: "authority page",
      },
      {
        url: "https://www.portland.gov/es/911/como-usar-el-9-1-1",
        publisher: "City of Portland (Oregon), Bureau of Emergency Communications",
        says: "In Spanish: how to use 9-1-1; interpreters and translators are available.",
        verification: "authority page",
      },
      {
        url: "https://southsound911.org/hrf_faq/caller-doesnt-speak-english/",
        publisher: "South Sound 911 (Pierce County, Washington)",
        says: "It helps if the caller names the language so the call taker can request an interpreter; stay on the line while the interpreter is connected.",
        verification: "authority page",
      },
    ],
    notVerified:
      "911 is run by thousands of local centers and no national page saying \"say Spanish\" was found. The local centers seen all bring in an interpreter once the caller names the language. Some have Spanish-speaking call takers. A 2014 public radio report timed one interpreter at 55 seconds to join, so the Spanish says it can take a moment.",
    checked: CHECKED,
  },
  {
    id: "poison-control",
    number: "1-800-222-1222",
    claim: "Poison Control: Spanish available",
    spanish:
      "Línea de ayuda por envenenamiento (Poison Control): 1-800-222-1222. Llame si tiene preguntas sobre un medicamento, una droga o una mezcla que alguien tomó, y la persona está despierta y respira bien. Es gratis, a toda hora. Tienen intérpretes, también en español. Si la persona no se despierta o no respira bien, o si un niño pudo haber tragado un opioide, llame al 911.",
    sources: [
      {
        url: "https://poisonhelp.hrsa.gov/es/about-us",
        publisher: "US Health Resources and Services Administration (Poison Help)",
        says: "In Spanish: the free poison help line 1-800-222-1222 connects to your local poison center; the call is free and confidential; interpretation in 161 languages.",
        verification: "authority page",
      },
      {
        url: "https://poisonhelp.hrsa.gov/es/poison-centers",
        publisher: "US Health Resources and Services Administration (Poison Help)",
        says: "In Spanish: the 55 poison centers help every day of the year, 24 hours a day, free and confidential, with interpretation in 161 languages.",
        verification: "authority page",
      },
    ],
    notVerified:
      "Spanish is offered through interpreters; whether a Spanish-speaking specialist answers directly depends on the local center and was not seen. The 911 rule (cannot be woken, not breathing well) is the English catalogue's; HRSA's Spanish page of 2013 said the same (fainted or trouble breathing: 911), the current one was not seen saying it.",
    checked: CHECKED,
  },
];

export function spanishCrisisMarkdown(): string[] {
  const lines = SPANISH_CRISIS_LINES.flatMap((line) => [
    `### ${line.claim}`,
    "",
    `- **Number:** ${line.number}`,
    `- **The Spanish:** ${line.spanish}`,
    ...line.sources.map((s) => `- **Source** ([${s.publisher}](${s.url}), ${s.verification}, ${line.checked}): ${s.says}`),
    `- **Not verified here:** ${line.notVerified}`,
    "",
  ]);
  return [
    "## Spanish crisis lines",
    "",
    "Research for issue 18 (Steady en español). The Spanish crisis block",
    "(`content/es/catalogue/crisis.json`) shows these words, sentence by sentence (a test checks it).",
    "Each line gives the Spanish, the source it was checked against and what that source says, and",
    "what could not be verified. The numbers are the English catalogue's (a test keeps them equal).",
    "Written from `lib/content/spanish-crisis-lines.ts`.",
    "",
    ...lines,
  ];
}
