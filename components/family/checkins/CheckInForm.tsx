import { getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/ui/form/ActionForm";
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/form/fields";
import { getCatalogue } from "@/lib/content";
import { latestCheckInDate, NOTE_MAX, OTHER_SIGNS_MAX, suggestedCheckInDate, type CheckInForEdit } from "@/lib/family/checkins";
import type { FormAction } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { CheckboxField } from "./CheckboxField";
import { GroupedChecklist } from "./GroupedChecklist";
import { SCORES, stageInPhrase } from "./labels";


/**
 * The check-in form, for a new entry or an edit. Works without JavaScript; everything typed is
 * kept when a submit is refused. In the reader's language, with the signs and triggers of the
 * catalogue in that language (content/es/catalogue for Spanish).
 */
export async function CheckInForm({
  action,
  submitLabel,
  initial,
  lovedOneName,
  timeZone,
  locale,
}: {
  action: FormAction;
  submitLabel: string;
  initial?: CheckInForEdit;
  lovedOneName?: string | null;
  /** The person's time zone, for "today" in the date box. */
  timeZone: string;
  /** The reader's language. */
  locale: Locale;
}) {
  const t = await getTranslations("CheckInForm");
  const words = await getTranslations("CheckIns");
  const catalogue = getCatalogue(locale);
  const them = lovedOneName?.trim() || t("lovedOne");
  const worryOptions = SCORES.map((n) => ({ value: String(n), label: t("scoreOption", { score: n, label: words(`worry.${n}`) }) }));
  const wellbeingOptions = SCORES.map((n) => ({ value: String(n), label: t("scoreOption", { score: n, label: words(`wellbeing.${n}`) }) }));
  const signs = catalogue.stages.map((stage) => ({
    id: stage.id,
    heading: t("stageSigns", { stage: stageInPhrase(stage.name, locale) }),
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
        label={t("useSuspected", { name: them })}
        hint={t("useSuspectedHint")}
        defaultChecked={initial?.useSuspected}
        urgent
      />

      <ChoiceGroup
        type="radio"
        name="worry"
        label={t("worry")}
        hint={t("worryHint")}
        options={worryOptions}
        defaultValue={initial?.worry}
        required
      />

      <ChoiceGroup
        type="radio"
        name="wellbeing"
        label={t("wellbeing")}
        hint={t("wellbeingHint")}
        options={wellbeingOptions}
        defaultValue={initial?.wellbeing}
        required
      />

      {/* Save right here, not a screen and a half further down; the optional parts keep their Save at the end. */}
      <div className="grid gap-2">
        <p className="muted m-0">{t("quick")}</p>
        <div>
          <SubmitButton label={t("saveNow")} />
        </div>
      </div>

      <GroupedChecklist
        name="signs"
        label={t("signs")}
        hint={t("signsHint")}
        defaultValue={initial?.signs}
        collapsible
        summary={t("signsSummary")}
        groups={signs}
      />

      <TextArea
        name="otherSigns"
        label={t("otherSigns")}
        hint={t("otherSignsHint", { max: OTHER_SIGNS_MAX })}
        maxLength={OTHER_SIGNS_MAX}
        rows={3}
        defaultValue={initial?.otherSigns}
      />

      <GroupedChecklist
        name="triggers"
        label={t("triggers")}
        hint={t("triggersHint")}
        defaultValue={initial?.triggers}
        collapsible
        summary={t("triggersSummary")}
        groups={triggers}
      />

      <TextArea
        name="note"
        label={t("note")}
        hint={t("noteHint", { max: NOTE_MAX })}
        maxLength={NOTE_MAX}
        rows={5}
        defaultValue={initial?.note}
      />

      <TextField
        name="date"
        type="date"
        label={t("date")}
        hint={t("dateHint")}
        defaultValue={initial?.date ?? suggestedCheckInDate(timeZone)}
        max={latestCheckInDate()}
        required
      />

      <ChoiceGroup
        type="radio"
        name="visibility"
        label={t("visibility")}
        options={[
          { value: "family", label: t("visibilityFamily") },
          { value: "private", label: t("visibilityPrivate") },
        ]}
        defaultValue={initial?.visibility ?? "family"}
      />
    </ActionForm>
  );
}
