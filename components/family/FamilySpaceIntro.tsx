// Plain links, not next/link: like the rest of the site's frame, nothing is prefetched.
import { getTranslations } from "next-intl/server";
import { personLocale } from "@/lib/i18n/person-locale";
import { localePath } from "@/lib/i18n/locales";

/** /family for someone signed out: what the family space is and what stays private, then sign-in or sign-up. */
export async function FamilySpaceIntro() {
  const [t, locale] = await Promise.all([getTranslations("Family.intro"), personLocale()]);
  const next = encodeURIComponent("/family");
  return (
    <div className="page family-intro">
      <h1>{t("heading")}</h1>
      <p className="summary">{t("summary")}</p>
      <p>{t.rich("haveAccount", { link: (chunks) => <a href={`/sign-in?next=${next}`}>{chunks}</a> })}</p>
      <h2>{t("canDoHeading")}</h2>
      <ul className="family-intro-list">
        <li>{t("canDo1")}</li>
        <li>{t("canDo2")}</li>
        <li>{t("canDo3")}</li>
        <li>{t("canDo4")}</li>
      </ul>
      <h2>{t("privateHeading")}</h2>
      <ul className="family-intro-list">
        <li>{t("private1")}</li>
        <li>{t("private2")}</li>
        <li>{t("private3")}</li>
        <li>{t("private4")}</li>
        <li>{t("private5")}</li>
      </ul>
      <p>{t("need")}</p>
      <div className="family-intro-actions">
        <a className="button" href={`/sign-up?next=${next}`}>
          {t("createAccount")}
        </a>
        <a className="button button-secondary" href={`/sign-in?next=${next}`}>
          {t("signIn")}
        </a>
      </div>
      <p className="muted">
        {t.rich("noAccount", {
          guide: (chunks) => <a href={localePath(locale, "/guide")}>{chunks}</a>,
          now: (chunks) => <a href={localePath(locale, "/right-now")}>{chunks}</a>,
        })}
      </p>
    </div>
  );
}
