"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { OneTimeLinkForm } from "@/components/ui/form/OneTimeLinkForm";
import { ConfirmActionForm } from "@/components/ui/form/ConfirmActionForm";
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/form/fields";
import { ForgetKeptPlans } from "@/components/auth/ForgetKeptPlans";
import type { FormAction } from "@/lib/forms/form-state";
import { LANGUAGE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

/** Each form gets its action from its page (ids bound there). */

export function CounselorSignUpForm({ action }: { action: FormAction }) {
  const t = useTranslations("Counselor.signUp");
  return (
    <>
      <ForgetKeptPlans />
      <ActionForm action={action} submitLabel={t("submit")}>
        <TextField name="name" label={t("name")} autoComplete="name" required maxLength={60} hint={t("nameHint")} />
        <TextField name="organization" label={t("organization")} autoComplete="organization" maxLength={120} />
        <TextField name="email" label={t("email")} type="email" autoComplete="email" required />
        <TextField name="password" label={t("password")} type="password" autoComplete="new-password" required maxLength={128} hint={t("passwordHint")} />
      </ActionForm>
    </>
  );
}

export function BecomeCounselorForm({ action }: { action: FormAction }) {
  const t = useTranslations("Counselor.become");
  return (
    <ActionForm action={action} submitLabel={t("submit")}>
      <TextField name="organization" label={t("organization")} autoComplete="organization" maxLength={120} />
    </ActionForm>
  );
}

/** `language`: the list's language chosen first (the counselor's own). */
export function ReadingListForm({ action, pages, language }: { action: FormAction; pages: { value: string; label: string }[]; language: Locale }) {
  const t = useTranslations("CounselorLinks.form");
  return (
    <OneTimeLinkForm
      action={action}
      submitLabel={t("submit")}
      againLabel={t("again")}
      explanation={t("explanation")}
      testId="reading-list-link"
      shareTitle={t("shareTitle")}
    >
      <ChoiceGroup type="checkbox" name="pages" label={t("pages")} options={pages} required />
      <TextArea name="note" label={t("note")} maxLength={1000} hint={t("noteHint")} />
      <TextField name="label" label={t("label")} maxLength={80} hint={t("labelHint")} />
      <ChoiceGroup
        type="radio"
        name="locale"
        label={t("language")}
        hint={t("languageHint")}
        defaultValue={language}
        options={LOCALES.map((locale) => ({ value: locale, label: LANGUAGE_NAMES[locale] }))}
        required
      />
      <ChoiceGroup
        type="radio"
        name="days"
        label={t("days")}
        defaultValue="30"
        options={["7", "30", "90"].map((days) => ({ value: days, label: t("dayCount", { count: Number(days) }) }))}
        required
      />
    </OneTimeLinkForm>
  );
}

export function RevokeReadingListForm({ action }: { action: FormAction }) {
  const t = useTranslations("CounselorLinks.revoke");
  return <ConfirmActionForm action={action} label={t("label")} question={t("question")} consequence={t("consequence")} confirmLabel={t("confirm")} keepLabel={t("keep")} />;
}

export function ConnectionInviteForm({ action }: { action: FormAction }) {
  const t = useTranslations("Counselor.invite");
  return (
    <OneTimeLinkForm
      action={action}
      submitLabel={t("submit")}
      againLabel={t("again")}
      explanation={t("explanation")}
      testId="connection-link"
      shareTitle={t("shareTitle")}
    />
  );
}

export function RevokeConnectionInviteForm({ action }: { action: FormAction }) {
  const t = useTranslations("Counselor.invite");
  return (
    <ConfirmActionForm
      action={action}
      label={t("endLabel")}
      question={t("endQuestion")}
      consequence={t("endConsequence")}
      confirmLabel={t("endConfirm")}
      keepLabel={t("keep")}
    />
  );
}
