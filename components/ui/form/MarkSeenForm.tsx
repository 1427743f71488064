import { getTranslations } from "next-intl/server";
import type { PlainFormAction } from "@/lib/forms/form-state";

/** "Mark these as seen" under a list of notices: a plain form (works without JavaScript), its ids bound by the page. */
export async function MarkSeenForm({ action }: { action: PlainFormAction }) {
  const t = await getTranslations("Forms");
  return (
    <form action={action}>
      <button type="submit" className="button button-secondary">
        {t("markSeen")}
      </button>
    </form>
  );
}
