import "server-only";
import { z } from "zod";
import { db } from "../db";
import { msg } from "../i18n/keys";
import { requireMember, requireOwner, type Actor } from "../family/access";
import { DEFAULT_ENABLED, DEFAULT_REMINDER, NOTIFICATION_KINDS, QUIET_DAY_CHOICES, REMINDER_DAYS, type NotificationKind, type ReminderDay } from "./kinds";

export type Preferences = {
  enabled: Record<NotificationKind, boolean>;
  reminder: { day: ReminderDay; hour: number };
};

/** The actor's choices for this family (defaults where they have not chosen). Members only. */
export async function getPreferences(actor: Actor | null | undefined, familyId: string): Promise<Preferences> {
  const access = await requireMember(actor, familyId);
  const rows = await db.notificationPreference.findMany({
    where: { familyId: access.familyId, userId: access.userId },
    select: { kind: true, enabled: true, reminderDay: true, reminderHour: true },
  });
  const enabled = { ...DEFAULT_ENABLED };
  let reminder = { ...DEFAULT_REMINDER };
  for (const row of rows) {
    if ((NOTIFICATION_KINDS as readonly string[]).includes(row.kind)) enabled[row.kind as NotificationKind] = row.enabled;
    if (row.kind === "reminder" && row.reminderDay && row.reminderHour !== null) {
      reminder = { day: row.reminderDay as ReminderDay, hour: row.reminderHour };
    }
  }
  return { enabled, reminder };
}

// The refusals name their words by key (messages/<locale>/notifications.json): the form shows them in the reader's language.
const DAY = msg("Notifications.errors.day");
const HOUR = msg("Notifications.errors.hour");
const QUIET_DAYS = msg("Notifications.errors.quietDays");

const onOff = z.preprocess((v) => v === "on" || v === true || v === "true", z.boolean());

export const preferencesInput = z.object({
  alert: onOff,
  reminder: onOff,
  naloxone: onOff,
  quiet: onOff,
  weekly: onOff,
  counselor: onOff,
  reminderDay: z.enum(REMINDER_DAYS, { error: DAY }),
  reminderHour: z.coerce
    .number({ error: HOUR })
    .int({ error: HOUR })
    .min(0, { error: HOUR })
    .max(23, { error: HOUR }),
});
export type PreferencesInput = z.input<typeof preferencesInput>;

/** Saves every choice at once (one row per kind). Members only; each person only their own. */
export async function savePreferences(actor: Actor | null | undefined, familyId: string, input: PreferencesInput | Record<string, unknown>): Promise<Preferences> {
  const access = await requireMember(actor, familyId);
  const data = preferencesInput.parse(input);
  await db.$transaction(
    NOTIFICATION_KINDS.map((kind) => {
      const extra = kind === "reminder" ? { reminderDay: data.reminderDay, reminderHour: data.reminderHour } : {};
      return db.notificationPreference.upsert({
        where: { userId_familyId_kind: { userId: access.userId, familyId: access.familyId, kind } },
        create: { userId: access.userId, familyId: access.familyId, kind, enabled: data[kind], ...extra },
        update: { enabled: data[kind], ...extra },
      });
    }),
  );
  return getPreferences(actor, familyId);
}

/** Turns one kind off for one person and family (the unsubscribe link; no sign-in). */
export async function turnOff(userId: string, familyId: string, kind: NotificationKind): Promise<void> {
  if (!userId || !familyId) return;
  await db.notificationPreference.upsert({
    where: { userId_familyId_kind: { userId, familyId, kind } },
    create: { userId, familyId, kind, enabled: false },
    update: { enabled: false },
  });
}

export const quietDaysInput = z.object({
  quietDays: z.preprocess(
    (v) => (v === "" || v === "off" || v === undefined ? null : v),
    z.coerce
      .number({ error: QUIET_DAYS })
      .refine((n) => (QUIET_DAY_CHOICES as readonly number[]).includes(n), { error: QUIET_DAYS })
      .nullable(),
  ),
});

/** After how many days without a check-in the family counts as quiet (null: never). Members may read it. */
export async function getQuietDays(actor: Actor | null | undefined, familyId: string): Promise<number | null> {
  const access = await requireMember(actor, familyId);
  const row = await db.familyNotificationSetting.findUnique({ where: { familyId: access.familyId }, select: { quietDays: true } });
  return row?.quietDays ?? null;
}

/** Only the owner sets it. */
export async function setQuietDays(actor: Actor | null | undefined, familyId: string, input: z.input<typeof quietDaysInput> | Record<string, unknown>): Promise<number | null> {
  const access = await requireOwner(actor, familyId);
  const { quietDays } = quietDaysInput.parse(input);
  await db.familyNotificationSetting.upsert({
    where: { familyId: access.familyId },
    create: { familyId: access.familyId, quietDays },
    update: { quietDays },
  });
  return quietDays;
}
