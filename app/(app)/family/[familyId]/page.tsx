import type { Metadata } from "next";
import { orNotFound, requireFamilyMember } from "@/lib/auth/guards";
import { getDashboard } from "@/lib/family/trend";
import { getFamily } from "@/lib/family/families";
import { DashboardView } from "@/components/family/dashboard/DashboardView";
import { SinceLastLooked } from "@/components/family/dashboard/SinceLastLooked";
import { listSinceLastLooked } from "@/lib/notifications/events";
import { viewerTimeZone } from "@/lib/account/time-zone";
import { RightNowEntry } from "@/components/relapse-moment/RightNowEntry";
import { markSeenAction } from "./notifications/actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "What we're seeing" };

export default async function DashboardPage({ params, searchParams }: { params: Promise<{ familyId: string }>; searchParams: Promise<{ joined?: string }> }) {
  const [{ familyId }, { joined }] = await Promise.all([params, searchParams]);
  const { user } = await requireFamilyMember(familyId, `/family/${familyId}`);
  const data = await orNotFound(getDashboard({ userId: user.id }, familyId));
  const [events, zone, family] = await Promise.all([
    listSinceLastLooked({ userId: user.id }, familyId),
    viewerTimeZone(),
    joined === "1" ? getFamily({ userId: user.id }, familyId) : null,
  ]);
  return (
    <>
      <h1>What we&rsquo;re seeing</h1>
      {family ? (
        <p role="status" className="form-success">
          You joined {family.name}.
        </p>
      ) : null}
      <RightNowEntry familyId={familyId} />
      <SinceLastLooked events={events} familyId={familyId} timeZone={zone.timeZone} markSeen={markSeenAction.bind(null, familyId)} />
      <p className="summary">A picture of the last few weeks, from your family&rsquo;s check-ins.</p>
      <DashboardView data={data} familyId={familyId} />
    </>
  );
}
