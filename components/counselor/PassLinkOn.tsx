"use client";

import { CopyLink } from "@/components/ui/form/OneTimeLinkForm";

/** For a family member who is not the owner: the connect link, to copy or share with the owner. */
export function PassLinkOn({ link }: { link: string }) {
  return <CopyLink link={link} shareTitle="Connect our family space with a counselor" testId="pass-on-link" />;
}
