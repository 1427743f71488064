import { FAMILY_MAIL_KINDS, type FamilyMailKind } from "../mail/messages";

/**
 * The kinds of notice (decision 022). Each person chooses per family space; everything is off
 * until they choose, except alerts ("may have used"), which are on until they turn them off.
 * The words here are shown in the app only (signed in), never in an email.
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

export const KIND_LABELS: Record<NotificationKind, { label: string; hint: string }> = {
  alert: {
    label: "When someone notes “may have used”",
    hint: "Straight away. This one is on unless you turn it off.",
  },
  reminder: {
    label: "A reminder to check in",
    hint: "On the day and at the hour you pick below, in your time zone.",
  },
  naloxone: {
    label: "When the naloxone in your plan is close to its date",
    hint: "30 days before, and again 7 days before.",
  },
  quiet: {
    label: "When nobody has checked in for a while",
    hint: "The family’s owner picks how many days.",
  },
  weekly: {
    label: "A weekly look back",
    hint: "On Monday morning: how many check-ins, and the stage the signs point to. Never anyone’s notes.",
  },
  counselor: {
    label: "When a counselor is connected, changed or removed",
    hint: "What they may see, and when it changes.",
  },
};

export const REMINDER_DAYS = ["daily", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
export type ReminderDay = (typeof REMINDER_DAYS)[number];
export const REMINDER_DAY_LABELS: Record<ReminderDay, string> = {
  daily: "Every day",
  sunday: "Sundays",
  monday: "Mondays",
  tuesday: "Tuesdays",
  wednesday: "Wednesdays",
  thursday: "Thursdays",
  friday: "Fridays",
  saturday: "Saturdays",
};

/** "7 PM" for 19. */
export function hourLabel(hour: number): string {
  if (hour === 0) return "12 AM (midnight)";
  if (hour === 12) return "12 PM (noon)";
  return hour < 12 ? `${hour} AM` : `${hour - 12} PM`;
}

export const DEFAULT_REMINDER = { day: "daily" as ReminderDay, hour: 19 };

/** Choices for "quiet for how many days". */
export const QUIET_DAY_CHOICES = [2, 3, 5, 7, 10, 14] as const;
