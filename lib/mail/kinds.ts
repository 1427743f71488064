/**
 * The kinds of email, with no words and no imports, so the notification choices (a client
 * component) can list them without loading the emails' texts.
 */
/** What family members can choose to hear about (decision 022). */
export const FAMILY_MAIL_KINDS = ["alert", "reminder", "naloxone", "quiet", "weekly", "counselor"] as const;
export type FamilyMailKind = (typeof FAMILY_MAIL_KINDS)[number];
/** Every kind of email: the family kinds, and the counselor's own notice (a family connected, changed or ended). */
export const MAIL_KINDS = [...FAMILY_MAIL_KINDS, "counselor_notice", "password_reset"] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
/** Mail a person asked for (a password reset): no unsubscribe, there is nothing to stop. */
export const REQUESTED_MAIL_KINDS: readonly MailKind[] = ["password_reset"];
