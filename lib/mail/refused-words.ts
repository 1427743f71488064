/**
 * Words no email may contain: not in the subject, the body (text or HTML) or any header. An email
 * can be seen on a lock screen, a shared computer or by whoever else reads the inbox, so it says
 * only that there is something new, with a link. tests/integration/mail-leak.test.ts builds every
 * kind of message from realistic family data and fails on any of these, on the catalogue's stage
 * names and sign labels, and on the family's own names and notes.
 *
 * Matched as whole words, ignoring case. ("counselor" is not on the list: a counselor's own email
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

/** The refused words found in a text (whole words, any case). */
export function refusedWordsIn(text: string, extra: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const word of [...REFUSED_WORDS, ...extra]) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "iu").test(text)) found.push(word);
  }
  return found;
}
