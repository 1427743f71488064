import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { BecomeCounselorForm } from "@/components/counselor/CounselorForms";
import { becomeCounselorAction } from "../actions";
import { SignedIn } from "@/components/ui/SignedIn";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Counselor.become");
  return { title: t("title"), robots: { index: false } };
}

export default async function BecomeCounselorPage() {
  const user = await requireUser("/counselor/become");
  const t = await getTranslations("Counselor.become");
  return (
    <div className="page">
      <SignedIn />
      <h1>{t("title")}</h1>
      <p>{t.rich("intro", { name: user.name, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <BecomeCounselorForm action={becomeCounselorAction} />
    </div>
  );
}
