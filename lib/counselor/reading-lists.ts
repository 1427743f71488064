import "server-only";
import { z } from "zod";
import { db } from "../db";
import { PAGE_SLUGS, type PageSlug } from "../content/schema";
import { hashToken, isWellFormedToken, mintToken } from "../sharing/tokens";
import { requireCounselor } from "./access";
import { assertId, type Actor } from "../family/access";
import { NotFoundError } from "../errors";
import { DAY_MS } from "../dates";
import { msg } from "../i18n/keys";
import { LOCALES, toLocale, type Locale } from "../i18n/locales";

export const EXPIRY_DAYS = [7, 30, 90] as const;

export const readingListInput = z.object({
  pages: z.array(z.enum(PAGE_SLUGS)).min(1, msg("CounselorLinks.errors.pagesRequired")).max(PAGE_SLUGS.length),
  note: z.string().trim().max(1000, msg("CounselorLinks.errors.noteTooLong")).default(""),
  label: z
    .string()
    .trim()
    .max(80, msg("CounselorLinks.errors.labelTooLong"))
    .transform((v) => v || undefined)
    .optional(),
  days: z.coerce
    .number()
    .refine((d): d is (typeof EXPIRY_DAYS)[number] => (EXPIRY_DAYS as readonly number[]).includes(d), msg("CounselorLinks.errors.days")),
  /** The language the family reads the list in (its pages, and the list page's own words). */
  locale: z.enum(LOCALES, { message: msg("CounselorLinks.errors.locale") }).default("en"),
});
export type ReadingListInput = z.input<typeof readingListInput>;

function parsePages(json: string): PageSlug[] {
  const parsed = z.array(z.enum(PAGE_SLUGS)).safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : [];
}

/** A new reading list. The token is returned once, here; only its hash is stored. */
export async function createReadingList(actor: Actor, input: ReadingListInput, now = new Date()) {
  const counselor = await requireCounselor(actor);
  const data = readingListInput.parse(input);
  const { token, tokenHash } = mintToken();
  const list = await db.readingList.create({
    data: {
      counselorId: counselor.userId,
      tokenHash,
      pages: JSON.stringify([...new Set(data.pages)]),
      note: data.note,
      label: data.label ?? null,
      locale: data.locale,
      expiresAt: new Date(now.getTime() + data.days * DAY_MS),
    },
    select: { id: true, expiresAt: true },
  });
  return { ...list, token };
}

export type ReadingListStatus = "active" | "expired" | "revoked";

const statusOf = (list: { expiresAt: Date; revokedAt: Date | null }, now: Date): ReadingListStatus =>
  list.revokedAt ? "revoked" : list.expiresAt <= now ? "expired" : "active";

export async function listReadingLists(actor: Actor, now = new Date()) {
  const counselor = await requireCounselor(actor);
  const lists = await db.readingList.findMany({
    where: { counselorId: counselor.userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, label: true, pages: true, note: true, locale: true, openCount: true, createdAt: true, expiresAt: true, revokedAt: true },
  });
  return lists.map((list) => ({ ...list, locale: toLocale(list.locale), pages: parsePages(list.pages), status: statusOf(list, now) }));
}

export async function revokeReadingList(actor: Actor, listId: string, now = new Date()) {
  const counselor = await requireCounselor(actor);
  assertId(listId);
  const result = await db.readingList.updateMany({ where: { id: listId, counselorId: counselor.userId, revokedAt: null }, data: { revokedAt: now } });
  if (result.count === 0) throw new NotFoundError();
}

/**
 * Opens a shared link for anyone who has it. The only change it makes is the open count; nothing
 * about the visitor is stored. The private label is never returned.
 */
export async function openReadingList(token: unknown, now = new Date(), options: { count?: boolean } = {}) {
  if (!isWellFormedToken(token)) return { status: "unknown" as const };
  const list = await db.readingList.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, note: true, pages: true, locale: true, expiresAt: true, revokedAt: true, counselor: { select: { name: true } } },
  });
  if (!list) return { status: "unknown" as const };
  const status = statusOf(list, now);
  if (status !== "active") return { status: "gone" as const, locale: toLocale(list.locale) };
  if (options.count !== false) await db.readingList.update({ where: { id: list.id }, data: { openCount: { increment: 1 } } });
  return { status: "active" as const, locale: toLocale(list.locale), note: list.note, pages: parsePages(list.pages), counselorName: list.counselor.name };
}

/**
 * Whether a shared link still works, changing nothing (no open count). For the proxy, which
 * answers 410 for ended, expired and unknown links before the page renders.
 */
export async function readingListStatus(token: unknown, now = new Date()): Promise<"active" | "gone"> {
  if (!isWellFormedToken(token)) return "gone";
  const list = await db.readingList.findUnique({ where: { tokenHash: hashToken(token) }, select: { expiresAt: true, revokedAt: true } });
  return list && statusOf(list, now) === "active" ? "active" : "gone";
}

/** The language a shared list is in, changing nothing (its page's title); null for an unknown link. */
export async function readingListLocale(token: unknown): Promise<Locale | null> {
  if (!isWellFormedToken(token)) return null;
  const list = await db.readingList.findUnique({ where: { tokenHash: hashToken(token) }, select: { locale: true } });
  return list ? toLocale(list.locale) : null;
}
