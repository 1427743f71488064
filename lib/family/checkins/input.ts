import "server-only";
import { z } from "zod";
import { isRealDay } from "../../dates";
import { RuleError } from "../../errors";
import { catalogueIndex } from "./catalogue-index";
import { earliestCheckInDate, latestCheckInDate, MAX_YEARS_BACK, suggestedCheckInDate } from "./days";

/** What a check-in may say: the form's schema, shared by the action wrapper and lib/. */

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
        .min(SCORE_MIN, `Choose a number from ${SCORE_MIN} to ${SCORE_MAX}.`)
        .max(SCORE_MAX, `Choose a number from ${SCORE_MIN} to ${SCORE_MAX}.`),
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
    .refine(isRealDay, { error: "Enter the date as year-month-day, like 2025-03-14.", abort: true })
    .refine((day) => day <= latestCheckInDate(), { error: "This date is in the future. Choose today or an earlier day." })
    .refine((day) => day >= earliestCheckInDate(), { error: `Choose a date in the last ${MAX_YEARS_BACK} years.` }),
  signs: catalogueIds("signs", "One of the signs is not in our list. Please tick the signs again."),
  otherSigns: optionalText(OTHER_SIGNS_MAX, `Use at most ${OTHER_SIGNS_MAX} characters here.`),
  triggers: catalogueIds("triggers", "One of the triggers is not in our list. Please tick them again."),
  worry: score("Choose how worried you are, from 1 to 5."),
  wellbeing: score("Choose how you are doing yourself, from 1 to 5."),
  note: optionalText(NOTE_MAX, `Use at most ${NOTE_MAX.toLocaleString("en-US")} characters in your note.`),
  visibility: z
    .enum(VISIBILITIES, { error: "Choose who can see this check-in." })
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
    throw new RuleError(issue?.message ?? "Please check the check-in.", issue?.path[0]?.toString());
  }
  return result.data;
}
