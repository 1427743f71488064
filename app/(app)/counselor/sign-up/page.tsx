import type { Metadata } from "next";
import { CounselorSignUpForm } from "@/components/counselor/CounselorForms";
import { counselorSignUpAction } from "../actions";

export const metadata: Metadata = { title: "Counselor sign-up", robots: { index: false } };
// Rendered per request: a page with a form gets the request's script nonce (docs/decisions/011-csp-and-headers.md).
export const dynamic = "force-dynamic";

export default function CounselorSignUpPage() {
  return (
    <div className="page">
      <h1>Create a counselor account</h1>
      <p>
        Share chosen guide pages with a family by link, and connect with a family&apos;s space. Each family decides what
        you see, and can change it at any time.
      </p>
      <CounselorSignUpForm action={counselorSignUpAction} />
      <p>
        Already have an account? <a href="/sign-in?next=/counselor/become">Sign in</a> and set up your counselor profile.
      </p>
    </div>
  );
}
