import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { personLocale } from "@/lib/i18n/person-locale";
import { requireFamilyMember } from "@/lib/auth/guards";
import { getRelapseMoment, TONIGHT_PARTS } from "@/lib/family/relapse-moment";
import { RelapseMomentView } from "@/components/relapse-moment/RelapseMomentView";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("RelapseMoment");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ familyId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The family's own "right now": where a check-in that noted "may have used" lands (?checkIn=<id>),
 * and the "Right now" link inside the family space. The family's plan comes first (decision 026).
 */
export default async function RightNowInFamilyPage({ params, searchParams }: Props) {
  const { familyId } = await params;
  const query = await searchParams;
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}/check-ins/right-now`);
  const moment = await getRelapseMoment({ userId: user.id }, familyId, {
    checkInId: typeof query.checkIn === "string" ? query.checkIn : undefined,
    locale: await personLocale(),
  });
  const saved = (TONIGHT_PARTS as readonly unknown[]).includes(query.saved);
  return <RelapseMomentView moment={moment} saved={saved} />;
}
