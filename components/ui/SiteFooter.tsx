// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.
import { getTranslations } from "next-intl/server";
import { pagePath, telHref } from "@/lib/content";
import { getCatalogue } from "@/lib/i18n/content";
import { localePath, type Locale } from "@/lib/i18n/locales";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Footer" });
  const contacts = getCatalogue(locale).crisis.contacts.filter((contact) => contact.inStrip);
  return (
    <footer className="site-footer">
      <p>
        {t("notAdvice")} <a href={telHref("911")}>{t("call911")}</a>
      </p>
      <p>
        {t("noTracking")} <a href={localePath(locale, "/crisis")}>{t("crisisNumbers")}</a> ·{" "}
        <a href={localePath(locale, pagePath("staying-private"))}>{t("stayingPrivate")}</a>
      </p>
      {/* The header (and its numbers) is not printed; paper still needs them. */}
      <p className="print-only">
        {t("printed", { numbers: contacts.map((contact) => `${contact.short} ${contact.number}`).join(" · ") })}
      </p>
    </footer>
  );
}
