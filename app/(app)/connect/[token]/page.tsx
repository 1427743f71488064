import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { previewConnectionInvite } from "@/lib/counselor/connections";
import { listFamilies } from "@/lib/family/families";
import { connectFamilyAction } from "./actions";
import { ConnectForm } from "@/components/counselor/ConnectForm";
import { PassLinkOn } from "@/components/counselor/PassLinkOn";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Connect with a counselor", robots: { index: false, follow: false } };

/** A family owner opens a counselor's link. Nothing changes until they choose. */
export default async function ConnectPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invite, user] = await Promise.all([previewConnectionInvite(token), getCurrentUser()]);
  if (invite.status !== "open") {
    return (
      <div className="page">
        <h1>This link does not work</h1>
        <p>It may have been used already, ended, or it is more than 7 days old. Ask your counselor for a new one.</p>
      </div>
    );
  }
  const here = `/connect/${token}`;
  const families = user ? await listFamilies({ userId: user.id }) : [];
  const owned = families.filter((f) => f.role === "owner");
  const memberOf = families.filter((f) => f.role !== "owner");
  return (
    <div className="page">
      <h1>
        Connect with {invite.counselorName}
        {invite.organization ? ` (${invite.organization})` : ""}
      </h1>
      <p className="muted">
        The name{invite.organization ? " and organization" : ""} above are what the counselor typed in; we do not check
        them. Connect only if you know who sent you this link.
      </p>
      <p>Your counselor asked to connect with your family space. You decide what they may see, and you can change it or end it at any time. Every time they look, you will see it in a log.</p>
      {!user ? (
        <p>
          <a className="button" href={`/sign-in?next=${encodeURIComponent(here)}`}>
            Sign in to choose
          </a>{" "}
          or <a href={`/sign-up?next=${encodeURIComponent(here)}`}>create an account</a>.
        </p>
      ) : owned.length === 0 && memberOf.length > 0 ? (
        <section aria-labelledby="pass-on-heading" className="card">
          <h2 id="pass-on-heading">Only the owner can connect your family space</h2>
          <p>
            You are a member of {memberOf.map((f) => f.name).join(", ")}, but not its owner. Only the person who owns a family
            space can connect it with a counselor and choose what they may see.
          </p>
          <p>Send this link to your family space&apos;s owner. It works once, for 7 days from when the counselor made it.</p>
          <PassLinkOn link={new URL(here, env().APP_URL).toString()} />
        </section>
      ) : owned.length === 0 ? (
        <p>
          Only a family space&apos;s owner can connect it. <a href="/family">Create your family space</a>, then open this link
          again.
        </p>
      ) : (
        <ConnectForm action={connectFamilyAction.bind(null, token)} families={owned.map((f) => ({ id: f.id, name: f.name }))} />
      )}
    </div>
  );
}
