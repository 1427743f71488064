import { FAMILY_MAIL_KINDS, type FamilyMailKind } from "../mail/kinds";

/**
 * The kinds of notice (decision 022). Each person chooses per family space; everything is off
 * until they choose, except alerts ("may have used"), which are on until they turn them off.
 * Their words are in messages/<locale>/notifications.json (Notifications.kinds), shown in the app
 * only (signed in), never in an email.
 */
export const NOTIFICATION_KINDS = FAMILY_MAIL_KINDS;
export type NotificationKind = FamilyMailKind;

export const DEFAULT_ENABLED: Record<NotificationKind, boolean> = {
  alert: true,
  reminder: false,
  naloxone: false,
  quiet: false,
  weekly: false,
  counselor: false,
};

/** The reminder's days; their words: Notifications.days. */
export const REMINDER_DAYS = ["daily", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
export type ReminderDay = (typeof REMINDER_DAYS)[number];

export const DEFAULT_REMINDER = { day: "daily" as ReminderDay, hour: 19 };

/** Choices for "quiet for how many days". */
export const QUIET_DAY_CHOICES = [2, 3, 5, 7, 10, 14] as const;
