"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { ChoiceGroup } from "@/components/ui/form/fields";
import { OneTimeLinkForm } from "@/components/ui/form/OneTimeLinkForm";
import type { FormAction } from "@/lib/forms/form-state";

/** Each form gets its action from the page, with the ids already bound (app/family/[familyId]/members/page.tsx). */
/** Creates an invitation and shows its link once. */
export function InviteForm({ action }: { action: FormAction }) {
  const t = useTranslations("Members.forms");
  return (
    <OneTimeLinkForm
      action={action}
      submitLabel={t("invite")}
      againLabel={t("inviteAgain")}
      explanation={t("inviteExplanation")}
      testId="invite-link"
      shareTitle={t("inviteShare")}
    ></OneTimeLinkForm>
  );
}

export function RevokeInviteForm({ action }: { action: FormAction }) {
  const t = useTranslations("Members.forms");
  return <ActionForm action={action} submitLabel={t("revoke")} className="inline-form"></ActionForm>;
}

export function RemoveMemberForm({ action, name }: { action: FormAction; name: string }) {
  const t = useTranslations("Members.forms");
  return <ActionForm action={action} submitLabel={t("remove", { name })} className="inline-form" danger></ActionForm>;
}

export function TransferOwnershipForm({ action, members }: { action: FormAction; members: { userId: string; name: string }[] }) {
  const t = useTranslations("Members.forms");
  return (
    <ActionForm action={action} submitLabel={t("handOver")}>
      <ChoiceGroup type="radio" name="newOwner" label={t("newOwner")} options={members.map((m) => ({ value: m.userId, label: m.name }))} required />
    </ActionForm>
  );
}

export function LeaveFamilyForm({ action }: { action: FormAction }) {
  const t = useTranslations("Members.forms");
  return <ActionForm action={action} submitLabel={t("leave")} danger></ActionForm>;
}

/** A password reset link for a locked-out member: shown once, works once, for 24 hours. */
export function ResetLinkForm({ action, name }: { action: FormAction; name: string }) {
  const t = useTranslations("Members.forms");
  return (
    <OneTimeLinkForm
      action={action}
      submitLabel={t("reset", { name })}
      againLabel={t("resetAgain", { name })}
      explanation={t("resetExplanation", { name })}
      testId="reset-link"
      shareTitle={t("resetShare")}
    ></OneTimeLinkForm>
  );
}

export function RevokeResetLinkForm({ action }: { action: FormAction }) {
  const t = useTranslations("Members.forms");
  return <ActionForm action={action} submitLabel={t("endLink")} className="inline-form"></ActionForm>;
}
