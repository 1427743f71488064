import { getTranslations } from "next-intl/server";
import { QUICK_EXIT_URL } from "@/lib/site";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Leaves for a neutral site at once, and leaves nothing behind (docs/decisions/027): the session
 * ends on the server and the browser clears what it kept of this site.
 * - With JavaScript, /quick-exit.js does it: the page goes blank, a keepalive POST /exit ends the
 *   session, the site's stored copies are deleted, then location.replace to the neutral site (so
 *   Back cannot return to this page). It adds Escape twice and Shift three times (as GOV.UK's "Exit
 *   this page" does).
 * - Without JavaScript it is a plain link to /exit, which ends the session and sends the browser
 *   on to the neutral site.
 */
export async function QuickExit({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Frame" });
  return (
    <>
      <a
        href="/exit"
        rel="nofollow noreferrer"
        className="quick-exit"
        data-quick-exit=""
        data-leave-to={QUICK_EXIT_URL}
        aria-describedby="quick-exit-keys"
      >
        {/* The space is for screen readers; in the flex box the gap does the spacing. On phones only
            the <show> word is seen ("Exit", "Salir"); the name stays whole ("Quick exit", "Salir rápido"). */}
        {t.rich("quickExit", {
          hide: (chunks) => <span className="quick-exit-first">{chunks}</span>,
          show: (chunks) => <span className="quick-exit-last">{chunks}</span>,
        })}
      </a>
      <span id="quick-exit-keys" hidden>
        {t("quickExitKeys")}
      </span>
      <script src="/quick-exit.js" async />
    </>
  );
}
