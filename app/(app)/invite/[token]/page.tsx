import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { previewInvite } from "@/lib/family/members";
import { acceptInviteAction } from "./actions";
import { AcceptInviteForm } from "@/components/family/members/AcceptInviteForm";

export const metadata: Metadata = { title: "Join a family space", robots: { index: false, follow: false } };

/** Opening an invitation shows what it is; nothing changes until the person chooses to join. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invite, user] = await Promise.all([previewInvite(token), getCurrentUser()]);
  if (invite.status !== "open") {
    return (
      <div className="page">
        <h1>This invitation link does not work</h1>
        <p>It may have been used already, revoked, or it is more than 7 days old. Ask the person who sent it for a new one.</p>
        <p>
          In the meantime, the <a href="/guide">guide</a> is open to everyone.
        </p>
      </div>
    );
  }
  const here = `/invite/${token}`;
  return (
    <div className="page">
      <h1>You are invited to join {invite.familyName}</h1>
      <p>
        A family space is a private place to note warning signs, see what is changing, and keep a safety plan together.
        Only its members can see it.
      </p>
      {user ? (
        <AcceptInviteForm action={acceptInviteAction.bind(null, token)} familyName={invite.familyName} />
      ) : (
        <p>
          <a className="button" href={`/sign-up?next=${encodeURIComponent(here)}`}>
            Create an account to join
          </a>{" "}
          or <a href={`/sign-in?next=${encodeURIComponent(here)}`}>sign in</a>.
        </p>
      )}
    </div>
  );
}
