import { WELLBEING_LABELS, WORRY_LABELS } from "@/components/family/checkins/labels";
import { canonicalZone, dayString, formatDay, formatMoment, isTimeZone, todayIn } from "../dates";
import { signLabel, stageName, triggerLabel } from "./labels";

// How the check-ins CSV reads for a person opening it in a spreadsheet (issue 8, item 15): words
// from the content catalogue instead of ids, Yes/No, readable dates and times in a stated time
// zone, and a file named after the family and the day. Kept apart from export.ts (which reads the
// rows) so the two can change independently. The JSON export stays machine-readable.

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

/** "November 21, 2026" (lib/dates): a check-in's day is a calendar day, the same in every time zone. */
export const csvDay = (date: Date) => formatDay(dayString(date));

/** "November 22, 2026 at 3:05 AM UTC" in the given time zone (lib/dates; the header names the zone too). */
export const csvTime = (date: Date, timeZone = "UTC") => formatMoment(date, zoneName(timeZone));

export function csvColumns(timeZone = "UTC"): string[] {
  return [
    "Date",
    "Written by",
    "Seen by",
    "Worry (1-5)",
    "Worry in words",
    "How I was doing (1-5)",
    "How I was doing in words",
    "May have used",
    "Warning signs",
    "Relapse stages of those signs",
    "Other signs",
    "Triggers",
    "Note",
    `Written at (${zoneName(timeZone)})`,
  ];
}

/** The header line, with its line ending. */
export const csvHeader = (timeZone = "UTC") => `${csvColumns(timeZone).map(csvCell).join(",")}\r\n`;

const unique = <T,>(items: T[]) => [...new Set(items)];

/** One check-in as a CSV line, with its line ending. */
export function csvRow(row: CsvCheckIn, { userId, timeZone = "UTC" }: CsvOptions): string {
  const own = row.authorId === userId;
  const stages = unique(row.signs.map((s) => s.stageId ?? s.signId.split(".")[0]!)).map(stageName);
  return `${[
    csvDay(row.date),
    row.author?.name ?? "A former member",
    row.shared ? "Family" : "Only me",
    row.worry ?? "",
    row.worry ? WORRY_LABELS[row.worry] : "",
    own ? (row.wellbeing ?? "") : "",
    own && row.wellbeing ? WELLBEING_LABELS[row.wellbeing] : "",
    row.useSuspected ? "Yes" : "No",
    row.signs.map((s) => signLabel(s.signId)).join("; "),
    stages.join("; "),
    row.otherSigns,
    row.triggers.map((t) => triggerLabel(t.triggerId)).join("; "),
    row.note,
    csvTime(row.createdAt, timeZone),
  ]
    .map(csvCell)
    .join(",")}\r\n`;
}

/**
 * "steady-the-rivera-family-2026-11-22.csv": letters and digits of the family's name (any script,
 * lower case), hyphens between words, at most 40 characters; "family" when nothing is left.
 */
export function exportFilename(familyName: string, extension: "csv" | "json", now = new Date(), timeZone = "UTC"): string {
  const words = familyName
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const slug = Array.from(words).slice(0, 40).join("").replace(/-+$/, "") || "family";
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
