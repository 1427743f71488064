import { z } from "zod";

/**
 * What a server action returns to its form: field errors shown next to the fields, and the values
 * the person typed, so nothing they wrote is lost when a submit is refused.
 */
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string | string[]>;
  /** The values `message` needs when it is a message key ({count}); the action wrapper uses them and drops them. */
  messageValues?: Record<string, string | number>;
};

export const initialFormState: FormState = { status: "idle" };

/** The summary above a form whose fields have problems (messages/<locale>/forms.json). */
const CHECK_FIELDS = "FormAnswers.checkFields";

/**
 * THE type of a form's server action as a component receives it: the page has already bound its
 * ids (`action.bind(null, familyId)`, checked by lib/forms/action.ts), so only the state and the
 * form are left. Components take actions as props and never import app/.
 */
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** A plain `<form action={…}>` with no message to show (ids bound the same way). */
export type PlainFormAction = (formData: FormData) => Promise<void>;

/** Every field of a submitted form; repeated names (checkboxes) become arrays. Files are ignored. */
export function formValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; state: FormState };

/**
 * Validates a form with zod. `arrays` names fields that are always lists (checkbox groups), so
 * one ticked box still arrives as a list. Secret fields are never echoed back.
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  options: { arrays?: string[]; secret?: string[] } = {},
): Parsed<z.infer<S>> {
  const values = formValues(formData);
  const input: Record<string, unknown> = { ...values };
  for (const key of options.arrays ?? []) {
    const value = values[key];
    input[key] = value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value];
  }
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const kept = { ...values };
  for (const key of options.secret ?? []) delete kept[key];
  return {
    ok: false,
    state: {
      status: "error",
      message: CHECK_FIELDS,
      fieldErrors: z.flattenError(result.error).fieldErrors as Record<string, string[]>,
      values: kept,
    },
  };
}

/**
 * A refusal. `message` is a message key (lib/i18n/text.ts msg()) or words; the action wrapper
 * (lib/forms/action.ts) puts keys into the reader's language.
 */
export function errorState(message: string, values?: Record<string, string | string[]>, field?: string, messageValues?: Record<string, string | number>): FormState {
  // A field's problem is shown next to the field; the summary at the top just points there.
  if (field) return { status: "error", message: CHECK_FIELDS, values, fieldErrors: { [field]: [message] }, ...(messageValues ? { messageValues } : {}) };
  return { status: "error", message, values, ...(messageValues ? { messageValues } : {}) };
}
