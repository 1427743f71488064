import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignedIn } from "@/components/ui/SignedIn";
import { getCurrentUser } from "@/lib/auth/session";
import { listFamilies } from "@/lib/family/families";
import { readDeletedFamily } from "@/lib/family/deleted-notice";
import { CreateFamilyForm } from "@/components/family/CreateFamilyForm";
import { FamilySpaceIntro } from "@/components/family/FamilySpaceIntro";
import { DeletedFamilyNotice } from "@/components/family/DeletedFamilyNotice";
import { createFamilyAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Family");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function FamiliesPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const user = await getCurrentUser();
  // Signed out: first say what this is and what stays private, then offer sign-in and sign-up.
  if (!user) return <FamilySpaceIntro />;
  const [families, { deleted }, t] = await Promise.all([listFamilies({ userId: user.id }), searchParams, getTranslations("Family")]);
  const removed = deleted === "1" ? await readDeletedFamily() : null;
  return (
    <div className="page">
      <SignedIn />
      {deleted === "1" ? <DeletedFamilyNotice summary={removed} /> : null}
      <h1>{t("heading")}</h1>
      {families.length > 0 ? (
        <ul className="doors">
          {families.map((family) => (
            <li key={family.id}>
              <a href={`/family/${family.id}`} className="door">
                <span className="door-title">{family.name}</span>
                <span className="door-text">{family.role === "owner" ? t("owned") : t("member")}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("empty")}</p>
      )}
      <h2>{families.length ? t("createAnother") : t("createFirst")}</h2>
      <CreateFamilyForm action={createFamilyAction} />
      <p className="muted">
        <a href="/account" className="tap">
          {t("account")}
        </a>
      </p>
    </div>
  );
}
