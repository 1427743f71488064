import { errorState, formValues, type FormState } from "../forms/form-state";
import { msg } from "../i18n/keys";

/**
 * The server half of a confirmation step (components/ui/form/ConfirmActionForm.tsx): a dangerous
 * action runs only when the form carries confirm=yes. Without JavaScript the first submit comes
 * back asking for the box to be ticked; with JavaScript a dialog asks first and sends confirm=yes.
 */
export const CONFIRM_FIELD = "confirm";

export function unconfirmed(formData: FormData, question: string = msg("Counselor.errors.confirm")): FormState | null {
  if (formData.get(CONFIRM_FIELD) === "yes") return null;
  const values = formValues(formData);
  delete values[CONFIRM_FIELD];
  return errorState(question, values, CONFIRM_FIELD);
}
