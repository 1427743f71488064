import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { BecomeCounselorForm } from "@/components/counselor/CounselorForms";
import { becomeCounselorAction } from "../actions";
import { SignedIn } from "@/components/ui/SignedIn";

export const metadata: Metadata = { title: "Set up your counselor profile", robots: { index: false } };

export default async function BecomeCounselorPage() {
  const user = await requireUser("/counselor/become");
  return (
    <div className="page">
      <SignedIn />
      <h1>Set up your counselor profile</h1>
      <p>
        Families will see your name, <strong>{user.name}</strong>, and your organization.
      </p>
      <BecomeCounselorForm action={becomeCounselorAction} />
    </div>
  );
}
