"use client";

import { useTranslations } from "next-intl";
import { CopyLink } from "@/components/ui/form/OneTimeLinkForm";

/** For a family member who is not the owner: the connect link, to copy or share with the owner. */
export function PassLinkOn({ link }: { link: string }) {
  const t = useTranslations("Connect");
  return <CopyLink link={link} shareTitle={t("passOnShareTitle")} testId="pass-on-link" />;
}
