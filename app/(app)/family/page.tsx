import type { Metadata } from "next";
import { SignedIn } from "@/components/ui/SignedIn";
import { getCurrentUser } from "@/lib/auth/session";
import { listFamilies } from "@/lib/family/families";
import { readDeletedFamily } from "@/lib/family/deleted-notice";
import { CreateFamilyForm } from "@/components/family/CreateFamilyForm";
import { FamilySpaceIntro } from "@/components/family/FamilySpaceIntro";
import { DeletedFamilyNotice } from "@/components/family/DeletedFamilyNotice";
import { createFamilyAction } from "./actions";

export const metadata: Metadata = { title: "Family space", robots: { index: false, follow: false } };

export default async function FamiliesPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const user = await getCurrentUser();
  // Signed out: first say what this is and what stays private, then offer sign-in and sign-up.
  if (!user) return <FamilySpaceIntro />;
  const [families, { deleted }] = await Promise.all([listFamilies({ userId: user.id }), searchParams]);
  const removed = deleted === "1" ? await readDeletedFamily() : null;
  return (
    <div className="page">
      <SignedIn />
      {deleted === "1" ? <DeletedFamilyNotice summary={removed} /> : null}
      <h1>Your family space</h1>
      {families.length > 0 ? (
        <ul className="doors">
          {families.map((family) => (
            <li key={family.id}>
              <a href={`/family/${family.id}`} className="door">
                <span className="door-title">{family.name}</span>
                <span className="door-text">{family.role === "owner" ? "You own this space" : "You are a member"}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          A private place for your family to note the warning signs you see, spot a drift early, and keep a safety plan
          together. Start by creating your family space. Then invite the people who help.
        </p>
      )}
      <h2>{families.length ? "Create another family space" : "Create your family space"}</h2>
      <CreateFamilyForm action={createFamilyAction} />
      <p className="muted">
        <a href="/account" className="tap">Your account</a>
      </p>
    </div>
  );
}
