import { SignedIn } from "@/components/ui/SignedIn";

/** The top of a counselor's inner page: marked signed in (for the header menu), and the way back to the counselor home. */
export function CounselorPageTop({ home }: { home: string }) {
  return (
    <>
      <SignedIn />
      <p className="muted">
        <a href="/counselor" className="tap">
          {home}
        </a>
      </p>
    </>
  );
}
