import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Moment } from "@/components/ui/Moment";
import { requireFamilyMember } from "@/lib/auth/guards";
import { listInvites, listMembers } from "@/lib/family/members";
import { listResetLinks } from "@/lib/account/reset-links";
import { createInviteAction, createResetLinkAction, leaveFamilyAction, removeMemberAction, revokeInviteAction, revokeResetLinkAction, transferOwnershipAction } from "./actions";
import { InviteForm, LeaveFamilyForm, RemoveMemberForm, ResetLinkForm, RevokeInviteForm, RevokeResetLinkForm, TransferOwnershipForm } from "@/components/family/members/MemberForms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Members");
  return { title: t("metaTitle") };
}

export default async function MembersPage({ params }: { params: Promise<{ familyId: string }> }) {
  const { familyId } = await params;
  const { user, access } = await requireFamilyMember(familyId, `/family/${familyId}/members`);
  const actor = { userId: user.id };
  const [members, t] = await Promise.all([listMembers(actor, familyId), getTranslations("Members")]);
  const isOwner = access.role === "owner";
  const invites = isOwner ? await listInvites(actor, familyId) : [];
  const resetLinks = isOwner ? await listResetLinks(actor, familyId) : [];
  const others = members.filter((m) => !m.isYou);

  return (
    <div>
      <h1>{t("heading")}</h1>
      <ul className="card-list">
        {members.map((member) => (
          <li key={member.userId} className="card">
            <strong>{member.name}</strong>
            {member.isYou ? t("you") : ""} · {member.role === "owner" ? t("owner") : t("member")} · {t("joined")} <Moment date={member.joinedAt} dayOnly />
            {isOwner && !member.isYou && member.role === "member" ? <RemoveMemberForm action={removeMemberAction.bind(null, familyId, member.userId)} name={member.name} /> : null}
          </li>
        ))}
      </ul>

      {isOwner ? (
        <>
          <h2>{t("inviteHeading")}</h2>
          <p>{t("inviteText")}</p>
          <InviteForm action={createInviteAction.bind(null, familyId)} />
          {invites.length > 0 ? (
            <>
              <h3>{t("invitesHeading")}</h3>
              <ul className="card-list">
                {invites.map((invite) => (
                  <li key={invite.id} className="card">
                    {t("created")} <Moment date={invite.createdAt} dayOnly /> ·{" "}
                    {invite.status === "open" ? (
                      <>
                        {t("worksUntil")} <Moment date={invite.expiresAt} />
                      </>
                    ) : (
                      t(`status.${invite.status}`)
                    )}
                    {invite.status === "open" ? <RevokeInviteForm action={revokeInviteAction.bind(null, familyId, invite.id)} /> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {others.length > 0 ? (
            <>
              <h2>{t("resetHeading")}</h2>
              <p>{t("resetText")}</p>
              <ul className="card-list">
                {others.map((member) => (
                  <li key={member.userId} className="card">
                    <ResetLinkForm action={createResetLinkAction.bind(null, familyId, member.userId)} name={member.name} />
                  </li>
                ))}
              </ul>
              {resetLinks.length > 0 ? (
                <>
                  <h3>{t("resetLinksHeading")}</h3>
                  <ul className="card-list">
                    {resetLinks.map((link) => (
                      <li key={link.id} className="card">
                        {t("resetFor")} <strong>{link.memberName}</strong>, {t("resetGiven")} <Moment date={link.createdAt} /> ·{" "}
                        {link.status === "open" ? (
                          <>
                            {t("worksUntil")} <Moment date={link.expiresAt} />
                          </>
                        ) : link.status === "used" && link.usedAt ? (
                          <>
                            {t("resetUsed")} <Moment date={link.usedAt} />
                          </>
                        ) : link.status === "revoked" ? (
                          t("resetEnded")
                        ) : (
                          t("resetExpired")
                        )}
                        {link.status === "open" ? <RevokeResetLinkForm action={revokeResetLinkAction.bind(null, familyId, link.id)} /> : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <h2>{t("handOverHeading")}</h2>
              <p>{t("handOverText")}</p>
              <TransferOwnershipForm action={transferOwnershipAction.bind(null, familyId)} members={others} />
            </>
          ) : null}
        </>
      ) : (
        <>
          <h2>{t("leaveHeading")}</h2>
          <p>{t("leaveText")}</p>
          <LeaveFamilyForm action={leaveFamilyAction.bind(null, familyId)} />
        </>
      )}
    </div>
  );
}
