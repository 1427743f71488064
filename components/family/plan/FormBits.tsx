"use client";

// Small pieces of the plan's edit form that read the form's state, as the shared fields do.
import { useTranslations } from "next-intl";
import { useFieldState } from "@/components/ui/form/ActionForm";
import { ErrorSummaryBox } from "@/components/ui/form/ErrorSummary";
import { describeField, partKey, type FieldWords } from "./labels";

/**
 * The version the person started editing from. After "someone else saved", the action sends back
 * the newer version, so saving again is a choice made knowingly.
 */
export function ExpectedVersionField({ version }: { version: number }) {
  const state = useFieldState();
  const sent = state.values?.expectedVersion;
  const value = typeof sent === "string" ? sent : String(version);
  return <input type="hidden" name="expectedVersion" defaultValue={value} key={value} />;
}

/** An error that belongs to a whole list (too many rows), shown at the top of that list. */
export function ListError({ name }: { name: string }) {
  const errors = useFieldState().fieldErrors?.[name];
  if (!errors?.length) return null;
  return (
    <p id={`${name}-error`} className="field-error">
      {errors.join(" ")}
    </p>
  );
}

/** The error summary with the plan's own words for its fields ("Person 2: Phone number"). */
export function PlanErrorSummary() {
  const state = useFieldState();
  const t = useTranslations("PlanForm");
  const plan = useTranslations("Plan");
  if (state.status !== "error") return null;
  const words: FieldWords = {
    label: (key) => t(`labels.${key}`),
    part: (id) => plan(partKey(id, "title")),
    person: (number) => t("person", { number }),
    teamMember: (number) => t("teamMember", { number }),
    fieldOfRow: (row, field) => t("fieldOfRow", { row, field }),
    stepOfPart: (part, number) => t("stepOfPart", { part, number }),
    thisForm: t("thisForm"),
  };
  const items = Object.entries(state.fieldErrors ?? {}).flatMap(([field, errors]) => {
    if (!errors?.length) return [];
    const { label, href } = describeField(field, words);
    return [{ field, text: `${label}: ${errors[0]}`, href }];
  });
  return <ErrorSummaryBox items={items} message={state.message} />;
}

/**
 * "Saved, there is a new empty row" after "Save and add another". Inside the form, so it goes as
 * soon as the next submit is refused: never a green "Saved" beside a red error.
 */
export function AddedNotice() {
  const t = useTranslations("PlanForm");
  if (useFieldState().status !== "idle") return null;
  return (
    <p role="status" className="form-success">
      {t("added")}
    </p>
  );
}
