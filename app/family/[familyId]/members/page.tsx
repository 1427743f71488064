import { Moment } from "@/components/ui/Moment";
import type { Metadata } from "next";
import { requireFamilyMember } from "@/lib/auth/guards";
import { listInvites, listMembers } from "@/lib/family/members";
import { InviteForm, LeaveFamilyForm, RemoveMemberForm, RevokeInviteForm, TransferOwnershipForm } from "@/components/family/members/MemberForms";

export const metadata: Metadata = { title: "Members" };


export default async function MembersPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { user, access } = await requireFamilyMember(familyId, `/family/${familyId}/members`);
  const actor = { userId: user.id };
  const members = await listMembers(actor, familyId);
  const isOwner = access.role === "owner";
  const invites = isOwner ? await listInvites(actor, familyId) : [];
  const others = members.filter((m) => !m.isYou);

  return (
    <div>
      <h1>Members</h1>
      <ul className="card-list">
        {members.map((member) => (
          <li key={member.userId} className="card">
            <strong>{member.name}</strong>
            {member.isYou ? " (you)" : ""} · {member.role === "owner" ? "Owner" : "Member"} · joined <Moment date={member.joinedAt} dayOnly />
            {isOwner && !member.isYou && member.role === "member" ? <RemoveMemberForm familyId={familyId} memberUserId={member.userId} name={member.name} /> : null}
          </li>
        ))}
      </ul>

      {isOwner ? (
        <>
          <h2>Invite someone</h2>
          <p>Send a private link to a partner, a grown child, a grandparent: anyone who helps. They create an account and join.</p>
          <InviteForm familyId={familyId} />
          {invites.length > 0 ? (
            <>
              <h3>Invitation links</h3>
              <ul className="card-list">
                {invites.map((invite) => (
                  <li key={invite.id} className="card">
                    Created <Moment date={invite.createdAt} dayOnly /> ·{" "}
                    {invite.status === "open" ? (
                      <>
                        works until <Moment date={invite.expiresAt} />
                      </>
                    ) : (
                      invite.status
                    )}
                    {invite.status === "open" ? <RevokeInviteForm familyId={familyId} inviteId={invite.id} /> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {others.length > 0 ? (
            <>
              <h2>Hand over ownership</h2>
              <p>The owner invites and removes members and can delete the family. You will stay as a member.</p>
              <TransferOwnershipForm familyId={familyId} members={others} />
            </>
          ) : null}
        </>
      ) : (
        <>
          <h2>Leave this family</h2>
          <p>Your private check-ins are deleted when you leave. Check-ins you shared stay with the family. You will no longer see this family&apos;s space.</p>
          <LeaveFamilyForm familyId={familyId} />
        </>
      )}
    </div>
  );
}
