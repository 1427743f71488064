import type { Metadata } from "next";
import { SignedIn } from "@/components/ui/SignedIn";
import { requireFamilyMember } from "@/lib/auth/guards";
import { getFamily } from "@/lib/family/families";
import { viewerTimeZone } from "@/lib/account/time-zone";
import { FamilyNav } from "@/components/family/FamilyNav";
import { getTranslations } from "next-intl/server";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function FamilyLayout({ children, params }: { children: React.ReactNode; params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}`);
  // Learns this device's zone on every family page, so reminders follow the device (one zone per person).
  const [family, , t] = await Promise.all([getFamily({ userId: user.id }, familyId), viewerTimeZone(), getTranslations("FamilyNav")]);
  return (
    <div className="family-space">
      <SignedIn />
      <p className="muted">
        <a href="/family">{t("yourFamilies")}</a> / <strong>{family.name}</strong>
      </p>
      <FamilyNav familyId={family.id} isOwner={family.role === "owner"} />
      {children}
    </div>
  );
}
