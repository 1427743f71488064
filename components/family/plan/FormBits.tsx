"use client";

// Small pieces of the plan's edit form that read the form's state, as the shared fields do.
import { useFieldState } from "@/components/ui/form/ActionForm";
import { describeField } from "./labels";

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

/** Near the Save button, so someone at the bottom of a long form sees what still needs a look. */
export function ErrorSummary() {
  const state = useFieldState();
  if (state.status !== "error") return null;
  const fields = Object.keys(state.fieldErrors ?? {});
  return (
    <div className="rounded-md border-l-4 border-alert bg-alert-bg px-3 py-2">
      <p className="m-0 font-semibold text-alert">Your changes are not saved yet.</p>
      {fields.length > 0 ? (
        <>
          <p className="m-0">Please check:</p>
          <ul className="m-0 list-disc pl-6">
            {fields.map((field) => {
              const { label, href } = describeField(field);
              return (
                <li key={field}>
                  <a href={href}>{label}</a>
                </li>
              );
            })}
          </ul>
        </>
      ) : state.message ? (
        <p className="m-0">{state.message}</p>
      ) : null}
    </div>
  );
}
