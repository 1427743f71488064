import type { TonightPart } from "@/lib/family/relapse-moment";

/**
 * The family's own "right now" page, and the way back to it from a plan part written from there.
 * `checkIn` is only ever echoed into a link: the page shows who was told only for the reader's own
 * check-in (lib/notifications/alert-audience.ts checks that, not the link).
 */
export const FROM_RIGHT_NOW = "right-now";

export function rightNowPath(familyId: string, query: { checkIn?: string | null; saved?: string | null } = {}, hash = ""): string {
  const params = new URLSearchParams();
  if (query.checkIn) params.set("checkIn", query.checkIn);
  if (query.saved) params.set("saved", query.saved);
  const search = params.toString();
  return `/family/${encodeURIComponent(familyId)}/check-ins/right-now${search ? `?${search}` : ""}${hash}`;
}

/** One plan part's form, opened from the "right now" page so that saving comes back to it. */
export function writeFromRightNowPath(familyId: string, part: TonightPart | string, checkIn?: string | null, extra = ""): string {
  const params = new URLSearchParams({ from: FROM_RIGHT_NOW });
  if (checkIn) params.set("checkIn", checkIn);
  return `/family/${encodeURIComponent(familyId)}/plan/edit/${part}?${params.toString()}${extra}`;
}
