/**
 * Words no email may contain: not in the subject, the body (text or HTML) or any header. An email
 * can be seen on a lock screen, a shared computer or by whoever else reads the inbox, so it says
 * only that there is something new, with a link. tests/integration/mail-leak.test.ts builds every
 * kind of message from realistic family data and fails on any of these, on the catalogue's stage
 * names and sign labels, and on the family's own names and notes.
 *
 * Matched as whole words, ignoring case. REFUSED_WORDS_ES holds the same for Spanish emails. ("counselor" is not on the list: a counselor's own email
 * links to their page, /counselor; no family email contains the word, by construction.)
 */
export const REFUSED_WORDS = [
  // substances and medicines
  "opioid",
  "opioids",
  "opiate",
  "opiates",
  "heroin",
  "fentanyl",
  "oxycodone",
  "methadone",
  "buprenorphine",
  "suboxone",
  "naloxone",
  "narcan",
  "pills",
  "drug",
  "drugs",
  // what happened
  "use",
  "used",
  "using",
  "relapse",
  "relapsed",
  "relapsing",
  "overdose",
  "overdosed",
  "withdrawal",
  "high",
  "addiction",
  "addict",
  "addicted",
  "sober",
  "sobriety",
  "recovery",
  "rehab",
  "detox",
  "treatment",
  // what the app records
  "sign",
  "signs",
  "stage",
  "stages",
  "trigger",
  "triggers",
  "note",
  "notes",
  "worry",
  "worried",
  "warning",
  "emergency",
  "crisis",
  "expiry",
  "expires",
  "expired",
] as const;

/**
 * The same, in Spanish (emails go out in the recipient's language, decision 052): the words of
 * docs/spanish-glossary.md for the same ideas, with and without accents (a mail program may drop
 * them). Every email, in either language, is checked against both lists.
 */
export const REFUSED_WORDS_ES = [
  // substances and medicines
  "opioide",
  "opioides",
  "opiáceo",
  "opiáceos",
  "opiaceo",
  "opiaceos",
  "heroína",
  "heroina",
  "fentanilo",
  "oxicodona",
  "metadona",
  "buprenorfina",
  "naloxona",
  "medicamento",
  "medicamentos",
  "pastilla",
  "pastillas",
  "droga",
  "drogas",
  // what happened
  "consumo",
  "consumir",
  "consumió",
  "consumio",
  "consumido",
  "consumiendo",
  "uso",
  "usar",
  "usó",
  "usado",
  "usando",
  "recaída",
  "recaida",
  "recaídas",
  "recaidas",
  "sobredosis",
  "abstinencia",
  "euforia",
  "drogado",
  "drogada",
  "adicción",
  "adiccion",
  "adicto",
  "adicta",
  "sobrio",
  "sobria",
  "sobriedad",
  "recuperación",
  "recuperacion",
  "rehabilitación",
  "rehabilitacion",
  "desintoxicación",
  "desintoxicacion",
  "tratamiento",
  // what the app records
  "señal",
  "señales",
  "senal",
  "senales",
  "etapa",
  "etapas",
  "desencadenante",
  "desencadenantes",
  "nota",
  "notas",
  "preocupación",
  "preocupacion",
  "preocupado",
  "preocupada",
  "advertencia",
  "alerta",
  "emergencia",
  "crisis",
  "vencimiento",
  "vence",
  "vencida",
  "vencido",
  "caducidad",
  "caduca",
] as const;

/** The refused words found in a text (whole words, any case), in English and in Spanish. */
export function refusedWordsIn(text: string, extra: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const word of [...REFUSED_WORDS, ...REFUSED_WORDS_ES, ...extra]) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "iu").test(text)) found.push(word);
  }
  return found;
}
