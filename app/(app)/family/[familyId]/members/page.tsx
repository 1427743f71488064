import { Moment } from "@/components/ui/Moment";
import type { Metadata } from "next";
import { requireFamilyMember } from "@/lib/auth/guards";
import { listInvites, listMembers } from "@/lib/family/members";
import { listResetLinks } from "@/lib/account/reset-links";
import { createInviteAction, createResetLinkAction, leaveFamilyAction, removeMemberAction, revokeInviteAction, revokeResetLinkAction, transferOwnershipAction } from "./actions";
import { InviteForm, LeaveFamilyForm, RemoveMemberForm, ResetLinkForm, RevokeInviteForm, RevokeResetLinkForm, TransferOwnershipForm } from "@/components/family/members/MemberForms";

export const metadata: Metadata = { title: "Members" };


export default async function MembersPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { user, access } = await requireFamilyMember(familyId, `/family/${familyId}/members`);
  const actor = { userId: user.id };
  const members = await listMembers(actor, familyId);
  const isOwner = access.role === "owner";
  const invites = isOwner ? await listInvites(actor, familyId) : [];
  const resetLinks = isOwner ? await listResetLinks(actor, familyId) : [];
  const others = members.filter((m) => !m.isYou);

  return (
    <div>
      <h1>Members</h1>
      <ul className="card-list">
        {members.map((member) => (
          <li key={member.userId} className="card">
            <strong>{member.name}</strong>
            {member.isYou ? " (you)" : ""} · {member.role === "owner" ? "Owner" : "Member"} · joined <Moment date={member.joinedAt} dayOnly />
            {isOwner && !member.isYou && member.role === "member" ? <RemoveMemberForm action={removeMemberAction.bind(null, familyId, member.userId)} name={member.name} /> : null}
          </li>
        ))}
      </ul>

      {isOwner ? (
        <>
          <h2>Invite someone</h2>
          <p>Send a private link to a partner, a grown child, a grandparent: anyone who helps. They create an account and join.</p>
          <InviteForm action={createInviteAction.bind(null, familyId)} />
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
                    {invite.status === "open" ? <RevokeInviteForm action={revokeInviteAction.bind(null, familyId, invite.id)} /> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {others.length > 0 ? (
            <>
              <h2>A member cannot sign in</h2>
              <p>
                If someone forgot their password, you can give them a link to choose a new one. It works once, for 24 hours. Their other
                devices are signed out when they use it. You, as the owner, use your own recovery code if you are locked out.
              </p>
              <ul className="card-list">
                {others.map((member) => (
                  <li key={member.userId} className="card">
                    <ResetLinkForm action={createResetLinkAction.bind(null, familyId, member.userId)} name={member.name} />
                  </li>
                ))}
              </ul>
              {resetLinks.length > 0 ? (
                <>
                  <h3>Reset links given</h3>
                  <ul className="card-list">
                    {resetLinks.map((link) => (
                      <li key={link.id} className="card">
                        For <strong>{link.memberName}</strong>, given <Moment date={link.createdAt} /> ·{" "}
                        {link.status === "open" ? (
                          <>
                            works until <Moment date={link.expiresAt} />
                          </>
                        ) : link.status === "used" && link.usedAt ? (
                          <>
                            used <Moment date={link.usedAt} />
                          </>
                        ) : link.status === "revoked" ? (
                          "ended"
                        ) : (
                          "expired"
                        )}
                        {link.status === "open" ? <RevokeResetLinkForm action={revokeResetLinkAction.bind(null, familyId, link.id)} /> : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <h2>Hand over ownership</h2>
              <p>The owner invites and removes members and can delete the family. You will stay as a member.</p>
              <TransferOwnershipForm action={transferOwnershipAction.bind(null, familyId)} members={others} />
            </>
          ) : null}
        </>
      ) : (
        <>
          <h2>Leave this family</h2>
          <p>Your private check-ins are deleted when you leave. Check-ins you shared stay with the family. You will no longer see this family&apos;s space.</p>
          <LeaveFamilyForm action={leaveFamilyAction.bind(null, familyId)} />
        </>
      )}
    </div>
  );
}
