import { unsubscribe, unsubscribeTokenLocale } from "@/lib/notifications/unsubscribe";
import { personLocale } from "@/lib/i18n/person-locale";
import { translator } from "@/lib/i18n/text";

export const dynamic = "force-dynamic";

/**
 * The address in each email's List-Unsubscribe header. A mail program's one-click POST
 * ("List-Unsubscribe=One-Click") turns that kind of email off; so does the button on
 * /unsubscribe/<token>, which is then sent back to that page. No sign-in: the token is the key.
 * The plain answer is in the email's language (its recipient's), else the reader's.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ok = await unsubscribe(token);
  const form = await request.formData().catch(() => null);
  if (form?.get("from") === "page") {
    const to = `/unsubscribe/${encodeURIComponent(token)}?done=${ok ? "1" : "0"}`;
    return new Response(null, { status: 303, headers: { Location: to, "Cache-Control": "no-store" } });
  }
  const t = translator((await unsubscribeTokenLocale(token)) ?? (await personLocale()));
  return new Response(`${ok ? t("Unsubscribe.done") : `${t("Unsubscribe.badTitle")}.`}\n`, {
    status: ok ? 200 : 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** Opening the header's address in a browser changes nothing: it shows the page with the button. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return new Response(null, { status: 303, headers: { Location: `/unsubscribe/${encodeURIComponent(token)}`, "Cache-Control": "no-store" } });
}
