import type { Metadata } from "next";
import Link from "next/link";
import { isValidUnsubscribeToken } from "@/lib/notifications/unsubscribe";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Stop these emails", robots: { index: false, follow: false } };

/** Opened from an email's link. Asks first; only the button (a POST) changes anything. */
export default async function UnsubscribePage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> }) {
  const { token } = await params;
  const { done } = await searchParams;
  if (done === "1") {
    return (
      <div className="page">
        <h1>Done</h1>
        <p role="status" className="form-success">
          You will not get this kind of email any more.
        </p>
        <p>
          You can turn it back on at any time: sign in, open your family space, and choose <strong>Notifications</strong>.
        </p>
        <p>
          <Link href="/family">Go to your family space</Link>
        </p>
      </div>
    );
  }
  const valid = done !== "0" && (await isValidUnsubscribeToken(token));
  if (!valid) {
    return (
      <div className="page">
        <h1>This link no longer works</h1>
        <p>
          You can still choose which emails you get: sign in, open your family space, and choose <strong>Notifications</strong>.
        </p>
        <p>
          <Link href="/family">Go to your family space</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page">
      <h1>Stop these emails?</h1>
      <p>This stops this one kind of email from your family space. Other emails you chose keep coming. Nothing else changes.</p>
      <form method="post" action={`/api/unsubscribe/${encodeURIComponent(token)}`} className="form">
        <input type="hidden" name="from" value="page" />
        <button type="submit" className="button">
          Stop this kind of email
        </button>
      </form>
      <p>
        You can also choose in your family space, under <strong>Notifications</strong>.
      </p>
    </div>
  );
}
