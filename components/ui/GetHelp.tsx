// Plain links, not next/link: reading pages are static HTML, and prefetching every visible link
// would cost phones data and CPU for pages they may never open.
import { getTranslations } from "next-intl/server";
import { pagePath, smsHref, telHref } from "@/lib/content";
import { getCatalogue } from "@/lib/i18n/content";
import { localePath, type Locale } from "@/lib/i18n/locales";

/**
 * "Get help": one control in the sticky header that opens the crisis numbers as big call buttons.
 * A <details> element, so it opens with a tap and needs no JavaScript; the words come from
 * content/catalogue/crisis.json.
 */
export async function GetHelp({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Frame" });
  const contacts = getCatalogue(locale).crisis.contacts.filter((contact) => contact.inStrip);
  return (
    <details className="get-help">
      <summary className="get-help-button">
        <PhoneIcon />
        <span>{t("getHelp")}</span>
      </summary>
      <aside aria-labelledby="crisis-strip-heading" className="get-help-panel">
        <h2 id="crisis-strip-heading" className="get-help-heading">
          {t("crisisNumbers")}
        </h2>
        <ul className="call-list">
          {contacts.map((contact) => (
            <li key={contact.id}>
              <a href={telHref(contact.dial)} className={contact.id === "emergency" ? "call-button call-button-urgent" : "call-button"}>
                <span className="call-number">
                  <span className="sr-only">{t("call")} </span>
                  {contact.number}
                </span>
                <span className="call-name">{contact.short}</span>
              </a>
              {contact.text ? (
                <a href={smsHref(contact.text)} className="call-button call-button-text">
                  <span className="call-number">{t("text", { number: contact.text })}</span>
                  <span className="call-name">{contact.short}</span>
                </a>
              ) : null}
            </li>
          ))}
        </ul>
        <p className="get-help-links">
          <a href={localePath(locale, "/crisis")} className="crisis-more">
            {t("overdoseSteps")}
          </a>
          <a href={localePath(locale, pagePath("staying-private"))}>{t("stayingPrivateDevice")}</a>
        </p>
      </aside>
    </details>
  );
}

function PhoneIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24" className="get-help-icon">
      <path
        fill="currentColor"
        d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.46.57 3.6a1 1 0 0 1-.25 1z"
      />
    </svg>
  );
}
