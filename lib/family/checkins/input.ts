import "server-only";
import { z } from "zod";
import { isRealDay } from "../../dates";
import { RuleError } from "../../errors";
import { msg } from "../../i18n/keys";
import { catalogueIndex } from "./catalogue-index";
import { earliestCheckInDate, latestCheckInDate, suggestedCheckInDate } from "./days";

/**
 * What a check-in may say: the form's schema, shared by the action wrapper and lib/. Its refusals
 * are message keys (CheckInForm.errors, messages/<locale>/checkins.json), put into the reader's
 * language by the action wrapper; the limits below are written into those messages too
 * (tests/integration/checkins.test.ts keeps them equal).
 */

export const NOTE_MAX = 2000;
export const OTHER_SIGNS_MAX = 500;
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const VISIBILITIES = ["family", "private"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Browsers send line breaks as \r\n; count them as one character, as the textarea does. */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .nullish()
    .transform((value) => (value ?? "").replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(max, tooLong))
    .transform((value) => value || undefined);

/** A 1-5 answer, from a radio button ("3") or from code (3). */
const score = (missing: string) =>
  z
    .union([z.number(), z.string()], { error: missing })
    .transform((value) => (typeof value === "string" ? (value.trim() === "" ? Number.NaN : Number(value)) : value))
    .pipe(
      z
        .number({ error: missing })
        .int(missing)
        .min(SCORE_MIN, msg("CheckInForm.errors.scoreRange"))
        .max(SCORE_MAX, msg("CheckInForm.errors.scoreRange")),
    );

/** Ticked ids: a list without repeats, each one in the catalogue. */
const catalogueIds = (kind: "signs" | "triggers", unknown: string) =>
  z
    .array(z.string().trim(), { error: unknown })
    .nullish()
    .transform((ids) => [...new Set(ids ?? [])].filter(Boolean))
    .refine((ids) => ids.every((id) => catalogueIndex()[kind].has(id)), { error: unknown });

export const checkInInput = z.object({
  date: z
    .string()
    .nullish()
    .transform((value) => value?.trim() || suggestedCheckInDate())
    .refine(isRealDay, { error: msg("CheckInForm.errors.dateFormat"), abort: true })
    .refine((day) => day <= latestCheckInDate(), { error: msg("CheckInForm.errors.dateFuture") })
    .refine((day) => day >= earliestCheckInDate(), { error: msg("CheckInForm.errors.dateTooOld") }),
  signs: catalogueIds("signs", msg("CheckInForm.errors.unknownSign")),
  otherSigns: optionalText(OTHER_SIGNS_MAX, msg("CheckInForm.errors.otherSignsTooLong")),
  triggers: catalogueIds("triggers", msg("CheckInForm.errors.unknownTrigger")),
  worry: score(msg("CheckInForm.errors.worryMissing")),
  wellbeing: score(msg("CheckInForm.errors.wellbeingMissing")),
  note: optionalText(NOTE_MAX, msg("CheckInForm.errors.noteTooLong")),
  visibility: z
    .enum(VISIBILITIES, { error: msg("CheckInForm.errors.visibility") })
    .nullish()
    .transform((value) => value ?? "family"),
  useSuspected: z
    .union([z.boolean(), z.string()])
    .nullish()
    .transform((value) => value === true || value === "yes" || value === "on" || value === "true"),
});

/** What a caller passes in (form strings or typed values). */
export type CheckInInput = z.input<typeof checkInInput>;
/** After validation. Valid output is valid input again. */
export type CheckInData = z.output<typeof checkInInput>;

/** Validates, turning the first problem into a RuleError that names its field. */
export function validate(input: CheckInInput): CheckInData {
  const result = checkInInput.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new RuleError(issue?.message ?? msg("CheckInForm.errors.invalid"), issue?.path[0]?.toString());
  }
  return result.data;
}
