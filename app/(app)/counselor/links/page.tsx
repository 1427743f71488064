import { CounselorPageTop } from "@/components/counselor/CounselorPageTop";
import { Moment } from "@/components/ui/Moment";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireCounselorPage } from "@/lib/auth/counselor-guard";
import { listReadingLists } from "@/lib/counselor/reading-lists";
import { getGuidePages, getPage } from "@/lib/content";
import { personLocale } from "@/lib/i18n/person-locale";
import { LANGUAGE_NAMES } from "@/lib/i18n/locales";
import { ReadingListForm, RevokeReadingListForm } from "@/components/counselor/CounselorForms";
import { createReadingListAction, revokeReadingListAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CounselorLinks");
  return { title: t("title") };
}

export default async function ReadingListsPage() {
  const counselor = await requireCounselorPage("/counselor/links");
  const [lists, locale, t] = await Promise.all([listReadingLists({ userId: counselor.userId }), personLocale(), getTranslations("CounselorLinks")]);
  // The pages' titles in the counselor's own language; the family reads them in the list's.
  const pages = [getPage("right-now", locale)!, ...getGuidePages(locale)].map((page) => ({ value: page.slug, label: page.title }));
  return (
    <div className="page">
      <CounselorPageTop home={t("home")} />
      <h1>{t("title")}</h1>
      <h2>{t("shareHeading")}</h2>
      <ReadingListForm action={createReadingListAction} pages={pages} language={locale} />
      <h2>{t("yourLinks")}</h2>
      {lists.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="card-list">
          {lists.map((list) => (
            <li key={list.id} className="card">
              <strong>{list.label ?? t("noLabel")}</strong> · {t(`status.${list.status}`)} · {t("opened", { count: list.openCount })}
              <br />
              <span className="muted">
                {t.rich(list.status === "active" ? "datesActive" : "datesEnded", {
                  created: () => <Moment date={list.createdAt} dayOnly />,
                  end: () => <Moment date={list.revokedAt ?? list.expiresAt} dayOnly />,
                })}{" "}
                · {t("pageCount", { count: list.pages.length })} · <span lang={list.locale}>{LANGUAGE_NAMES[list.locale]}</span>
              </span>
              {list.status === "active" ? <RevokeReadingListForm action={revokeReadingListAction.bind(null, list.id)} /> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
