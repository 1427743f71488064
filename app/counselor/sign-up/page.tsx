import type { Metadata } from "next";
import { CounselorSignUpForm } from "@/components/counselor/CounselorForms";

export const metadata: Metadata = { title: "Counselor sign-up", robots: { index: false } };

export default function CounselorSignUpPage() {
  return (
    <div className="page">
      <h1>Create a counselor account</h1>
      <p>
        Share chosen guide pages with a family by link, and connect with a family&apos;s space. Each family decides what
        you see, and can change it at any time.
      </p>
      <CounselorSignUpForm />
      <p>
        Already have an account? <a href="/sign-in?next=/counselor/become">Sign in</a> and set up your counselor profile.
      </p>
    </div>
  );
}
