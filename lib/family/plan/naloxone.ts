import "server-only";
import { z } from "zod";
import { dayString, daysBetween } from "../../dates";

export const NALOXONE_SOON_DAYS = 30;

export type NaloxoneStatus =
  | { state: "unknown" }
  | { state: "expired"; expiry: string; days: number }
  | { state: "soon"; expiry: string; days: number }
  | { state: "ok"; expiry: string; days: number };

/**
 * Whether the naloxone is past its date ("expired", `days` since), runs out within 30 days
 * ("soon", `days` left; 0 means today is the last day), or is fine ("ok").
 */
export function naloxoneStatus(expiry: string | undefined, today: Date | string = new Date()): NaloxoneStatus {
  if (!expiry || !z.iso.date().safeParse(expiry).success) return { state: "unknown" };
  const days = daysBetween(typeof today === "string" ? today : dayString(today), expiry);
  if (days < 0) return { state: "expired", expiry, days: -days };
  if (days <= NALOXONE_SOON_DAYS) return { state: "soon", expiry, days };
  return { state: "ok", expiry, days };
}
