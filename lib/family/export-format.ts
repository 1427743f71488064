import { getCatalogue } from "../content";
import { canonicalZone, dayString, formatDay, formatMoment, isTimeZone, todayIn } from "../dates";
import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/text";

// How the check-ins CSV reads for a person opening it in a spreadsheet (issue 8, item 15): words
// from the content catalogue instead of ids, Yes/No, readable dates and times in a stated time
// zone, and a file named after the family and the day. Kept apart from export.ts (which reads the
// rows) so the two can change independently. The JSON export stays machine-readable.
// Every word is in the person's language (decision 052): the column names and answers from
// messages/<locale>/notifications.json (namespace Export), the catalogue's words from that
// language's catalogue (content/es/catalogue for Spanish), days and times as lib/dates writes them.

type Words = {
  signs: Map<string, string>;
  triggers: Map<string, string>;
  stages: Map<string, string>;
  formerMember: string;
  family: string;
  onlyMe: string;
  yes: string;
  no: string;
  worry: Record<number, string>;
  wellbeing: Record<number, string>;
};
const wordsByLocale = new Map<Locale, { catalogue: ReturnType<typeof getCatalogue>; words: Words }>();

/**
 * A row's words in a language, made once per language (an export writes every row with them):
 * the catalogue's words for its ids (retired items keep their label; an unknown id shows as it
 * is) and the CSV's own answers.
 */
function rowWords(locale: Locale): Words {
  const catalogue = getCatalogue(locale);
  const known = wordsByLocale.get(locale);
  if (known?.catalogue === catalogue) return known.words;
  const t = translator(locale);
  const scores = (key: "Export.worry" | "Export.wellbeing") => Object.fromEntries([1, 2, 3, 4, 5].map((n) => [n, t(key, { score: String(n) })]));
  const words: Words = {
    signs: new Map(catalogue.stages.flatMap((stage) => stage.signs.map((sign) => [sign.id, sign.label] as const))),
    triggers: new Map(catalogue.triggerGroups.flatMap((group) => group.triggers.map((trigger) => [trigger.id, trigger.label] as const))),
    stages: new Map(catalogue.stages.map((stage) => [stage.id, stage.name] as const)),
    formerMember: t("Export.formerMember"),
    family: t("Export.family"),
    onlyMe: t("Export.onlyMe"),
    yes: t("Export.yes"),
    no: t("Export.no"),
    worry: scores("Export.worry"),
    wellbeing: scores("Export.wellbeing"),
  };
  wordsByLocale.set(locale, { catalogue, words });
  return words;
}

/** One check-in as export.ts reads it for the CSV. */
export type CsvCheckIn = {
  date: Date;
  createdAt: Date;
  authorId: string | null;
  author: { name: string } | null;
  shared: boolean;
  worry: number | null;
  wellbeing: number | null;
  useSuspected: boolean;
  signs: { signId: string; stageId?: string }[];
  otherSigns: string | null;
  triggers: { triggerId: string }[];
  note: string | null;
};

export type CsvOptions = {
  /** The person reading: "How I was doing" is only ever their own. */
  userId: string;
  /** An IANA time zone such as "America/Chicago"; times are in UTC until a person sets theirs. */
  timeZone?: string;
  /** The person's language (English unless given). */
  locale?: Locale;
};

/** A CSV cell: quoted, quotes doubled, and formula-looking text defused for spreadsheet apps. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

/** "UTC", or the zone's own name ("America/Chicago"); an unknown zone falls back to UTC. */
export function zoneName(timeZone = "UTC"): string {
  return isTimeZone(timeZone) && canonicalZone(timeZone) !== "UTC" ? timeZone : "UTC";
}

/** "November 21, 2026" (lib/dates; "21 de noviembre de 2026" in Spanish): a check-in's day is a calendar day, the same in every time zone. */
export const csvDay = (date: Date, locale: Locale = "en") => formatDay(dayString(date), "long", locale);

/** "November 22, 2026 at 3:05 AM UTC" in the given time zone (lib/dates; the header names the zone too). */
export const csvTime = (date: Date, timeZone = "UTC", locale: Locale = "en") => formatMoment(date, zoneName(timeZone), locale);

export function csvColumns(timeZone = "UTC", locale: Locale = "en"): string[] {
  const t = translator(locale);
  return [
    t("Export.columns.date"),
    t("Export.columns.writtenBy"),
    t("Export.columns.seenBy"),
    t("Export.columns.worry"),
    t("Export.columns.worryWords"),
    t("Export.columns.wellbeing"),
    t("Export.columns.wellbeingWords"),
    t("Export.columns.used"),
    t("Export.columns.signs"),
    t("Export.columns.stages"),
    t("Export.columns.otherSigns"),
    t("Export.columns.triggers"),
    t("Export.columns.note"),
    t("Export.columns.writtenAt", { zone: zoneName(timeZone) }),
  ];
}

/** The header line, with its line ending. */
export const csvHeader = (timeZone = "UTC", locale: Locale = "en") => `${csvColumns(timeZone, locale).map(csvCell).join(",")}\r\n`;

const unique = <T,>(items: T[]) => [...new Set(items)];

/** One check-in as a CSV line, with its line ending. */
export function csvRow(row: CsvCheckIn, { userId, timeZone = "UTC", locale = "en" }: CsvOptions): string {
  const words = rowWords(locale);
  const own = row.authorId === userId;
  const stages = unique(row.signs.map((s) => s.stageId ?? s.signId.split(".")[0]!)).map((id) => words.stages.get(id) ?? id);
  return `${[
    csvDay(row.date, locale),
    row.author?.name ?? words.formerMember,
    row.shared ? words.family : words.onlyMe,
    row.worry ?? "",
    row.worry ? words.worry[row.worry] : "",
    own ? (row.wellbeing ?? "") : "",
    own && row.wellbeing ? words.wellbeing[row.wellbeing] : "",
    row.useSuspected ? words.yes : words.no,
    row.signs.map((s) => words.signs.get(s.signId) ?? s.signId).join("; "),
    stages.join("; "),
    row.otherSigns,
    row.triggers.map((trigger) => words.triggers.get(trigger.triggerId) ?? trigger.triggerId).join("; "),
    row.note,
    csvTime(row.createdAt, timeZone, locale),
  ]
    .map(csvCell)
    .join(",")}\r\n`;
}

/**
 * "steady-the-rivera-family-2026-11-22.csv": letters and digits of the family's name (any script,
 * lower case), hyphens between words, at most 40 characters; "family" when nothing is left
 * ("familia" in Spanish).
 */
export function exportFilename(familyName: string, extension: "csv" | "json", now = new Date(), timeZone = "UTC", locale: Locale = "en"): string {
  const words = familyName
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const slug = Array.from(words).slice(0, 40).join("").replace(/-+$/, "") || translator(locale)("Export.fileFallback");
  return `steady-${slug}-${todayIn(zoneName(timeZone), now)}.${extension}`;
}

/**
 * The Content-Disposition header for a download (RFC 6266): `filename` in plain ASCII for every
 * client (accents dropped, other letters replaced), and `filename*` (RFC 5987, UTF-8,
 * percent-encoded) with the real name when it is not plain ASCII.
 */
export function contentDisposition(filename: string): string {
  const ascii = filename
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9._-]+/g, "_");
  if (ascii === filename) return `attachment; filename="${ascii}"`;
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
