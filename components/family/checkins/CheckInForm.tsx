import { ActionForm, SubmitButton } from "@/components/ui/form/ActionForm";
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/form/fields";
import { getCatalogue } from "@/lib/content";
import { latestCheckInDate, NOTE_MAX, OTHER_SIGNS_MAX, suggestedCheckInDate, type CheckInForEdit } from "@/lib/family/checkins";
import type { FormAction } from "@/lib/forms/form-state";
import { CheckboxField } from "./CheckboxField";
import { GroupedChecklist } from "./GroupedChecklist";
import { WELLBEING_LABELS, WORRY_LABELS, scoreOptions } from "./labels";


/**
 * The check-in form, for a new entry or an edit. Works without JavaScript; everything typed is
 * kept when a submit is refused.
 */
export function CheckInForm({
  action,
  submitLabel,
  initial,
  lovedOneName,
  timeZone,
}: {
  action: FormAction;
  submitLabel: string;
  initial?: CheckInForEdit;
  lovedOneName?: string | null;
  /** The person's time zone, for "today" in the date box. */
  timeZone: string;
}) {
  const catalogue = getCatalogue();
  const them = lovedOneName?.trim() || "your loved one";
  const signs = catalogue.stages.map((stage) => ({
    id: stage.id,
    heading: `${stage.name} signs`,
    // A retired sign is offered no more, but an entry that already holds it keeps it when edited.
    options: stage.signs
      .filter((sign) => !sign.retired || initial?.signs?.includes(sign.id))
      .map((sign) => ({ value: sign.id, label: sign.label })),
  }));
  const triggers = catalogue.triggerGroups.map((group) => ({
    id: group.id,
    heading: group.name,
    options: group.triggers
      .filter((trigger) => !trigger.retired || initial?.triggers?.includes(trigger.id))
      .map((trigger) => ({ value: trigger.id, label: trigger.label })),
  }));
  return (
    <ActionForm action={action} submitLabel={submitLabel}>
      {/* The one answer that changes what we show next comes first, not after 26 checkboxes. */}
      <CheckboxField
        name="useSuspected"
        label={`I think ${them} may have used`}
        hint="If you tick this, we save your check-in and then show you what to do right now."
        defaultChecked={initial?.useSuspected}
        urgent
      />

      <ChoiceGroup
        type="radio"
        name="worry"
        label="How worried are you today?"
        hint="1 means not worried. 5 means very scared."
        options={scoreOptions(WORRY_LABELS)}
        defaultValue={initial?.worry}
        required
      />

      <ChoiceGroup
        type="radio"
        name="wellbeing"
        label="How are you doing yourself?"
        hint="This is about you, not your loved one. Your own chart of these answers on the dashboard is only for you."
        options={scoreOptions(WELLBEING_LABELS)}
        defaultValue={initial?.wellbeing}
        required
      />

      {/* Save right here, not a screen and a half further down; the optional parts keep their Save at the end. */}
      <div className="grid gap-2">
        <p className="muted m-0">That is all a quick check-in needs. You can save it now. The rest is optional: add it below, now or later.</p>
        <div>
          <SubmitButton label="Save now" />
        </div>
      </div>

      <GroupedChecklist
        name="signs"
        label="What did you notice?"
        hint="Tick only what you saw or heard. It is fine to tick nothing."
        defaultValue={initial?.signs}
        collapsible
        summary="Show the warning signs"
        groups={signs}
      />

      <TextArea
        name="otherSigns"
        label="Anything else you noticed?"
        hint={`In your own words. Up to ${OTHER_SIGNS_MAX} characters.`}
        maxLength={OTHER_SIGNS_MAX}
        rows={3}
        defaultValue={initial?.otherSigns}
      />

      <GroupedChecklist
        name="triggers"
        label="Did anything seem to set things off?"
        hint="Triggers are feelings, places, body changes or people that can stir up the urge to use."
        defaultValue={initial?.triggers}
        collapsible
        summary="Show the list of triggers"
        groups={triggers}
      />

      <TextArea
        name="note"
        label="Note"
        hint={`What happened, what was said, or anything you want to remember. Up to ${NOTE_MAX.toLocaleString("en-US")} characters.`}
        maxLength={NOTE_MAX}
        rows={5}
        defaultValue={initial?.note}
      />

      <TextField
        name="date"
        type="date"
        label="Date"
        hint="The day you noticed these things. It starts at today; you can choose an earlier day."
        defaultValue={initial?.date ?? suggestedCheckInDate(timeZone)}
        max={latestCheckInDate()}
        required
      />

      <ChoiceGroup
        type="radio"
        name="visibility"
        label="Who can see this check-in?"
        options={[
          { value: "family", label: "Everyone in this family space" },
          { value: "private", label: "Only me (it still counts in your own view of the dashboard)" },
        ]}
        defaultValue={initial?.visibility ?? "family"}
      />
    </ActionForm>
  );
}
